using Platform.ServiceDefaults.Errors;

namespace Prevent.Api.Domain;

/// <summary>A calendar quarter (1 = January to March), the period the outcomes framework reads measures by.</summary>
public sealed record Quarter(int Year, int Number)
{
    public DateOnly From => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly To => From.AddMonths(3).AddDays(-1);

    public string Name => $"{Year}-Q{Number}";

    public static Quarter Of(int year, int number) =>
        number is >= 1 and <= 4 && year is >= 2000 and <= 2100
            ? new Quarter(year, number)
            : throw new RuleViolationException("quarter-invalid", "Give a year from 2000 and a quarter from 1 to 4.", RuleViolationKind.BusinessRule);
}
