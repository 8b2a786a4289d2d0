using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Errors;

namespace Consultation.Api.Responses;

internal static class ResponseDrafts
{
    /// <summary>The draft a secret key opens; 404 for a wrong, used or expired key alike (nothing to learn by guessing).</summary>
    public static async Task<ResponseDraft> FindDraftOrThrowAsync(this ConsultationDbContext db, string key, CancellationToken cancellationToken) =>
        await db.ResponseDrafts.FirstOrDefaultAsync(d => d.KeyHash == ResponseDraft.HashOf(key), cancellationToken)
        ?? throw new RuleViolationException("draft-not-found", "There is no saved response for this link (it may have been submitted, or the consultation closed).", RuleViolationKind.NotFound);

    /// <summary>Partial responses are kept only if submitted: closing a consultation deletes the drafts left.</summary>
    public static Task<int> DeleteDraftsAsync(this ConsultationDbContext db, Guid consultationId, CancellationToken cancellationToken) =>
        db.ResponseDrafts.Where(d => d.ConsultationId == consultationId).ExecuteDeleteAsync(cancellationToken);
}
