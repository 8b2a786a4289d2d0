using Consultation.Tests.Infrastructure;
using Platform.Contracts;
using static Platform.Testing.AccessMatrix;

namespace Consultation.Tests.Api;

/// <summary>
/// Issue 17's access rules for every endpoint the service maps: the consultation officer designs, runs, enters offline
/// responses and publishes; analysts (and officers) code themes; any signed-in staff member may reach the staff
/// reading routes, where only the owners' staff see unpublished results (checked record by record in
/// <see cref="AccessTests"/>); the public responds, saves and resumes, and reads published results without a token.
/// </summary>
public class AccessMatrixTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    private const string Officer = "consultation-officer";
    private const string Analyst = "analyst";
    private const string Staff = "owner-staff";
    private const string Ops = "ops";

    private static readonly string[] Runs = [Officer];
    private static readonly string[] Codes = [Officer, Analyst];
    private static readonly string[] AnyStaff = [SignedIn];
    private static readonly string[] Public = [Anyone];

    public static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["GET /api/consultation/consultations"] = AnyStaff,
        ["GET /api/consultation/consultations/{id}"] = AnyStaff,
        ["GET /api/consultation/consultations/{id}/results"] = AnyStaff,
        ["GET /api/consultation/consultations/{id}/themes"] = AnyStaff,
        ["POST /api/consultation/consultations"] = Runs,
        ["PUT /api/consultation/consultations/{id}"] = Runs,
        ["POST /api/consultation/consultations/{id}/open"] = Runs,
        ["POST /api/consultation/consultations/{id}/close"] = Runs,
        ["POST /api/consultation/consultations/{id}/new-version"] = Runs,
        ["POST /api/consultation/consultations/{id}/responses"] = Runs,
        ["POST /api/consultation/consultations/{id}/tallies"] = Runs,
        ["POST /api/consultation/consultations/{id}/publish-results"] = Runs,
        ["GET /api/consultation/consultations/{id}/comments"] = Codes,
        ["PUT /api/consultation/consultations/{id}/code-frame"] = Codes,
        ["PUT /api/consultation/consultations/{id}/comments/{commentId}/coding"] = Codes,
        ["PUT /api/consultation/consultations/{id}/comments/{commentId}/check"] = Codes,
        ["PUT /api/consultation/consultations/{id}/comments/{commentId}/quote"] = Codes,

        ["GET /api/consultation/public/consultations"] = Public,
        ["GET /api/consultation/public/consultations/{id}"] = Public,
        ["POST /api/consultation/public/consultations/{id}/responses"] = Public,
        ["POST /api/consultation/public/consultations/{id}/drafts"] = Public,
        ["GET /api/consultation/public/drafts/{key}"] = Public,
        ["POST /api/consultation/public/drafts/{key}"] = Public,
        ["GET /api/consultation/public/consultations/{id}/results"] = Public,
        ["GET /api/consultation/public/consultations/{id}/you-said-we-did"] = Public,
        ["GET /api/consultation/public/consultations/{id}/you-said-we-did.html"] = Public,

        ["GET /api/consultation/audit"] = [Officer, Roles.PartnershipOfficer, Ops],
        ["GET /api/consultation/admin/outbox"] = [Ops],
        ["POST /api/consultation/admin/outbox/dead-letters/{id}/redrive"] = [Ops],
        ["POST /api/consultation/admin/outbox/dead-letters/redrive-all"] = [Ops],
    };

    [Fact]
    public async Task Every_endpoint_lets_in_exactly_the_roles_the_issue_names()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var personas = new Dictionary<string, HttpClient>
        {
            [Anonymous] = consultation.Public(),
            [Officer] = consultation.Officer(),
            [Analyst] = consultation.Analyst(),
            [Staff] = consultation.StaffOf(Agencies.CountyCouncil),
            [Roles.PartnershipOfficer] = consultation.StaffOf(Agencies.Opcc, Roles.PartnershipOfficer),
            [Ops] = consultation.StaffOf(Agencies.Opcc, Roles.Ops),
        };

        var violations = await ViolationsAsync(consultation.Services, "/api/consultation", personas, Matrix);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
