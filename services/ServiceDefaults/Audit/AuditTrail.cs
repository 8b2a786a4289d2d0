using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Auth;

namespace Platform.ServiceDefaults.Audit;

/// <summary>
/// Adds audit entries to the caller's DbContext, so they commit (or roll back) with the change they describe.
/// Before and after are serialised exactly as the API shows them to clients.
/// </summary>
public sealed class AuditTrail(CurrentUser user, TimeProvider clock, IOptions<JsonOptions> json)
{
    public void Record(DbContext db, string action, string subjectType, string subjectId, object? before = null, object? after = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Set<AuditEntry>().Add(Entry(action, subjectType, subjectId, before, after));
    }

    /// <summary>
    /// The entry as <see cref="Record"/> would add it, for a caller that saves it elsewhere (a batch written on behalf of
    /// several requests): who and which trace are taken now, from the request this runs in.
    /// </summary>
    public AuditEntry Entry(string action, string subjectType, string subjectId, object? before = null, object? after = null) => new()
    {
        OccurredAt = clock.GetUtcNow(),
        Actor = user.Id,
        Agency = user.Agency,
        Roles = string.Join(',', user.Roles),
        Action = action,
        SubjectType = subjectType,
        SubjectId = subjectId,
        RemoteAddress = user.RemoteAddress,
        TraceId = Activity.Current?.TraceId.ToString(),
        Before = before is null ? null : JsonSerializer.Serialize(before, json.Value.SerializerOptions),
        After = after is null ? null : JsonSerializer.Serialize(after, json.Value.SerializerOptions),
    };
}
