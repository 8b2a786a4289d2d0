using Platform.Web.Api;

namespace Platform.Web.Forms;

/// <summary>
/// Shows an API's problem on the page that sent the request: each field the problem names (<c>Note</c>,
/// <c>Incidents[0].OccurredOn</c>) next to the page's field for it, and a problem that names no field (a broken rule,
/// no access, a stale version) next to the field the person was answering. One mapping for every page.
/// </summary>
public static class ProblemFields
{
    /// <param name="fields">API field name (or its start, compared without regard to case) to the page's field id.</param>
    public static void Show(this FormErrors errors, ApiProblem problem, string fallbackField, params (string ApiField, string FieldId)[] fields)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(fields);
        if (problem.Errors.Count == 0)
        {
            errors.Add(fallbackField, problem.Summary);
            return;
        }

        foreach (var (apiField, messages) in problem.Errors)
        {
            var fieldId = fields.FirstOrDefault(field => apiField.StartsWith(field.ApiField, StringComparison.OrdinalIgnoreCase)).FieldId;
            errors.Add(fieldId ?? fallbackField, string.Join(" ", messages));
        }
    }
}
