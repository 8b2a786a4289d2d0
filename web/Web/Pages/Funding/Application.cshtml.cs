using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Web.Api;
using Platform.Web.Funding;
using Platform.Web.Navigation;

namespace Platform.Web.Pages.Funding;

/// <summary>
/// An application as the grants officer works it: the bid and its contact, the assessors and their scores; assign an
/// assessor (never from the applicant's organisation), score it when assigned oneself, then record the panel's
/// decision: award, part-award with an amount and conditions, or decline, with reasons. The decision names the
/// version read, so a decision over someone else's is refused rather than made twice.
/// </summary>
public sealed class ApplicationModel(GatewayApi api) : ApiPageModel
{
    public ApplicationView Application { get; private set; } = null!;

    public RoundView? Round { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public string? AssessorId { get; set; }

    [BindProperty]
    public string? AssessorAgency { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Scores { get; set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Conditions { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public string Me => User.FindFirst(ClaimNames.Subject)?.Value ?? "";

    public AssessmentView? Mine => Application.Assessments.FirstOrDefault(a => a.AssessorId == Me);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "assigned" => "Assessor assigned",
            "scored" => "Scores saved",
            "decided" => "Decision recorded",
            _ => null,
        };
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAssignSelfAsync(Guid id, CancellationToken cancellationToken) =>
        await AssignAsync(id, Me, User.Agency(), cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(AssessorId))
        {
            Errors.Add("assessor-id", "Enter the assessor's account id");
        }

        if (string.IsNullOrEmpty(AssessorAgency))
        {
            Errors.Add("assessor-agency", "Select the assessor's organisation");
        }

        return Errors.Any ? await ShowAsync(id, cancellationToken) : await AssignAsync(id, AssessorId!.Trim(), AssessorAgency, cancellationToken);
    }

    public async Task<IActionResult> OnPostScoreAsync(Guid id, CancellationToken cancellationToken)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, text) in Scores)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Errors.Add($"score-{key}", "Enter a score from 0 to 5");
            }
            else if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score > 5)
            {
                Errors.Add($"score-{key}", "The score must be a whole number from 0 to 5");
            }
            else
            {
                scores[key] = score;
            }
        }

        if (!Errors.Any)
        {
            var sent = await api.PutAsync<AssessmentView>(
                $"/api/funding/applications/{id}/assessments/mine", new { scores, comment = Blank(Comment) }, cancellationToken: cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect($"/funding/applications/{id}?done=scored");
            }

            Errors.ShowFunding(sent.Problem!, Scores.Keys.Select(key => $"score-{key}").FirstOrDefault() ?? "comment", ("Comment", "comment"));
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Outcome))
        {
            Errors.Add("outcome", "Select the panel's decision");
        }

        decimal? amount = null;
        if (Outcome == "part-award")
        {
            amount = FundingText.ReadMoney(Amount);
            if (amount is null)
            {
                Errors.Add("amount", string.IsNullOrWhiteSpace(Amount) ? "Enter the amount of the part award" : "The amount must be in pounds, like 15000 or £15,000");
            }
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            Errors.Add("reason", "Enter the panel's reasons for the decision");
        }

        if (!Errors.Any)
        {
            var sent = await api.PostAsync<ApplicationView>(
                $"/api/funding/applications/{id}/decision",
                new { outcome = Outcome, amount, conditions = Blank(Conditions), reason = Reason!.Trim() }, Version, cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect($"/funding/applications/{id}?done=decided");
            }

            if (sent.Problem!.IsStaleVersion)
            {
                Errors.Add("outcome", "Someone else changed this application after you opened it, so your decision was not recorded. Check it as it is now and decide again.");
            }
            else
            {
                Errors.ShowFunding(sent.Problem, "outcome", ("Outcome", "outcome"), ("Amount", "amount"), ("Conditions", "conditions"), ("Reason", "reason"));
            }
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> AssignAsync(Guid id, string assessorId, string? agency, CancellationToken cancellationToken)
    {
        var sent = await api.PostAsync<AssessmentView>(
            $"/api/funding/applications/{id}/assessments", new { assessorId, assessorAgency = agency }, cancellationToken);
        if (sent.Succeeded)
        {
            return Redirect($"/funding/applications/{id}?done=assigned");
        }

        Errors.ShowFunding(sent.Problem!, "assessor-id", ("AssessorId", "assessor-id"), ("AssessorAgency", "assessor-agency"));
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var found = await api.GetAsync<ApplicationView>($"/api/funding/applications/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Application = found.Value!;
        Round = await LoadAsync(api.GetAsync<RoundView>($"/api/funding/rounds/{Application.RoundId}", cancellationToken));
        Version = Application.Version;
        ModelState.Remove(nameof(Version));
        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
