using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Web.Forms;

namespace Platform.Web.Api;

/// <summary>
/// What every staff page does with the APIs: a list that fails to load says why at the top of the page (and in the
/// error summary), a record that is not there is a 404 page, one the person may not see is the 403 page.
/// </summary>
public abstract class ApiPageModel : PageModel
{
    public FormErrors Errors { get; } = new();

    /// <summary>The value, or null with the problem shown on the page.</summary>
    protected async Task<T?> LoadAsync<T>(Task<ApiResult<T>> call, string fieldId = "main-content")
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        ViewData["Errors"] = Errors;
        var result = await call;
        if (result.Succeeded)
        {
            return result.Value;
        }

        Errors.Add(fieldId, result.Problem!.Summary);
        return null;
    }

    /// <summary>The page for a record the API would not give: not found, no access, or the service's trouble.</summary>
    protected IActionResult ProblemPage(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Status switch
        {
            HttpStatusCode.NotFound => NotFound(),
            HttpStatusCode.Forbidden => StatusCode(StatusCodes.Status403Forbidden),
            HttpStatusCode.Unauthorized => Challenge(),
            _ => StatusCode((int)problem.Status),
        };
    }
}
