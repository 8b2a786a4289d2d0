using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Errors;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// The race between "check it does not exist" and "insert it": when someone else's insert wins, a unique index (or an
/// exclusion constraint) refuses ours; the caller gets the rule it broke, a 409, rather than a 500.
/// </summary>
public static class UniqueRows
{
    public static async Task SaveChangesOrRefuseAsync(
        this DbContext db, Func<RuleViolationException> refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (!await db.SaveChangesUnlessDuplicateAsync(cancellationToken).ConfigureAwait(false))
        {
            throw refusal();
        }
    }

    /// <returns>False when a unique index or exclusion constraint refused the changes: nothing of them was written.</returns>
    public static async Task<bool> SaveChangesUnlessDuplicateAsync(this DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ExclusionViolation,
        })
        {
            return false;
        }
    }
}
