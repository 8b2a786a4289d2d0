using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Prevent.Api.Referrals.RecordPanelMeeting;

namespace Prevent.Api.Referrals.GetPanelMeeting;

internal static class GetPanelMeetingEndpoint
{
    public static RouteHandlerBuilder MapGetPanelMeeting(this RouteGroupBuilder prevent) =>
        prevent.MapGet("/panel-meetings/{id:guid}", Handle)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PreventLead, Roles.ChannelPanelMember))
            .WithName("GetPanelMeeting")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A panel meeting of the caller's council: attendees and the cases decided at it. The read is audited.");

    private static async Task<Ok<PanelMeetingResponse>> Handle(
        Guid id, PreventDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var meeting = await db.FindMeetingOrThrowAsync(id, user, cancellationToken);
        var decided = await db.Referrals.AsNoTracking().Where(r => r.PanelMeetingId == id).OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        audit.Record(db, "panel-meeting-viewed", nameof(PanelMeeting), meeting.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PanelMeetingResponse.From(meeting, decided));
    }
}
