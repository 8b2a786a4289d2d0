namespace Platform.Web.Forms;

/// <summary>
/// A page's errors in the order of its fields: the error summary lists them linking to each field's id, and each
/// field shows its own message (GOV.UK error summary and error message patterns).
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string FieldId, string Message)> errors = [];

    public bool Any => errors.Count > 0;

    public IReadOnlyList<(string FieldId, string Message)> All => errors;

    public void Add(string fieldId, string message)
    {
        if (!errors.Any(error => error.FieldId == fieldId))
        {
            errors.Add((fieldId, message));
        }
    }

    public string? For(string fieldId) => errors.FirstOrDefault(error => error.FieldId == fieldId).Message;

    public bool Has(string fieldId) => For(fieldId) is not null;

    /// <summary>"govuk-form-group--error" when the field has an error.</summary>
    public string GroupClass(string fieldId) => Has(fieldId) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
}

/// <summary>A field's error message for the GOV.UK error message partial (its id is <c>{FieldId}-error</c>).</summary>
public sealed record FieldError(string FieldId, string? Message);
