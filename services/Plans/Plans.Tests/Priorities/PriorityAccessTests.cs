using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Plans.Tests.Infrastructure;
using Platform.Contracts;
using Platform.Testing;

namespace Plans.Tests.Priorities;

public class PriorityAccessTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task Without_a_token_the_request_is_a_401_problem()
    {
        var response = await plans.ClientWithToken(null).GetAsync("/api/plans/priorities");

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var expired = ForgedTokens.WithAuthorityKey(plans.Authority, issued: DateTime.UtcNow.AddMinutes(-20), lifetime: TimeSpan.FromMinutes(15));

        var response = await plans.ClientWithToken(expired).GetAsync("/api/plans/priorities");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forged = ForgedTokens.Symmetric(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), plans.Authority.Issuer, "plans");

        var response = await plans.ClientWithToken(forged).PostAsJsonAsync("/api/plans/priorities", PriorityRequests.ValidProposal());

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_analyst_can_read_priorities_but_not_change_them()
    {
        var analyst = plans.Analyst();

        var read = await analyst.GetAsync("/api/plans/priorities");
        var change = await analyst.PostAsJsonAsync("/api/plans/priorities", PriorityRequests.ValidProposal());

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await change.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_partnership_team_can_query_the_audit_log_and_others_cannot()
    {
        var proposed = await plans.PartnershipOfficer().ProposeAsync("Audit me");

        var page = await plans.PartnershipOfficer().GetFromJsonAsync<JsonElement>($"/api/plans/audit?subjectId={proposed.Id}");
        var denied = await plans.Scrutiny().GetAsync("/api/plans/audit");

        var entry = Assert.Single(page.GetProperty("entries").EnumerateArray());
        Assert.Equal("priority-proposed", entry.GetProperty("action").GetString());
        var after = JsonDocument.Parse(entry.GetProperty("after").GetString()!).RootElement;
        Assert.Equal("proposed", after.GetProperty("status").GetString()); // as the API shows it, not an enum number
        await denied.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Operations_can_see_the_outbox_under_the_service_path_and_others_cannot()
    {
        var ops = await plans.Client(Roles.Ops).GetAsync("/api/plans/admin/outbox");
        var officer = await plans.PartnershipOfficer().GetAsync("/api/plans/admin/outbox");

        Assert.Equal(HttpStatusCode.OK, ops.StatusCode);
        await officer.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_public_and_describes_the_priority_endpoints_and_their_problems()
    {
        var document = await plans.ClientWithToken(null).GetStringAsync("/api/plans/openapi.json");

        Assert.Contains("/api/plans/priorities/{id}/adopt", document, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", document, StringComparison.Ordinal);
        Assert.Contains("\"409\"", document, StringComparison.Ordinal);
    }
}
