using CommunityTrigger.Api.Cases.AddRecommendation;
using CommunityTrigger.Api.Cases.AppealByReference;
using CommunityTrigger.Api.Cases.CheckStatus;
using CommunityTrigger.Api.Cases.CloseCase;
using CommunityTrigger.Api.Cases.CompleteRecommendation;
using CommunityTrigger.Api.Cases.DecideAppeal;
using CommunityTrigger.Api.Cases.DecideThreshold;
using CommunityTrigger.Api.Cases.EnterApplication;
using CommunityTrigger.Api.Cases.GetCase;
using CommunityTrigger.Api.Cases.ListPendingDecisions;
using CommunityTrigger.Api.Cases.ListRecommendations;
using CommunityTrigger.Api.Cases.RecordReviewMeeting;
using CommunityTrigger.Api.Cases.RequestAppeal;
using CommunityTrigger.Api.Cases.SendOutcome;
using CommunityTrigger.Api.Cases.SubmitApplication;
using Platform.Contracts;

namespace CommunityTrigger.Api.Cases;

internal static class CaseEndpoints
{
    /// <summary>
    /// The public applies, checks progress and appeals without an account; single points of contact and partnership
    /// officers handle cases (each SPOC only in their own district).
    /// </summary>
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder endpoints)
    {
        var communityTrigger = endpoints.MapGroup("/api/community-trigger").WithTags("Applications");
        communityTrigger.MapSubmitApplication();
        communityTrigger.MapCheckStatus();
        communityTrigger.MapAppealByReference();

        var cases = endpoints.MapGroup("/api/community-trigger/cases")
            .WithTags("Cases")
            .RequireAuthorization(policy => policy.RequireRole(Roles.TriggerSpoc, Roles.PartnershipOfficer));
        cases.MapEnterApplication();
        cases.MapListPendingDecisions();
        cases.MapListRecommendations();
        cases.MapGetCase();
        cases.MapDecideThreshold();
        cases.MapRecordReviewMeeting();
        cases.MapAddRecommendation();
        cases.MapCompleteRecommendation();
        cases.MapSendOutcome();
        cases.MapRequestAppeal();
        cases.MapDecideAppeal();
        cases.MapCloseCase();
        return endpoints;
    }
}
