using System.ComponentModel.DataAnnotations;

namespace Platform.ServiceDefaults.Text;

/// <summary>
/// The length limit of each text in a list, declared on the list property as <c>[StringLength]</c> is on a single
/// text (an attribute cannot sit on a generic argument). Without it a long item reaches the database unchecked.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class ItemsMaxLengthAttribute(int maximumLength) : ValidationAttribute
{
    public int MaximumLength => maximumLength;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not IEnumerable<string?> items)
        {
            return ValidationResult.Success;
        }

        var position = 0;
        foreach (var item in items)
        {
            if (item is { Length: var length } && length > maximumLength)
            {
                return new ValidationResult($"Item {position + 1} is {length} characters long; each may have at most {maximumLength}.");
            }

            position++;
        }

        return ValidationResult.Success;
    }
}
