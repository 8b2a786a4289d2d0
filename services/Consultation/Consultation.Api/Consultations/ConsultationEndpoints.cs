using Consultation.Api.Consultations.CloseConsultation;
using Consultation.Api.Consultations.CreateConsultation;
using Consultation.Api.Consultations.GetConsultation;
using Consultation.Api.Consultations.ListConsultations;
using Consultation.Api.Consultations.NewVersion;
using Consultation.Api.Consultations.OpenConsultation;
using Consultation.Api.Consultations.ReviseConsultation;
using Consultation.Api.Responses.EnterResponse;
using Consultation.Api.Responses.EnterTallies;
using Consultation.Api.Publication.PublishResults;
using Consultation.Api.Results;
using Consultation.Api.Themes.ApproveQuote;
using Consultation.Api.Themes.CheckCoding;
using Consultation.Api.Themes.CodeComment;
using Consultation.Api.Themes.ListComments;
using Consultation.Api.Themes.SetCodeFrame;
using Consultation.Api.Themes.CommonThemes;

namespace Consultation.Api.Consultations;

internal static class ConsultationEndpoints
{
    /// <summary>
    /// Staff routes. Consultation officers design, open, close, enter offline responses and publish; any member of
    /// staff may read designs; results before publication go to the team, analysts and the owners' staff.
    /// </summary>
    public static IEndpointRouteBuilder MapConsultations(this IEndpointRouteBuilder endpoints)
    {
        var consultations = endpoints.MapGroup("/api/consultation/consultations")
            .WithTags("Consultations")
            .RequireAuthorization(PolicySetup.Staff);
        consultations.MapCreateConsultation();
        consultations.MapListConsultations();
        consultations.MapGetConsultation();
        consultations.MapReviseConsultation();
        consultations.MapOpenConsultation();
        consultations.MapCloseConsultation();
        consultations.MapNewVersion();
        consultations.MapEnterResponse();
        consultations.MapEnterTallies();
        consultations.MapGetResults();
        consultations.MapPublishResults();
        consultations.MapSetCodeFrame();
        consultations.MapListComments();
        consultations.MapCodeComment();
        consultations.MapCheckCoding();
        consultations.MapApproveQuote();
        consultations.MapThemeSummary();
        return endpoints;
    }
}
