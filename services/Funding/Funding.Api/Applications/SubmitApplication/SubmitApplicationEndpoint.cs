using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Funding.Api.Rounds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Text;

namespace Funding.Api.Applications.SubmitApplication;

public sealed record SubmitApplicationRequest(
    [property: Required] Guid? RoundId,
    [property: Required] ApplicantType? ApplicantType,
    [property: Required, StringLength(200, MinimumLength = 2)] string OrganisationName,
    [property: Required, StringLength(200, MinimumLength = 3)] string ProjectTitle,
    [property: Required, StringLength(4000)] string Summary,
    [property: Range(0.01, 10_000_000)] decimal AmountRequested,
    [property: Required] DateOnly? PeriodStart,
    [property: Required] DateOnly? PeriodEnd,
    [property: Range(0, 100_000_000)] decimal MatchFunding,
    [property: Required] Guid? PriorityId,
    [property: Required, StringLength(4000, MinimumLength = 10)] string EvidenceOfNeed,
    [property: Required, MinLength(1), MaxLength(20)] List<ObjectiveRequest> Objectives,
    [property: Required, StringLength(4000)] string ExpectedImpact,
    [property: Required, StringLength(4000)] string AddedValue,
    [property: Required, MinLength(1), MaxLength(20), ItemsMaxLength(40)] List<string> Districts,
    [property: Required] ContactRequest Contact,
    List<string>? Answers = null,
    [property: StringLength(20)] string? CharityNumber = null,
    [property: StringLength(20)] string? CompanyNumber = null,
    [property: StringLength(100), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use the organisation's agency slug.")] string? ApplicantAgency = null);

public sealed record ObjectiveRequest(
    [property: Required, StringLength(1000, MinimumLength = 3)] string Description,
    [property: Required(ErrorMessage = "Every objective needs a measure (what will be counted): without one its impact cannot be assessed."), StringLength(200)] string Measure,
    [property: Range(0, 100_000_000)] decimal? Target = null);

public sealed record ContactRequest(
    [property: Required, StringLength(200)] string Name,
    [property: Required, EmailAddress, StringLength(200)] string Email,
    [property: StringLength(30)] string? Phone = null);

internal static class SubmitApplicationEndpoint
{
    public static RouteHandlerBuilder MapSubmitApplication(this RouteGroupBuilder applications) =>
        applications.MapPost("/", Handle)
            .WithName("SubmitApplication")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Apply to an open round for the caller's organisation (a grants officer may enter one on an organisation's behalf with applicantAgency).");

    private static async Task<Created<ApplicationResponse>> Handle(
        SubmitApplicationRequest request, Changes<GrantApplication> applications, FundingDbContext db, CurrentUser user,
        CancellationToken cancellationToken)
    {
        var agency = ApplicantAgency(request, user);
        var round = await db.FindRoundOrThrowAsync(request.RoundId!.Value, cancellationToken);
        var priorityId = request.PriorityId!.Value;
        if (!await db.Priorities.AnyAsync(p => p.Id == priorityId && !p.Retired, cancellationToken))
        {
            throw new RuleViolationException(
                "priority-not-live", "priorityId: an application serves a priority adopted in the partnership plan and not retired.",
                RuleViolationKind.BusinessRule);
        }

        var details = new ApplicationDetails(
            request.ApplicantType!.Value, request.OrganisationName, request.CharityNumber, request.CompanyNumber, request.ProjectTitle,
            request.Summary, request.AmountRequested, request.PeriodStart!.Value, request.PeriodEnd!.Value, request.MatchFunding, priorityId,
            request.EvidenceOfNeed, [.. request.Objectives.Select(o => new Objective(o.Description, o.Measure, o.Target))],
            request.ExpectedImpact, request.AddedValue, [.. request.Districts], request.Answers ?? []);
        var contact = new Contact(request.Contact.Name, request.Contact.Email, request.Contact.Phone);
        var application = await applications.AddAsync(
            now => GrantApplication.Submit(round, agency, user.Id, details, contact, now), "application-submitted", cancellationToken);
        return TypedResults.Created($"/api/funding/applications/{application.Id}", await db.ViewAsync(application, user, cancellationToken));
    }

    private static string ApplicantAgency(SubmitApplicationRequest request, CurrentUser user)
    {
        if (user.IsGrantsOfficer() && request.ApplicantAgency is { } onBehalfOf)
        {
            return onBehalfOf;
        }

        return request.ApplicantAgency is not null && request.ApplicantAgency != user.Agency
            ? throw new RuleViolationException(
                "not-your-organisation", "applicantAgency: you can apply only for your own organisation.", RuleViolationKind.Forbidden)
            : user.Agency ?? throw new RuleViolationException(
                "agency-unknown", "Your sign-in names no organisation (agency), so the application has no applicant.", RuleViolationKind.BusinessRule);
    }
}
