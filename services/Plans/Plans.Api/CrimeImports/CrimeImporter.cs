using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;

namespace Plans.Api.CrimeImports;

/// <summary>A file handed in for import: a street-level CSV or a zip of a month's police.uk archive.</summary>
public sealed record CrimeUpload(string FileName, Func<Stream> Open);

/// <summary>The result of one upload: each street-level file imported, what it replaced and changed, files skipped.</summary>
public sealed record CrimeImportOutcome(IReadOnlyList<ImportedFile> Imported, IReadOnlyList<string> Skipped, IReadOnlyList<Quarter> QuartersRecounted);

public sealed record ImportedFile(CrimeImport Import, CrimeImport? Replaced, IReadOnlyList<CrimeCountChange> Changes);

public sealed class CrimeImportOptions
{
    public const string Section = "CrimeImport";

    /// <summary>"Falls within" of the partnership's own force: its unlocated rows count in the county total.</summary>
    public string PartnershipForce { get; set; } = "Norfolk Constabulary";

    /// <summary>An ONS LSOA → LAD lookup on disk to use instead of the embedded one (Data/Lookups/README.md).</summary>
    public string? LsoaLookupFile { get; set; }

    /// <summary>The largest upload accepted, in bytes (a month's national zip is about 100 MB uncompressed).</summary>
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Uploads larger than this are imported in the background: 202 and a run to poll (decision 0043).</summary>
    public long RespondAsyncAboveBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>Where a background run's files wait on the replica's disk until it ends (removed then).</summary>
    public string SpoolDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "plans-crime-imports");

    /// <summary>How often a background run writes its counters and says it is alive.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A run not heard from for this long has failed (its replica stopped).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Imports police.uk street-level files: every file is read as a stream and counted first (a file with a problem
/// stops the whole upload before anything is written), then every count, the imports they replace and the readings
/// of the quarters they touch are written in one transaction. Imports are serialised by an advisory lock, so two
/// uploads of the same force and month cannot both become current. A background run (<see cref="CrimeImportRuns"/>) is
/// marked completed in that same transaction.
/// </summary>
public sealed class CrimeImporter(PlansDbContext db, DistrictLookup lookup, Microsoft.Extensions.Options.IOptions<CrimeImportOptions> options, TimeProvider clock)
{
    private const long AdvisoryLockKey = 0x43_52_49_4D_45_49_4D; // "CRIMEIM"

    public async Task<CrimeImportOutcome> ImportAsync(
        IReadOnlyList<CrimeUpload> uploads, string importedBy, CancellationToken cancellationToken, Action<RowProgress>? progress = null, Guid? runId = null)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var counter = new StreetLevelFile(lookup, options.Value.PartnershipForce);
        var counted = new List<CountedFile>();
        var skipped = new List<string>();
        var rowsBefore = 0L;
        foreach (var upload in uploads)
        {
            if (upload.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                await using var content = upload.Open();
                using var archive = OpenArchive(upload.FileName, content);
                foreach (var entry in archive.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')))
                {
                    if (!StreetLevelFileName.TryParse(entry.FullName, out var entryName))
                    {
                        skipped.Add(entry.FullName); // outcomes and stop-and-search files share the archive
                        continue;
                    }

                    try
                    {
                        await using var entryStream = entry.Open();
                        counted.Add(CountOne(counter, entryName, entryStream, progress, ref rowsBefore));
                    }
                    catch (InvalidDataException corrupt)
                    {
                        throw NotAnArchive(upload.FileName, $"{entry.FullName} cannot be unpacked ({corrupt.Message})");
                    }
                }
            }
            else
            {
                if (!StreetLevelFileName.TryParse(upload.FileName, out var name))
                {
                    throw CrimeImport.UnrecognisedFileName(upload.FileName);
                }

                await using var content = upload.Open();
                counted.Add(CountOne(counter, name, content, progress, ref rowsBefore));
            }
        }

        var twice = counted.GroupBy(file => (file.Name.Force, file.Name.Month)).FirstOrDefault(group => group.Count() > 1);
        if (twice is not null)
        {
            throw new Platform.ServiceDefaults.Errors.RuleViolationException(
                "crime-file-twice",
                $"{string.Join(" and ", twice.Select(f => f.Name.Value))} are the same force and month; upload one.",
                Platform.ServiceDefaults.Errors.RuleViolationKind.BusinessRule);
        }

        return await WriteAsync(counted, skipped, importedBy, runId, cancellationToken);
    }

