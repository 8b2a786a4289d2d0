using Microsoft.EntityFrameworkCore.Storage;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Platform.ServiceDefaults.Changes;

/// <summary>
/// One change in progress, from <see cref="Changes{TAggregate}.StartAsync"/>: the aggregate as found (its summary before
/// the move already taken for the audit log), and the moment the change happens.
/// </summary>
public sealed class Change<TAggregate> : IAsyncDisposable
    where TAggregate : class
{
    private readonly Changes<TAggregate> changes;
    private readonly object before;
    private readonly List<(TAggregate Aggregate, string Action, object Before)> others = [];

    internal Change(Changes<TAggregate> changes, TAggregate aggregate, DateTimeOffset now)
    {
        this.changes = changes;
        Aggregate = aggregate;
        Now = now;
        before = changes.Summarise(aggregate, now);
    }

    public TAggregate Aggregate { get; }

    /// <summary>When the change happens: pass it to the domain's move.</summary>
    public DateTimeOffset Now { get; }

    internal IDbContextTransaction? OwnTransaction { get; set; }

    /// <summary>
    /// Checks an If-Match the caller could not check when starting (e.g. after deciding whether the caller may act at
    /// all): 409 <c>stale-version</c> when it names another version.
    /// </summary>
    public void ExpectVersion(string? ifMatch)
    {
        if (changes.VersionOf(Aggregate) is { } version)
        {
            ExpectedVersion.Check(version, ifMatch);
        }
    }

    /// <summary>Another aggregate of the same type that this move also changes (e.g. the plan a publication supersedes): audited as <paramref name="action"/> when saved.</summary>
    public void AlsoChanges(TAggregate other, string action)
    {
        ArgumentNullException.ThrowIfNull(other);
        others.Add((other, action, changes.Summarise(other, Now)));
    }

    /// <summary>Audits the change (before/after) and saves it with the announced events; commits the change's own transaction.</summary>
    /// <param name="duplicate">The rule to answer with when a unique index refuses the change.</param>
    public async Task SaveAsync(string action, CancellationToken cancellationToken, Func<RuleViolationException>? duplicate = null)
    {
        changes.Audit(Aggregate, action, before, Now);
        foreach (var (other, otherAction, otherBefore) in others)
        {
            changes.Audit(other, otherAction, otherBefore, Now);
        }

        await changes.SaveAsync(duplicate, cancellationToken).ConfigureAwait(false);
        if (OwnTransaction is not null)
        {
            await OwnTransaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (OwnTransaction is not null)
        {
            await OwnTransaction.DisposeAsync().ConfigureAwait(false);
        }
    }
}
