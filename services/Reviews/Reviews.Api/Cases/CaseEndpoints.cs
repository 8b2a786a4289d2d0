using Platform.Contracts;
using Reviews.Api.Cases.AddRecommendation;
using Reviews.Api.Cases.AgreeExtension;
using Reviews.Api.Cases.AgreeRecommendation;
using Reviews.Api.Cases.ApproveReport;
using Reviews.Api.Cases.CloseReview;
using Reviews.Api.Cases.CommissionReview;
using Reviews.Api.Cases.CompleteRecommendation;
using Reviews.Api.Cases.DraftReport;
using Reviews.Api.Cases.EndHold;
using Reviews.Api.Cases.GetReview;
using Reviews.Api.Cases.ListReviews;
using Reviews.Api.Cases.LogFamilyContact;
using Reviews.Api.Cases.NotifyDeath;
using Reviews.Api.Cases.PlaceHold;
using Reviews.Api.Cases.PublishReport;
using Reviews.Api.Cases.ReadRestrictedRecord;
using Reviews.Api.Cases.ReceiveContribution;
using Reviews.Api.Cases.RecordDecision;
using Reviews.Api.Cases.RecordFamilyDraftReading;
using Reviews.Api.Cases.RecordFeedback;
using Reviews.Api.Cases.RecordHomeOfficeTold;
using Reviews.Api.Cases.RequestContribution;
using Reviews.Api.Cases.ResubmitReport;
using Reviews.Api.Cases.SubmitReport;
using Reviews.Api.Cases.UpdateRestrictedRecord;

namespace Reviews.Api.Cases;

internal static class CaseEndpoints
{
    /// <summary>
    /// Police (a partner system) and review managers notify deaths; review managers run reviews; a review's chair and
    /// panel read it and its restricted record.
    /// </summary>
    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/reviews")
            .WithTags("Notifications")
            .RequireAuthorization(policy => policy.RequireRole(Roles.ReviewManager, Roles.PartnerSystem))
            .MapNotifyDeath();

        var reading = endpoints.MapGroup("/api/reviews")
            .WithTags("Reviews")
            .RequireAuthorization(policy => policy.RequireRole(Roles.ReviewManager, Roles.ReviewPanelMember));
        reading.MapListReviews();
        reading.MapGetReview();
        reading.MapReadRestrictedRecord();
        reading.MapUpdateRestrictedRecord();
        reading.MapLogFamilyContact();
        reading.MapRecordFamilyDraftReading();

        var managing = endpoints.MapGroup("/api/reviews")
            .WithTags("Reviews")
            .RequireAuthorization(policy => policy.RequireRole(Roles.ReviewManager));
        managing.MapRecordDecision();
        managing.MapRecordHomeOfficeTold();
        managing.MapCommissionReview();
        managing.MapPlaceHold();
        managing.MapEndHold();
        managing.MapAgreeExtension();
        managing.MapRequestContribution();
        managing.MapReceiveContribution();
        managing.MapDraftReport();
        managing.MapSubmitReport();
        managing.MapRecordFeedback();
        managing.MapResubmitReport();
        managing.MapApproveReport();
        managing.MapPublishReport();
        managing.MapCloseReview();
        managing.MapAddRecommendation();
        managing.MapAgreeRecommendation();
        managing.MapCompleteRecommendation();
        return endpoints;
    }
}
