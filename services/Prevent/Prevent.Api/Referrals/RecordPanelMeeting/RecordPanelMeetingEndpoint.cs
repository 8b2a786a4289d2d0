using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Platform.ServiceDefaults.Text;

namespace Prevent.Api.Referrals.RecordPanelMeeting;

internal static class RecordPanelMeetingEndpoint
{
    public static RouteHandlerBuilder MapRecordPanelMeeting(this RouteGroupBuilder prevent) =>
        prevent.MapPost("/panel-meetings", Handle)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PreventLead, Roles.ChannelPanelMember))
            .WithName("RecordPanelMeeting")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Records a Channel panel meeting of the caller's council (date, chair, attendees); decisions and reviews refer to it.");

    private static async Task<Created<PanelMeetingResponse>> Handle(
        PanelMeetingRequest request, PreventDbContext db, CurrentUser user, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (user.DetailDistricts().Count == 0 || user.Agency is not { } council)
        {
            throw new RuleViolationException(
                "not-a-channel-council", "Channel panels are held by district councils; your agency has none.", RuleViolationKind.BusinessRule);
        }

        var meeting = PanelMeeting.Record(council, request.HeldOn!.Value, request.Chair, request.Attendees, user.Id, clock.GetUtcNow());
        db.PanelMeetings.Add(meeting);
        audit.Record(db, "panel-meeting-recorded", nameof(PanelMeeting), meeting.Id.ToString(), after: new { meeting.HeldOn, Attendees = meeting.Attendees.Count });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/prevent/panel-meetings/{meeting.Id}", PanelMeetingResponse.From(meeting, []));
    }
}

public sealed record PanelMeetingRequest(
    [property: Required] DateOnly? HeldOn,
    [property: Required, StringLength(200, MinimumLength = 2)] string Chair,
    [property: Required, MinLength(1), MaxLength(30), ItemsMaxLength(200)] IReadOnlyList<string> Attendees);

/// <param name="CasesDecided">The referrals whose adopt / not-adopt decision was taken at this meeting.</param>
public sealed record PanelMeetingResponse(Guid Id, string Council, DateOnly HeldOn, string Chair, IReadOnlyList<string> Attendees, IReadOnlyList<Guid> CasesDecided)
{
    public static PanelMeetingResponse From(PanelMeeting meeting, IReadOnlyList<Guid> casesDecided)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new(meeting.Id, meeting.Council, meeting.HeldOn, meeting.Chair, meeting.Attendees, casesDecided);
    }
}
