using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Funding;

namespace Platform.Web.Pages.Grants;

/// <summary>
/// The grantee's grant: accept the offer and its conditions, claim in arrears for what was spent (never more than is
/// left of the award), and send the quarterly monitoring return with a value for each objective's measure.
/// </summary>
public sealed class GrantModel(GatewayApi api, TimeProvider clock) : ApiPageModel
{
    public GrantDetailView Detail { get; private set; } = null!;

    public string? Done { get; private set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public DateParts ClaimFrom { get; set; } = new();

    [BindProperty]
    public DateParts ClaimTo { get; set; } = new();

    [BindProperty]
    public string? ClaimAmount { get; set; }

    [BindProperty]
    public string? FinancialYear { get; set; }

    [BindProperty]
    public string? Quarter { get; set; }

    [BindProperty]
    public List<string?> Progress { get; set; } = [];

    [BindProperty]
    public string? SpendToDate { get; set; }

    [BindProperty]
    public string? Commentary { get; set; }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "accepted" => "Grant accepted",
            "claimed" => "Claim submitted",
            "returned" => "Monitoring return submitted",
            _ => null,
        };
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken)
    {
        var sent = await api.PostAsync<GrantView>($"/api/funding/grants/{id}/acceptance", null, Version, cancellationToken);
        if (sent.Succeeded)
        {
            return Redirect($"/grants/grants/{id}?done=accepted");
        }

        Errors.Add("accept", sent.Problem!.IsStaleVersion
            ? "The offer changed after you opened it, so it was not accepted. Read it as it is now and accept it again."
            : sent.Problem.Summary);
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var from = ClaimFrom.Read("the date the spend starts", Today, mustBePast: true, out var fromError);
        if (fromError is not null)
        {
            Errors.Add("claim-from", fromError);
        }

        var to = ClaimTo.Read("the date the spend ends", Today, mustBePast: true, out var toError);
        if (toError is not null)
        {
            Errors.Add("claim-to", toError);
        }

        var amount = FundingText.ReadMoney(ClaimAmount);
        if (amount is null)
        {
            Errors.Add("claim-amount", string.IsNullOrWhiteSpace(ClaimAmount) ? "Enter the amount you are claiming" : "Enter the amount as a number, like 4000 or £4,000");
        }

        if (!Errors.Any)
        {
            var sent = await api.PostAsync<ClaimView>($"/api/funding/grants/{id}/claims", new { from, to, amount }, cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect($"/grants/grants/{id}?done=claimed");
            }

            Errors.ShowFunding(sent.Problem!, "claim-amount", ("From", "claim-from"), ("To", "claim-to"), ("Amount", "claim-amount"));
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(FinancialYear))
        {
            Errors.Add("financial-year", "Enter the financial year, for example 2025/26");
        }

        var quarter = int.TryParse(Quarter, NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : 0;
        if (quarter is < 1 or > 4)
        {
            Errors.Add("quarter", "Select the quarter the return is for");
        }

        var progress = new List<object>();
        for (var i = 0; i < Progress.Count; i++)
        {
            var value = FundingText.ReadMoney(Progress[i]?.TrimStart('-'));
            if (value is null)
            {
                Errors.Add($"progress-{i + 1}", "Enter this quarter's value of the measure as a number");
            }
            else
            {
                progress.Add(new { objective = i + 1, value = Progress[i]!.TrimStart().StartsWith('-') ? -value : value });
            }
        }

        var spend = FundingText.ReadMoney(SpendToDate);
        if (spend is null)
        {
            Errors.Add("spend-to-date", string.IsNullOrWhiteSpace(SpendToDate) ? "Enter the spend to date" : "Enter the spend to date as a number, like 4000");
        }

        if (!Errors.Any)
        {
            var sent = await api.PostAsync<ReturnView>($"/api/funding/grants/{id}/returns", new
            {
                financialYear = FinancialYear!.Trim(),
                quarter,
                progress,
                spendToDate = spend,
                commentary = string.IsNullOrWhiteSpace(Commentary) ? null : Commentary.Trim(),
            }, cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect($"/grants/grants/{id}?done=returned");
            }

            Errors.ShowFunding(sent.Problem!, "financial-year",
                ("FinancialYear", "financial-year"), ("Quarter", "quarter"), ("Progress", "progress-1"), ("SpendToDate", "spend-to-date"), ("Commentary", "commentary"));
        }

        return await ShowAsync(id, cancellationToken);
    }

    /// <summary>The financial year (April to March) and quarter of it that ended most recently, or today's when none has.</summary>
    public (string Year, int Quarter) CurrentQuarter
    {
        get
        {
            var start = Today.Month >= 4 ? Today.Year : Today.Year - 1;
            var quarter = ((Today.Month + 8) % 12 / 3) + 1;
            return ($"{start}/{(start + 1) % 100:00}", quarter);
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var found = await api.GetAsync<GrantDetailView>($"/api/funding/grants/{id}", cancellationToken);
        if (!found.Succeeded)
        {
            return ProblemPage(found.Problem!);
        }

        Detail = found.Value!;
        Version = Detail.Grant.Version;
        ModelState.Remove(nameof(Version));
        return Page();
    }
}
