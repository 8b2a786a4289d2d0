using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// Group commit for referral intake (decision 0012): referrals submitted at the same moment are written together, with
/// one person-match query and one transaction for all of them instead of one each. There is no background thread: a
/// request that gets the writing slot writes everything queued so far, its own referral included, and the requests whose
/// referrals it took wait for that commit. A batch that a unique index refuses (a retry, or a duplicate racing in it)
/// is rolled back whole and its referrals are then written one by one, each getting its own answer: written, or its
/// key already taken (what the key holds is the intake's business); so is a batch the database refuses for any other
/// reason, so that one referral it cannot store fails only its own request.
/// </summary>
public sealed class ReferralWriter(IServiceScopeFactory scopes) : IDisposable
{
    private const int MaxBatch = 64;

    // The same across replicas: each batch holds this lock from before its person lookup until it commits, so a batch
    // on another replica sees it, and two referrals of one person arriving at two replicas together are linked too.
    private const string IntakeLock = "SELECT pg_advisory_xact_lock(hashtext('prevent.referral-intake'))";

    private static readonly ActivitySource Tracing = new(PreventApi.Name);

    private readonly ConcurrentQueue<PendingReferral> queue = new();

    // One batch at a time: referrals queue while it commits and form the next, and each batch sees the ones before it,
    // so two referrals of one person arriving together are linked. Two writers measured no faster (decision 0012).
    private readonly SemaphoreSlim slot = new(1);

    /// <summary>
    /// Not cancellable once queued: the referral may already be in someone's batch, and a cancelled caller retries with
    /// the same Idempotency-Key, which then finds it.
    /// </summary>
    /// <returns>True when written; false when a unique index refused it: its submission's key is already taken.</returns>
    public async Task<bool> WriteAsync(PendingReferral pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        cancellationToken.ThrowIfCancellationRequested();
        queue.Enqueue(pending);
        while (!pending.IsTaken)
        {
            await slot.WaitAsync(CancellationToken.None);
            try
            {
                if (!pending.IsTaken)
                {
                    await WriteQueuedAsync();
                }
            }
            finally
            {
                slot.Release();
            }
        }

        return await pending.Written;
    }

    public void Dispose() => slot.Dispose();

