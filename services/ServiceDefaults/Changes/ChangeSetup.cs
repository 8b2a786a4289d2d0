using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;

namespace Platform.ServiceDefaults.Changes;

/// <summary>
/// How <see cref="Changes{TAggregate}"/> finds, audits and versions one aggregate type; given once per aggregate to
/// <see cref="ChangesServiceCollectionExtensions.AddChanges{TContext, TAggregate}"/>.
/// </summary>
public sealed class ChangeSetup<TContext, TAggregate>
    where TContext : DbContext
    where TAggregate : class
{
    internal ChangeSetup()
    {
    }

    internal Dictionary<Type, object> Finders { get; } = [];

    internal Func<TAggregate, string>? SubjectId { get; private set; }

    internal Func<TAggregate, DateTimeOffset, object>? Summary { get; private set; }

    internal string SubjectType { get; private set; } = typeof(TAggregate).Name;

    internal Func<TAggregate, uint>? Version { get; private set; }

    /// <summary>
    /// How to find the aggregate by a key of type <typeparamref name="TKey"/> (one finder per key type). When it returns
    /// null the change is refused with <paramref name="notFound"/> (a <see cref="RuleViolationKind.NotFound"/> rule, 404).
    /// </summary>
    public ChangeSetup<TContext, TAggregate> FindBy<TKey>(
        Func<TContext, TKey, CancellationToken, Task<TAggregate?>> find, Func<TKey, RuleViolationException> notFound)
    {
        ArgumentNullException.ThrowIfNull(find);
        return FindBy<TKey>((db, _, key, cancellationToken) => find(db, key, cancellationToken), notFound);
    }

    /// <summary>
    /// As <see cref="FindBy{TKey}(Func{TContext, TKey, CancellationToken, Task{TAggregate}}, Func{TKey, RuleViolationException})"/>,
    /// for a service that scopes access: the finder sees the caller and returns null for an aggregate they may not
    /// change, so its existence does not leak.
    /// </summary>
    public ChangeSetup<TContext, TAggregate> FindBy<TKey>(
        Func<TContext, CurrentUser, TKey, CancellationToken, Task<TAggregate?>> find, Func<TKey, RuleViolationException> notFound)
    {
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(notFound);
        Finders[typeof(TKey)] = new Finder<TAggregate, TKey>(
            (db, user, key, cancellationToken) => find((TContext)db, user, key, cancellationToken), notFound);
        return this;
    }

    /// <summary>What the audit log records: the subject's id, and the summary serialised before and after each change.</summary>
    public ChangeSetup<TContext, TAggregate> AuditAs(Func<TAggregate, string> subjectId, Func<TAggregate, object> summary, string? subjectType = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return AuditAs(subjectId, (aggregate, _) => summary(aggregate), subjectType);
    }

    /// <summary>As <see cref="AuditAs(Func{TAggregate, string}, Func{TAggregate, object}, string?)"/>, for a summary that depends on when it is taken (e.g. whether something is overdue).</summary>
    public ChangeSetup<TContext, TAggregate> AuditAs(
        Func<TAggregate, string> subjectId, Func<TAggregate, DateTimeOffset, object> summary, string? subjectType = null)
    {
        SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
        Summary = summary ?? throw new ArgumentNullException(nameof(summary));
        SubjectType = subjectType ?? SubjectType;
        return this;
    }

    /// <summary>The row version compared with a change's If-Match (see <see cref="Data.ExpectedVersion"/>).</summary>
    public ChangeSetup<TContext, TAggregate> VersionedBy(Func<TAggregate, uint> version)
    {
        Version = version ?? throw new ArgumentNullException(nameof(version));
        return this;
    }

    internal ChangeDefinition<TAggregate> Build() => new(
        Finders,
        SubjectType,
        SubjectId ?? throw new InvalidOperationException($"Say how {typeof(TAggregate).Name} changes are audited: AuditAs(...)."),
        Summary!,
        Version);
}

internal sealed record Finder<TAggregate, TKey>(
    Func<DbContext, CurrentUser, TKey, CancellationToken, Task<TAggregate?>> Find, Func<TKey, RuleViolationException> NotFound)
    where TAggregate : class;

internal sealed record ChangeDefinition<TAggregate>(
    IReadOnlyDictionary<Type, object> Finders,
    string SubjectType,
    Func<TAggregate, string> SubjectId,
    Func<TAggregate, DateTimeOffset, object> Summary,
    Func<TAggregate, uint>? Version)
    where TAggregate : class;
