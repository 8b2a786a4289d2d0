using Platform.Contracts;
using Prevent.Api.Referrals.AddIntervention;
using Prevent.Api.Referrals.DecideAtPanel;
using Prevent.Api.Referrals.DismissRejectedReferral;
using Prevent.Api.Referrals.ExitChannel;
using Prevent.Api.Referrals.GetPanelMeeting;
using Prevent.Api.Referrals.GetReferral;
using Prevent.Api.Referrals.GetReferralStatus;
using Prevent.Api.Referrals.ListCaseload;
using Prevent.Api.Referrals.ListFollowUpsDue;
using Prevent.Api.Referrals.ListRejectedReferrals;
using Prevent.Api.Referrals.ListTriageQueue;
using Prevent.Api.Referrals.RecordConsent;
using Prevent.Api.Referrals.RecordFollowUp;
using Prevent.Api.Referrals.RecordPanelMeeting;
using Prevent.Api.Referrals.ReviewAtPanel;
using Prevent.Api.Referrals.SubmitReferral;
using Prevent.Api.Referrals.TriageReferral;
using Prevent.Api.Referrals.UpdateIntervention;
using Prevent.Api.Referrals.WithdrawConsent;

namespace Prevent.Api.Referrals;

internal static class ReferralEndpoints
{
    /// <summary>
    /// Only Prevent roles and partner systems reach the service at all; which case each may see or change is decided
    /// per case by <see cref="ReferralAccess"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapReferrals(this IEndpointRouteBuilder endpoints)
    {
        var prevent = endpoints.MapGroup("/api/prevent")
            .WithTags("Referrals")
            .RequireAuthorization(policy => policy.RequireRole(
                Roles.PreventLead, Roles.ChannelPanelMember, Roles.PolicePreventOfficer, Roles.PartnerSystem));
        prevent.MapSubmitReferral();
        prevent.MapGetReferralStatus();
        prevent.MapGetReferral();
        prevent.MapListTriageQueue();
        prevent.MapListCaseload();
        prevent.MapTriageReferral();
        prevent.MapRecordPanelMeeting();
        prevent.MapGetPanelMeeting();
        prevent.MapDecideAtPanel();
        prevent.MapRecordConsent();
        prevent.MapWithdrawConsent();
        prevent.MapAddIntervention();
        prevent.MapUpdateIntervention();
        prevent.MapReviewAtPanel();
        prevent.MapExitChannel();
        prevent.MapRecordFollowUp();
        prevent.MapListFollowUpsDue();
        prevent.MapListRejectedReferrals();
        prevent.MapDismissRejectedReferral();

        // Outside the group: operations staff, who may not otherwise reach the service, handle parked messages too.
        endpoints.MapGroup("/api/prevent").WithTags("Operations").MapParkedReferrals();
        return endpoints;
    }
}
