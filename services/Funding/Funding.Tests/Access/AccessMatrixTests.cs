using Funding.Tests.Infrastructure;
using Platform.Contracts;
using static Platform.Testing.AccessMatrix;

namespace Funding.Tests.Access;

/// <summary>
/// Issue 16's access rules for every endpoint the service maps: grants officers manage funds, rounds, decisions, claims
/// and payments; any signed-in partner user may apply, score what they are assigned and report on their own grants
/// (which records they reach is checked in the flow tests: an applicant sees only their organisation's applications,
/// an assessor scores only an assignment); scrutiny members and partnership officers read funds and ledgers; the
/// public reads the 360Giving publication only.
/// </summary>
public class AccessMatrixTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    private const string GrantsOfficer = "grants-officer";
    private const string PartnershipOfficer = "partnership-officer";
    private const string Scrutiny = "scrutiny-member";
    private const string Partner = "partner-user";
    private const string Ops = "ops";
    private const string Dpo = "data-protection-officer";
    private const string Auditor = "auditor";

    private static readonly string[] ReadsMoney = [GrantsOfficer, PartnershipOfficer, Scrutiny];
    private static readonly string[] ManagesMoney = [GrantsOfficer];
    private static readonly string[] AnySignedIn = [SignedIn];

    public static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["GET /api/funding/funds"] = ReadsMoney,
        ["GET /api/funding/funds/{id}"] = ReadsMoney,
        ["GET /api/funding/funds/{id}/ledger"] = ReadsMoney,
        ["POST /api/funding/funds"] = ManagesMoney,
        ["POST /api/funding/funds/{id}/contributions"] = ManagesMoney,
        ["PUT /api/funding/funds/{id}/budget/{period}"] = ManagesMoney,
        ["POST /api/funding/funds/{id}/carry-forward"] = ManagesMoney,

        ["GET /api/funding/rounds"] = AnySignedIn,
        ["GET /api/funding/rounds/{id}"] = AnySignedIn,
        ["POST /api/funding/rounds"] = ManagesMoney,

        ["POST /api/funding/applications"] = AnySignedIn,
        ["GET /api/funding/applications"] = AnySignedIn,
        ["GET /api/funding/applications/{id}"] = AnySignedIn,
        ["PUT /api/funding/applications/{id}/assessments/mine"] = AnySignedIn,
        ["POST /api/funding/applications/{id}/assessments/mine/conflict"] = AnySignedIn,
        ["POST /api/funding/applications/{id}/assessments"] = ManagesMoney,
        ["POST /api/funding/applications/{id}/moderation"] = ManagesMoney,
        ["POST /api/funding/applications/{id}/decision"] = ManagesMoney,

        ["GET /api/funding/grants"] = AnySignedIn,
        ["GET /api/funding/grants/{id}"] = AnySignedIn,
        ["POST /api/funding/grants/{id}/acceptance"] = AnySignedIn,
        ["POST /api/funding/grants/{id}/claims"] = AnySignedIn,
        ["POST /api/funding/grants/{id}/returns"] = AnySignedIn,
        ["POST /api/funding/grants/{id}/claims/{claimId}/decision"] = ManagesMoney,
        ["POST /api/funding/grants/{id}/claims/{claimId}/payment"] = ManagesMoney,
        ["POST /api/funding/grants/{id}/variation"] = ManagesMoney,
        ["POST /api/funding/grants/{id}/clawback"] = ManagesMoney,
        ["POST /api/funding/grants/{id}/closure"] = ManagesMoney,
        ["GET /api/funding/returns/late"] = ManagesMoney,

        ["GET /api/funding/priorities"] = AnySignedIn,
        ["GET /api/funding/publication/360giving.json"] = [Anyone],
        ["GET /api/funding/publication/360giving.csv"] = [Anyone],

        ["GET /api/funding/audit"] = [GrantsOfficer, PartnershipOfficer, Auditor, Ops],
        ["POST /api/funding/subject-access"] = [Dpo],
        ["GET /api/funding/admin/outbox"] = [Ops],
        ["POST /api/funding/admin/outbox/dead-letters/{id}/redrive"] = [Ops],
        ["POST /api/funding/admin/outbox/dead-letters/redrive-all"] = [Ops],
    };

    [Fact]
    public async Task Every_endpoint_lets_in_exactly_the_roles_the_issue_names()
    {
        var personas = new Dictionary<string, HttpClient>
        {
            [Anonymous] = funding.Anonymous(),
            [GrantsOfficer] = funding.GrantsOfficer(),
            [PartnershipOfficer] = funding.ClientWithToken(funding.Token(Agencies.Opcc, [Roles.PartnershipOfficer], subject: "partnership-officer-1")),
            [Scrutiny] = funding.Scrutiny(),
            [Partner] = funding.Partner("norwich-youth-project", "applicant-1"),
            [Ops] = funding.ClientWithToken(funding.Token(Agencies.Opcc, [Roles.Ops], subject: "ops-1")),
            [Dpo] = funding.ClientWithToken(funding.Token(Agencies.Opcc, [Roles.DataProtectionOfficer], subject: "dpo-1")),
            [Auditor] = funding.ClientWithToken(funding.Token(Agencies.Opcc, [Roles.Auditor], subject: "auditor-1")),
        };

        var violations = await ViolationsAsync(funding.Services, "/api/funding", personas, Matrix);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
