using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.CrimeImports.ImportCrimeFiles;

internal static class ImportCrimeFilesEndpoint
{
    public static RouteHandlerBuilder MapImportCrimeFiles(this RouteGroupBuilder imports) =>
        imports.MapPost("/", Handle)
            .WithName("ImportCrimeFiles")
            .DisableAntiforgery() // bearer tokens, no cookies: there is no cross-site form to forge
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<CrimeImportRunResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Import police.uk street-level files (YYYY-MM-force-street.csv, or a zip of a month's archive) as multipart/form-data; re-importing a force's month replaces it and lists what changed. Uploads above CrimeImport:RespondAsyncAboveBytes, or sent with 'Prefer: respond-async', answer 202 with a run to poll at Location.");

    private static async Task<Results<Created<CrimeImportUploadResponse>, Accepted<CrimeImportRunResponse>, ProblemHttpResult>> Handle(
        HttpRequest request, CrimeImporter importer, CrimeImportRuns runs, CurrentUser user, IOptions<CrimeImportOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new RuleViolationException(
                "multipart-required", "Send the files as multipart/form-data, one part per file.", RuleViolationKind.BusinessRule);
        }

        // The form reader spools file parts to disk past 64 KiB: an upload is never held in memory.
        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.Value.MaxUploadBytes }, cancellationToken);
        if (form.Files.Count == 0)
        {
            throw new RuleViolationException("no-files", "The form holds no file; add one part per file.", RuleViolationKind.BusinessRule);
        }

        if (form.Files.Sum(file => file.Length) > options.Value.RespondAsyncAboveBytes
            || request.Headers["Prefer"].Any(prefer => prefer?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) == true))
        {
            var run = await runs.StartAsync(await SpoolAsync(form.Files, options.Value.SpoolDirectory, cancellationToken), user.Id, cancellationToken);
            return TypedResults.Accepted(
                $"{CrimeImportEndpoints.Path}/{run.Id}", CrimeImportRunResponse.From(run, [], clock.GetUtcNow(), options.Value.StaleAfter));
        }

        try
        {
            var outcome = await importer.ImportAsync(
                form.Files.Select(file => new CrimeUpload(file.FileName, file.OpenReadStream)).ToList(), user.Id, cancellationToken);
            var response = CrimeImportUploadResponse.From(outcome);
            return TypedResults.Created(
                response.Imports.Count == 1 ? $"/api/plans/crime-imports/{response.Imports[0].Import.Id}" : "/api/plans/crime-imports", response);
        }
        catch (CrimeFileException refused)
        {
            return TypedResults.Problem(
                detail: refused.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The file cannot be imported.",
                extensions: new Dictionary<string, object?> { ["rule"] = refused.Rule, ["errors"] = refused.Errors });
        }
    }

    /// <summary>The form's files are removed when the request ends; a background run keeps its own copies until it ends.</summary>
    private static async Task<IReadOnlyList<SpooledUpload>> SpoolAsync(IFormFileCollection files, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var spooled = new List<SpooledUpload>();
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(directory, $"{Guid.NewGuid():N}.upload");
                spooled.Add(new SpooledUpload(file.FileName, path, file.Length));
                await using var copy = File.Create(path);
                await using var content = file.OpenReadStream();
                await content.CopyToAsync(copy, cancellationToken);
            }

            return spooled;
        }
        catch
        {
            foreach (var copy in spooled)
            {
                File.Delete(copy.Path);
            }

            throw;
        }
    }
}

/// <param name="Skipped">Archive entries that are not street-level files (outcomes, stop and search).</param>
/// <param name="QuartersRecounted">The quarters whose police-data readings were recounted.</param>
public sealed record CrimeImportUploadResponse(IReadOnlyList<ImportedFileResponse> Imports, IReadOnlyList<string> Skipped, IReadOnlyList<Quarter> QuartersRecounted)
{
    public static CrimeImportUploadResponse From(CrimeImportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new CrimeImportUploadResponse(
            outcome.Imported.Select(file => new ImportedFileResponse(
                CrimeImportResponse.From(file.Import),
                file.Replaced is null ? null : new ReplacedImport(file.Replaced.Id, file.Replaced.FileName, file.Replaced.Sha256 == file.Import.Sha256),
                file.Changes)).ToList(),
            outcome.Skipped,
            outcome.QuartersRecounted);
    }
}

/// <param name="Changes">What changed against the import replaced, per crime type and place (empty for a first import).</param>
public sealed record ImportedFileResponse(CrimeImportResponse Import, ReplacedImport? Replaced, IReadOnlyList<CrimeCountChange> Changes);

/// <param name="SameFile">True when the file is byte for byte the one imported before.</param>
public sealed record ReplacedImport(Guid Id, string FileName, bool SameFile);
