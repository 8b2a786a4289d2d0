using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;

namespace Consultation.Api.Consultations;

internal static class ConsultationLookup
{
    public static async Task<PublicConsultation> FindOrThrowAsync(this ConsultationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Consultations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw ConsultationChanges.NotFound();

    public static async Task CheckPreviousWaveAsync(
        this ConsultationDbContext db, Guid? previousWaveId, Dictionary<string, string[]> problems, CancellationToken cancellationToken)
    {
        if (previousWaveId is { } previous && !await db.Consultations.AnyAsync(c => c.Id == previous, cancellationToken))
        {
            problems["previousWaveId"] = ["There is no such consultation."];
        }
    }

    /// <summary>
    /// Before publication, results are for the consultation team, analysts and the owning agencies' staff; everyone
    /// else is told it does not exist rather than that it is hidden.
    /// </summary>
    public static async Task<PublicConsultation> FindForResultsOrThrowAsync(
        this ConsultationDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        var allowed = consultation.ResultsArePublic
            || user.IsInRole(Roles.ConsultationOfficer)
            || user.IsInRole(Roles.Analyst)
            || (user.Agency is { } agency && consultation.Owners.Contains(agency));
        return allowed
            ? consultation
            : throw ConsultationChanges.NotFound();
    }
}
