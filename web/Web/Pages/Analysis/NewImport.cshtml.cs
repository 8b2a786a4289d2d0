using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Analysis;
using Platform.Web.Api;

namespace Platform.Web.Pages.Analysis;

/// <summary>
/// Upload police.uk street-level files (a month's CSV per force, or the month's zip) to Plans through the gateway.
/// A file with problems is refused whole; the page lists its rejected rows by line and column so the analyst can
/// fix the file (or fetch it again) and upload it once more.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class NewImportModel(GatewayApi api) : ApiPageModel
{
    /// <summary>As Plans takes (<c>CrimeImport:MaxUploadBytes</c>) and the gateway lets through for this page: a month's zip for every force.</summary>
    public const long MaxUploadBytes = 256L * 1024 * 1024;

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public IReadOnlyList<CrimeFileErrorView> Rejected { get; private set; } = [];

    public void OnGet() => ViewData["Errors"] = Errors;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var chosen = Files.Where(file => file.Length > 0).ToList();
        if (chosen.Count == 0)
        {
            Errors.Add("files", "Select a police.uk street-level file (a .csv, or the month's .zip)");
            return Page();
        }

        var sent = await api.PostFilesAsync<JsonElement>("/api/plans/crime-imports", "files", chosen, cancellationToken);
        if (sent.Succeeded)
        {
            return ImportIds(sent.Value) is [var only]
                ? Redirect($"/analysis/crime-imports/{only}?imported=true")
                : Redirect("/analysis");
        }

        var problem = sent.Problem!;
        Rejected = RejectedRows(problem.Document);
        Errors.Add("files", Rejected.Count > 0
            ? $"{problem.Detail ?? "The file cannot be imported."} Nothing from it was imported; the rows it refused are listed below."
            : problem.Summary);
        return Page();
    }

    /// <summary>The imports an upload made: the upload's list, or the one import when the API answers with it alone.</summary>
    private static List<Guid> ImportIds(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("imports", out var imports) && imports.ValueKind == JsonValueKind.Array)
        {
            return [.. imports.EnumerateArray()
                .Select(file => file.TryGetProperty("import", out var import) ? import : file)
                .Where(import => import.TryGetProperty("id", out _))
                .Select(import => import.GetProperty("id").GetGuid())];
        }

        return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("id", out var id) && id.TryGetGuid(out var single) ? [single] : [];
    }

    private static List<CrimeFileErrorView> RejectedRows(JsonElement problem) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Select(error => error.Deserialize<CrimeFileErrorView>(JsonOptions)!)]
            : [];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