    private async Task WriteQueuedAsync()
    {
        var batch = new List<PendingReferral>(MaxBatch);
        while (batch.Count < MaxBatch && queue.TryDequeue(out var next))
        {
            next.Take();
            batch.Add(next);
        }

        using var span = StartBatchSpan(batch);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PreventDbContext>();
            if (await TryWriteTogetherOrIsolateAsync(db, batch))
            {
                batch.ForEach(pending => pending.Complete(true));
                return;
            }

            // One by one: each gets its own answer, and one the database refuses fails no other.
            foreach (var pending in batch)
            {
                try
                {
                    pending.Complete(await WriteAloneAsync(db, pending));
                }
                catch (Exception e)
                {
                    db.ChangeTracker.Clear();
                    pending.Fail(e);
                }
            }
        }
        catch (Exception e)
        {
            batch.ForEach(pending => pending.Fail(e));
        }
    }

    /// <returns>False when the batch must be written one by one: a unique index, or any other refusal of the database, rejected it.</returns>
    private static async Task<bool> TryWriteTogetherOrIsolateAsync(PreventDbContext db, List<PendingReferral> batch)
    {
        try
        {
            return await TryWriteTogetherAsync(db, batch);
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// The batch's database work is one span, in the trace of the request writing it, linked to every request whose
    /// referral it holds; those requests link back to it. Without it a referral written in another request's batch
    /// shows a gap in its trace where the write was.
    /// </summary>
    private static Activity? StartBatchSpan(List<PendingReferral> batch)
    {
        var requests = batch.Select(pending => pending.Trace).OfType<Activity>().ToList();
        var span = Tracing.StartActivity(
            "write referral batch", ActivityKind.Internal, parentContext: default, links: requests.Select(r => new ActivityLink(r.Context)));
        if (span is null)
        {
            return null;
        }

        span.SetTag("prevent.referrals", batch.Count);
        foreach (var request in requests.Where(r => r.TraceId != span.TraceId))
        {
            request.AddLink(new ActivityLink(span.Context));
        }

        return span;
    }

    /// <returns>False when a unique index refused the batch: nothing of it was written.</returns>
    private static async Task<bool> TryWriteTogetherAsync(PreventDbContext db, List<PendingReferral> batch)
    {
        await using var transaction = await BeginIntakeAsync(db);
        var people = batch.Select(p => p.Referral.PersonMatchKey).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var latest = people.Length == 0
            ? []
            : await LatestReferralsOf(db, people).ToDictionaryAsync(r => r.PersonMatchKey!, StringComparer.Ordinal);

        foreach (var pending in batch)
        {
            if (pending.Referral.PersonMatchKey is { } person)
            {
                pending.Referral.LinkToPrevious(latest.GetValueOrDefault(person));
                latest[person] = pending.Referral; // a second referral of the same person in this batch links to this one
            }

            Add(db, pending);
        }

        return await SaveUnlessDuplicateAsync(db, transaction);
    }

    /// <returns>False when a unique index refused it.</returns>
    private static async Task<bool> WriteAloneAsync(PreventDbContext db, PendingReferral pending)
    {
        await using var transaction = await BeginIntakeAsync(db);
        if (pending.Referral.PersonMatchKey is { } person)
        {
            pending.Referral.LinkToPrevious(await LatestReferralsOf(db, [person]).SingleOrDefaultAsync());
        }

        Add(db, pending);
        return await SaveUnlessDuplicateAsync(db, transaction);
    }

    /// <summary>
    /// Each person's latest referral, one index probe per person. Written in SQL: LINQ's <c>keys.Contains(key)</c> became
    /// a prepared <c>= ANY($1)</c> that kept a whole-table scan planned while the table was small until the next ANALYZE
    /// (7.8 ms a batch in the benchmark; decision 0011).
    /// </summary>
    private static IQueryable<Referral> LatestReferralsOf(PreventDbContext db, string[] personMatchKeys) => db.Referrals.FromSql($"""
        SELECT latest.* FROM unnest({personMatchKeys}) AS person(match_key)
        CROSS JOIN LATERAL (
            SELECT *, xmin FROM referrals
            WHERE person_match_key = person.match_key
            ORDER BY received_at DESC, id DESC
            LIMIT 1) AS latest
        """).AsNoTracking();

    private static void Add(PreventDbContext db, PendingReferral pending)
    {
        db.Referrals.Add(pending.Referral);
        db.Set<AuditEntry>().Add(pending.AuditEntry);

        // The outbox row carries the trace of the request that submitted the referral, not of the one writing the batch.
        var writer = Activity.Current;
        Activity.Current = pending.Trace;
        foreach (var integrationEvent in pending.Events)
        {
            db.AddIntegrationEvent(integrationEvent);
        }
        Activity.Current = writer;
    }

    private static async Task<IDbContextTransaction> BeginIntakeAsync(PreventDbContext db)
    {
        db.Database.AutoSavepointsEnabled = false; // a refused batch is rolled back whole
        var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(IntakeLock);
        return transaction;
    }

    /// <returns>False when a unique index refused the changes; the caller's disposal of the transaction rolls it back.</returns>
    private static async Task<bool> SaveUnlessDuplicateAsync(PreventDbContext db, IDbContextTransaction transaction)
    {
        if (await db.SaveChangesUnlessDuplicateAsync(CancellationToken.None))
        {
            await transaction.CommitAsync();
            return true;
        }

        db.ChangeTracker.Clear();
        return false;
    }
}

/// <summary>A checked referral with what commits with it, waiting for <see cref="ReferralWriter"/>.</summary>
public sealed class PendingReferral(
    Referral referral, IReadOnlyList<IntegrationEvent> announced, AuditEntry auditEntry, Activity? trace)
{
    private readonly TaskCompletionSource<bool> written = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool taken;

    public Referral Referral => referral;

    /// <summary>What the referral announced when received, taken from it once so a retried batch can add it again.</summary>
    public IReadOnlyList<IntegrationEvent> Events => announced;

    public AuditEntry AuditEntry => auditEntry;

    public Activity? Trace => trace;

    /// <summary>True once committed; false if a unique index refused it.</summary>
    public Task<bool> Written => written.Task;

    /// <summary>True once a writer has taken it from the queue.</summary>
    public bool IsTaken => taken;

    internal void Take() => taken = true;

    internal void Complete(bool committed) => written.TrySetResult(committed);

    internal void Fail(Exception exception) => written.TrySetException(exception);
}
