using System.Net;
using System.Net.Http.Json;
using Platform.Contracts;
using Reviews.Tests.Infrastructure;
using static Reviews.Tests.Infrastructure.ReviewRequests;

namespace Reviews.Tests.Cases;

/// <summary>
/// Who may do what, as one table: review managers run everything; a review's own chair and panel read it and work its
/// restricted record (its names and notes are rewritten by managers and the chair only); another review's panel member is told it does not exist; every other role is refused; nobody
/// gets in without a token. Thematic counts are for anyone signed in.
/// </summary>
public class AccessMatrixTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private const HttpStatusCode NotFound = HttpStatusCode.NotFound;
    private const HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;

    private static readonly string[] Who = ["manager", "own-panel", "other-panel", "officer", "analyst", "police-system", "dpo", "anonymous"];

    /// <summary>Per operation, the status each of <see cref="Who"/> gets, in that order.</summary>
    private static readonly (string Operation, HttpStatusCode[] Expected)[] Matrix =
    [
        ("notify a death", [Created, Forbidden, Forbidden, Forbidden, Forbidden, Created, Forbidden, Unauthorized]),
        ("list reviews", [Ok, Ok, Ok, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized]),
        ("read the review", [Ok, Ok, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized]),
        ("read the restricted record", [Ok, Ok, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized]),
        ("change the restricted record", [Ok, NotFound, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized]),
        ("log a family contact", [Ok, Ok, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized]),
        ("record the family's reading of the draft", [Ok, Ok, NotFound, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized]),
        ("request a contribution", [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized]),
        ("propose a recommendation", [Ok, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Unauthorized]),
        ("thematic counts", [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Unauthorized]),
        ("subject access search", [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Unauthorized]),
    ];

    [Fact]
    public async Task Each_role_gets_exactly_what_the_access_table_says()
    {
        reviews.Clock.Now = ReviewsApiFactory.DefaultNow;
        var review = await reviews.ReviewManager().CommissionedAsync("panel-own");
        await reviews.ReviewManager().SucceedAsync($"/api/reviews/{review.Id}/report/draft", new { on = "2026-01-12" });
        var clients = new Dictionary<string, HttpClient>
        {
            ["manager"] = reviews.ReviewManager(),
            ["own-panel"] = reviews.PanelMember("panel-own"),
            ["other-panel"] = reviews.PanelMember("panel-someone-else"),
            ["officer"] = reviews.PartnershipOfficer(),
            ["analyst"] = reviews.As(Agencies.Opcc, "analyst-1", Roles.Analyst),
            ["police-system"] = reviews.PolicePartnerSystem(),
            ["dpo"] = reviews.As(Agencies.Opcc, "dpo-1", Roles.DataProtectionOfficer),
            ["anonymous"] = reviews.CreateClient(),
        };
        var path = $"/api/reviews/{review.Id}";

        var wrong = new List<string>();
        foreach (var (operation, expected) in Matrix)
        {
            for (var i = 0; i < Who.Length; i++)
            {
                using var response = await SendAsync(clients[Who[i]], operation, path);
                if (response.StatusCode != expected[i])
                {
                    wrong.Add($"{Who[i]} / {operation}: expected {(int)expected[i]}, got {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string operation, string path) => operation switch
    {
        "notify a death" => client.PostAsJsonAsync("/api/reviews/notifications", Notification()),
        "list reviews" => client.GetAsync("/api/reviews"),
        "read the review" => client.GetAsync(path),
        "read the restricted record" => client.GetAsync($"{path}/restricted"),
        "change the restricted record" => client.RewriteRestrictedAsync(Guid.Parse(path[(path.LastIndexOf('/') + 1)..]), new { victimName = VictimName, family = new { victimPseudonym = "Adult A" } }),
        "log a family contact" => client.PostAsJsonAsync($"{path}/restricted/family-contacts", new { on = "2026-01-12", summary = "Phoned the family's advocate." }),
        "record the family's reading of the draft" => client.PostAsJsonAsync($"{path}/restricted/draft-readings", new { on = "2026-01-12", response = "Content with the draft." }),
        "request a contribution" => client.PostAsJsonAsync($"{path}/contributions", new { agency = "norfolk-constabulary", kind = "chronology", dueOn = "2026-03-31" }),
        "propose a recommendation" => client.PostAsJsonAsync($"{path}/recommendations", new
        {
            kind = "early-learning", category = "awareness-raising", text = "Brief neighbourhood officers on coercive control.", ownerAgency = "norfolk-constabulary", dueOn = "2026-06-30",
        }),
        "thematic counts" => client.GetAsync("/api/reviews/thematic"),
        "subject access search" => client.PostAsJsonAsync("/api/reviews/subject-access", new { reference = "SAR-2026-001", name = "Nobody Known" }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not in the table."),
    };
}
