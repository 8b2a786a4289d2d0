using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Platform.ServiceDefaults.Changes;

/// <summary>
/// The one way a state-changing endpoint changes an aggregate: find it (404 rule when absent or out of the caller's
/// reach), check If-Match against its version (409 <c>stale-version</c>), let the domain make the move (a refused move
/// throws <see cref="RuleViolationException"/> before anything is saved), audit before/after, and save the change, its
/// audit entry and the events the aggregate announced (<see cref="Domain.AggregateRoot"/>) in one transaction.
/// <para>Usage:</para>
/// <code>
/// // Program.cs, once per aggregate:
/// builder.Services.AddChanges&lt;PlansDbContext, Priority&gt;(setup => setup
///     .FindBy&lt;Guid&gt;((db, id, ct) => db.Priorities.FindAsync([id], ct).AsTask(), id => new("priority-not-found", $"There is no priority {id}.", RuleViolationKind.NotFound))
///     .AuditAs(p => p.Id.ToString(), PriorityResponse.From)
///     .VersionedBy(p => p.Version));
/// // An endpoint that moves it (the aggregate announces any event itself):
/// var priority = await priorities.ApplyAsync(id, ifMatch, "priority-adopted", (p, now) => p.Adopt(now), cancellationToken);
/// // Needs more than one line (extra reads, a lock, a second audited aggregate): start, change, save.
/// await using var change = await priorities.StartAsync(id, ifMatch, cancellationToken, RowLock.Exclusive);
/// change.Aggregate.Retire(openActions, change.Now); await change.SaveAsync("priority-retired", cancellationToken);
/// // Creating one: var group = await groups.AddAsync(now => DeliveryGroup.Create(..., now), "delivery-group-created", cancellationToken);
/// </code>
/// </summary>
public sealed class Changes<TAggregate>
    where TAggregate : class
{
    private readonly DbContext db;
    private readonly ChangeDefinition<TAggregate> definition;
    private readonly CurrentUser user;
    private readonly AuditTrail audit;
    private readonly TimeProvider clock;

    internal Changes(DbContext db, ChangeDefinition<TAggregate> definition, CurrentUser user, AuditTrail audit, TimeProvider clock)
    {
        this.db = db;
        this.definition = definition;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /// <summary>Finds the aggregate, checks <paramref name="ifMatch"/>, applies <paramref name="change"/> and saves, audited as <paramref name="action"/>.</summary>
    public async Task<TAggregate> ApplyAsync<TKey>(
        TKey key, string? ifMatch, string action, Action<TAggregate, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var started = await StartAsync(key, ifMatch, cancellationToken).ConfigureAwait(false);
        change(started.Aggregate, started.Now);
        await started.SaveAsync(action, cancellationToken).ConfigureAwait(false);
        return started.Aggregate;
    }

    /// <summary>
    /// Finds the aggregate (holding <paramref name="rowLock"/> in a transaction the change commits when it saves) and
    /// checks <paramref name="ifMatch"/>; the caller makes the move on <see cref="Change{TAggregate}.Aggregate"/> and
    /// calls <see cref="Change{TAggregate}.SaveAsync"/>. Dispose it (<c>await using</c>) so an unsaved change's lock is released.
    /// </summary>
    public async Task<Change<TAggregate>> StartAsync<TKey>(
        TKey key, string? ifMatch, CancellationToken cancellationToken, RowLock rowLock = RowLock.None)
    {
        var transaction = rowLock != RowLock.None && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            var aggregate = await FindAsync(key, cancellationToken, rowLock).ConfigureAwait(false);
            var started = Start(aggregate, ifMatch);
            started.OwnTransaction = transaction;
            return started;
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>Starts a change of an aggregate the caller already holds (found some other way), checking <paramref name="ifMatch"/>.</summary>
    public Change<TAggregate> Start(TAggregate aggregate, string? ifMatch)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var started = new Change<TAggregate>(this, aggregate, clock.GetUtcNow());
        started.ExpectVersion(ifMatch);
        return started;
    }

    /// <summary>
    /// The aggregate, or its not-found rule (404). With a <paramref name="rowLock"/> the caller's transaction must be
    /// open: the lock lasts until it ends.
    /// </summary>
    public async Task<TAggregate> FindAsync<TKey>(TKey key, CancellationToken cancellationToken, RowLock rowLock = RowLock.None)
    {
        if (!definition.Finders.TryGetValue(typeof(TKey), out var registered) || registered is not Finder<TAggregate, TKey> finder)
        {
            throw new InvalidOperationException($"{typeof(TAggregate).Name} has no finder by {typeof(TKey).Name}: add FindBy<{typeof(TKey).Name}>(...) where AddChanges is called.");
        }

        if (rowLock != RowLock.None)
        {
            await LockAsync(key, rowLock, cancellationToken).ConfigureAwait(false);
        }

        return await finder.Find(db, user, key, cancellationToken).ConfigureAwait(false) ?? throw finder.NotFound(key);
    }

    /// <summary>Adds a new aggregate and saves it with its audit entry (after only) and the events it announced.</summary>
    /// <param name="duplicate">The rule to answer with when a unique index refuses the new row (someone else's insert won).</param>
    public async Task<TAggregate> AddAsync(
        Func<DateTimeOffset, TAggregate> create, string action, CancellationToken cancellationToken, Func<RuleViolationException>? duplicate = null)
    {
        ArgumentNullException.ThrowIfNull(create);
        var now = clock.GetUtcNow();
        return await AddAsync(create(now), now, action, duplicate, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc cref="AddAsync(Func{DateTimeOffset, TAggregate}, string, CancellationToken, Func{RuleViolationException}?)"/>
    public async Task<TAggregate> AddAsync(
        TAggregate aggregate, string action, CancellationToken cancellationToken, Func<RuleViolationException>? duplicate = null)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return await AddAsync(aggregate, clock.GetUtcNow(), action, duplicate, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TAggregate> AddAsync(
        TAggregate aggregate, DateTimeOffset now, string action, Func<RuleViolationException>? duplicate, CancellationToken cancellationToken)
    {
        db.Add(aggregate);
        Audit(aggregate, action, before: null, now);
        await SaveAsync(duplicate, cancellationToken).ConfigureAwait(false);
        return aggregate;
    }

    internal uint? VersionOf(TAggregate aggregate) => definition.Version?.Invoke(aggregate);

    internal object Summarise(TAggregate aggregate, DateTimeOffset now) => definition.Summary(aggregate, now);

    internal void Audit(TAggregate aggregate, string action, object? before, DateTimeOffset now) =>
        audit.Record(db, action, definition.SubjectType, definition.SubjectId(aggregate), before, definition.Summary(aggregate, now));

    internal Task SaveAsync(Func<RuleViolationException>? duplicate, CancellationToken cancellationToken) =>
        duplicate is null ? db.SaveChangesAsync(cancellationToken) : db.SaveChangesOrRefuseAsync(duplicate, cancellationToken);

    private async Task LockAsync<TKey>(TKey key, RowLock rowLock, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A row lock lasts until the transaction ends: begin one first (StartAsync does).");
        }

        var entityType = db.Model.FindEntityType(typeof(TAggregate))
            ?? throw new InvalidOperationException($"{typeof(TAggregate).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var keyColumn = entityType.FindPrimaryKey()?.Properties is [var single]
            ? single.GetColumnName(table)
            : throw new InvalidOperationException($"Row locks need a single-column key; {typeof(TAggregate).Name} has none.");
        var qualifiedTable = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var mode = rowLock == RowLock.Exclusive ? "UPDATE" : "SHARE";
#pragma warning disable EF1002 // identifiers come from the model, the key is a parameter
        _ = await db.Database.ExecuteSqlRawAsync(
            $"SELECT 1 FROM {qualifiedTable} WHERE {Quote(keyColumn!)} = {{0}} FOR {mode}", [key!], cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
