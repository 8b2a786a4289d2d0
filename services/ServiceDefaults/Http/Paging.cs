using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Http;

/// <summary>One page of a list in id order (ids are UUIDv7, so that is the order records were created).</summary>
/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, Guid? NextAfter);

public static class Paging
{
    public const int DefaultLimit = 50;

    /// <summary>
    /// Keyset paging on <paramref name="id"/>: a page starts after the last id the client saw, so pages stay stable
    /// while records are added and cost the same at any depth (an index seek, never an OFFSET scan).
    /// </summary>
    public static async Task<Page<TResponse>> ToPageAsync<TEntity, TResponse>(
        this IQueryable<TEntity> query,
        Expression<Func<TEntity, Guid>> id,
        Guid? after,
        int? limit,
        Func<TEntity, TResponse> toResponse,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var row = id.Parameters[0];
        if (after is { } last)
        {
            // Read through a closure object, as a C# lambda would, so EF sends it as a parameter and reuses the plan.
            var afterValue = Expression.Property(Expression.Constant(new Bound(last)), nameof(Bound.Value));
            var isAfter = Expression.GreaterThan(
                Expression.Call(id.Body, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, afterValue),
                Expression.Constant(0));
            query = query.Where(Expression.Lambda<Func<TEntity, bool>>(isAfter, row));
        }

        var size = limit ?? DefaultLimit;
        var withKey = Expression.Lambda<Func<TEntity, Keyed<TEntity>>>(
            Expression.New(typeof(Keyed<TEntity>).GetConstructors()[0], row, id.Body), row);
        var rows = await query.OrderBy(id).Take(size + 1).Select(withKey).ToListAsync(cancellationToken);
        var items = rows.Take(size).Select(r => toResponse(r.Row)).ToList();
        return new Page<TResponse>(items, rows.Count > size ? rows[size - 1].Key : null);
    }

    private sealed record Bound(Guid Value);

    private sealed record Keyed<TEntity>(TEntity Row, Guid Key);
}
