using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Funding;

namespace Platform.Web.Pages.Grants;

/// <summary>
/// Apply to an open round for one's own organisation: the project, the money, the adopted priority it serves and a
/// SMART objective with its measure (without one the API refuses it: its impact could not be assessed), and a contact.
/// The page checks what it can; every other refusal (over the round's maximum, a district it does not fund, ...)
/// comes from the API and is shown next to the field it names.
/// </summary>
public sealed class ApplyModel(GatewayApi api, TimeProvider clock) : ApiPageModel
{
    public RoundView Round { get; private set; } = null!;

    public IReadOnlyList<PriorityOptionView> Priorities { get; private set; } = [];

    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    /// <summary>The page's field ids by the API's field names, most specific first.</summary>
    private static readonly (string ApiField, string FieldId)[] Fields =
    [
        ("ApplicantType", "applicant-type"), ("OrganisationName", "organisation-name"), ("ProjectTitle", "project-title"),
        ("Summary", "summary"), ("AmountRequested", "amount-requested"), ("PeriodStart", "period-start"), ("PeriodEnd", "period-end"),
        ("MatchFunding", "match-funding"), ("PriorityId", "priority"), ("EvidenceOfNeed", "evidence-of-need"),
        ("Objectives[0].Measure", "objective-measure"), ("Objectives[0].Target", "objective-target"), ("Objectives", "objective-description"),
        ("ExpectedImpact", "expected-impact"), ("AddedValue", "added-value"), ("Districts", "districts"),
        ("Contact.Name", "contact-name"), ("Contact.Email", "contact-email"), ("Contact.Phone", "contact-phone"), ("Contact", "contact-name"),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var f = Form;
        Require(f.ApplicantType, "applicant-type", "Select the type of organisation applying");
        Require(f.OrganisationName, "organisation-name", "Enter your organisation's name");
        Require(f.ProjectTitle, "project-title", "Enter the project's title");
        Require(f.Summary, "summary", "Enter a summary of the project");
        var amount = Money(f.AmountRequested, "amount-requested", "the amount you are asking for", required: true);
        var start = f.PeriodStart.Read("the project's start date", today, mustBePast: false, out var startError);
        if (startError is not null)
        {
            Errors.Add("period-start", startError);
        }

        var end = f.PeriodEnd.Read("the project's end date", today, mustBePast: false, out var endError);
        if (endError is not null)
        {
            Errors.Add("period-end", endError);
        }

        var match = Money(f.MatchFunding, "match-funding", "the match funding", required: false) ?? 0;
        Require(f.PriorityId, "priority", "Select the plan priority the project serves");
        Require(f.EvidenceOfNeed, "evidence-of-need", "Enter the evidence of need");
        Require(f.ObjectiveDescription, "objective-description", "Enter the project's objective");
        Require(f.ObjectiveMeasure, "objective-measure", "Enter how the objective will be measured: without a measure its impact cannot be assessed");
        var target = Money(f.ObjectiveTarget, "objective-target", "the target", required: false);
        Require(f.ExpectedImpact, "expected-impact", "Enter the impact you expect");
        Require(f.AddedValue, "added-value", "Enter the value the project adds");
        if (f.Districts.Count == 0)
        {
            Errors.Add("districts", "Select the districts the project works in");
        }

        Require(f.ContactName, "contact-name", "Enter the contact's name");
        Require(f.ContactEmail, "contact-email", "Enter the contact's email address");

        if (!Errors.Any)
        {
            var sent = await api.PostAsync<ApplicationView>("/api/funding/applications", new
            {
                roundId = id,
                applicantType = f.ApplicantType,
                organisationName = f.OrganisationName!.Trim(),
                projectTitle = f.ProjectTitle!.Trim(),
                summary = f.Summary!.Trim(),
                amountRequested = amount,
                periodStart = start,
                periodEnd = end,
                matchFunding = match,
                priorityId = Guid.TryParse(f.PriorityId, out var priority) ? priority : (Guid?)null,
                evidenceOfNeed = f.EvidenceOfNeed!.Trim(),
                objectives = new[] { new { description = f.ObjectiveDescription!.Trim(), measure = f.ObjectiveMeasure!.Trim(), target } },
                expectedImpact = f.ExpectedImpact!.Trim(),
                addedValue = f.AddedValue!.Trim(),
                districts = f.Districts,
                contact = new { name = f.ContactName!.Trim(), email = f.ContactEmail!.Trim(), phone = string.IsNullOrWhiteSpace(f.ContactPhone) ? null : f.ContactPhone.Trim() },
            }, cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect($"/grants/applications/{sent.Value!.Id}?submitted=true");
            }

            Errors.ShowFunding(sent.Problem!, "applicant-type", Fields);
        }

        return await ShowAsync(id, cancellationToken);
    }

    private void Require(string? value, string fieldId, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add(fieldId, message);
        }
    }

    private decimal? Money(string? text, string fieldId, string what, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Errors.Add(fieldId, $"Enter {what}");
            }

            return null;
        }

        var amount = FundingText.ReadMoney(text);
        if (amount is null)
        {
            Errors.Add(fieldId, $"Enter {what} as a number, like 20000 or £20,000");
        }

        return amount;
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var priorities = api.GetAsync<IReadOnlyList<PriorityOptionView>>("/api/funding/priorities", cancellationToken);
        var found = await api.GetAsync<RoundView>($"/api/funding/rounds/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Round = found.Value!;
        var live = await LoadAsync(priorities, "priority") ?? [];
        Priorities = Round.PriorityIds.Count == 0 ? live : [.. live.Where(p => Round.PriorityIds.Contains(p.Id))];
        return Page();
    }
}

/// <summary>What the applicant typed, kept as typed so a refused form comes back as they left it.</summary>
public sealed class ApplicationForm
{
    public string? ApplicantType { get; set; }

    public string? OrganisationName { get; set; }

    public string? ProjectTitle { get; set; }

    public string? Summary { get; set; }

    public string? AmountRequested { get; set; }

    public DateParts PeriodStart { get; set; } = new();

    public DateParts PeriodEnd { get; set; } = new();

    public string? MatchFunding { get; set; }

    public string? PriorityId { get; set; }

    public string? EvidenceOfNeed { get; set; }

    public string? ObjectiveDescription { get; set; }

    public string? ObjectiveMeasure { get; set; }

    public string? ObjectiveTarget { get; set; }

    public string? ExpectedImpact { get; set; }

    public string? AddedValue { get; set; }

    public List<string> Districts { get; set; } = [];

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }
}