    /// <param name="rowsBefore">Rows of the upload's earlier files, all accepted (a file with a rejected row stops the upload).</param>
    private static CountedFile CountOne(StreetLevelFile counter, StreetLevelFileName name, Stream content, Action<RowProgress>? progress, ref long rowsBefore)
    {
        var before = rowsBefore;
        var file = counter.Count(name, content, progress is null ? null : rows => progress(rows with { Read = before + rows.Read }));
        rowsBefore += file.RowsRead;
        progress?.Invoke(new RowProgress(rowsBefore, 0));
        return file;
    }

    private static ZipArchive OpenArchive(string fileName, Stream content)
    {
        // A zip ends with a 22-byte directory record at least; the upload is on disk, so looking is cheap.
        Span<byte> magic = stackalloc byte[4];
        if (!content.CanSeek || content.Length < 22 || content.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || magic[0] != 'P' || magic[1] != 'K')
        {
            throw NotAnArchive(fileName, "not a zip archive");
        }

        content.Position = 0;
        try
        {
            return new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException corrupt)
        {
            throw NotAnArchive(fileName, corrupt.Message);
        }
    }

    private static CrimeFileException NotAnArchive(string fileName, string problem) =>
        new("crime-archive", $"{fileName} is not a zip archive that can be read: {problem}. Nothing was imported.", [new CrimeFileError(fileName, 0, 0, "", problem)]);

    private async Task<CrimeImportOutcome> WriteAsync(
        List<CountedFile> counted, List<string> skipped, string importedBy, Guid? runId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
            var forces = counted.Select(file => file.Name.Force).Distinct().ToArray();
            var months = counted.Select(file => file.Name.Month).Distinct().ToArray();
            var current = await db.CrimeImports.Include(i => i.Counts)
                .Where(i => i.SupersededAt == null && forces.Contains(i.Force) && months.Contains(i.Month))
                .ToListAsync(cancellationToken);
            var imported = new List<ImportedFile>();
            var replacedByKey = current.ToDictionary(i => (i.Force, i.Month));
            foreach (var file in counted)
            {
                var replaced = replacedByKey.GetValueOrDefault((file.Name.Force, file.Name.Month));
                var import = CrimeImport.Record(file.Name, file.Sha256, file.RowsRead, file.Counts, replaced, importedBy, now);
                imported.Add(new ImportedFile(import, replaced, import.ChangesFrom(replaced)));
            }

            await db.SaveChangesAsync(cancellationToken); // the superseded first: one current import per force and month
            db.CrimeImports.AddRange(imported.Select(file => file.Import));
            await db.SaveChangesAsync(cancellationToken);
            var quarters = imported.Select(file => file.Import.Quarter).Distinct().Order().ToList();
            if (quarters.Count > 0)
            {
                await db.RecountAsync(quarters, measureId: null, now, cancellationToken);
            }

            if (runId is { } id)
            {
                // Completed in the same transaction as the rows: a run reads completed exactly when its rows count.
                var run = await db.CrimeImportRuns.SingleAsync(r => r.Id == id, cancellationToken);
                run.Complete(imported.Select(file => file.Import.Id), skipped, counted.Sum(file => (long)file.RowsRead), now);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new CrimeImportOutcome(imported, skipped, quarters);
        });
    }
}
