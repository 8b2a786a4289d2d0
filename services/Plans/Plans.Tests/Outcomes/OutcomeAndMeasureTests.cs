using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Plans.Api.Domain;
using Plans.Api.Measures;
using Plans.Api.Outcomes;
using Plans.Api.Outcomes.ListOutcomes;
using Plans.Tests.Infrastructure;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;

namespace Plans.Tests.Outcomes;

public class OutcomeAndMeasureTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private readonly PlansApiFactory plans = plans.OnOutcomesToday();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_officer_defines_an_outcome_and_everyone_reads_the_outcomes_in_number_order()
    {
        var later = await plans.PartnershipOfficer().PostAsJsonAsync("/api/plans/outcomes", new { number = 12, title = "Safer night-time economy" });
        var earlier = await plans.PartnershipOfficer().PostAsJsonAsync("/api/plans/outcomes", new { number = 11, title = "Fewer repeat victims" });

        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.Equal(HttpStatusCode.Created, earlier.StatusCode);
        var page = await plans.Scrutiny().GetFromJsonAsync<OutcomePage>("/api/plans/outcomes?after=10&limit=200", TestJson.Options);
        Assert.Equal([11, 12], page!.Items.Where(o => o.Number is 11 or 12).Select(o => o.Number));
        var created = (await earlier.Content.ReadFromJsonAsync<OutcomeResponse>(TestJson.Options))!;
        var one = await plans.Scrutiny().GetFromJsonAsync<OutcomeResponse>($"/api/plans/outcomes/{created.Id}", TestJson.Options);
        Assert.Equal("Fewer repeat victims", one!.Title);
    }

    [Fact]
    public async Task Outcome_pages_follow_on_from_the_last_number()
    {
        await plans.DefineOutcomeAsync("Paged one");
        await plans.DefineOutcomeAsync("Paged two");

        var first = await plans.Scrutiny().GetFromJsonAsync<OutcomePage>("/api/plans/outcomes?limit=1", TestJson.Options);
        var second = await plans.Scrutiny().GetFromJsonAsync<OutcomePage>($"/api/plans/outcomes?limit=1&after={first!.NextAfter}", TestJson.Options);

        Assert.Single(first.Items);
        Assert.NotNull(first.NextAfter);
        Assert.True(second!.Items[0].Number > first.Items[0].Number);
    }

    [Fact]
    public async Task Two_outcomes_cannot_share_a_number()
    {
        await plans.PartnershipOfficer().PostAsJsonAsync("/api/plans/outcomes", new { number = 21, title = "First of that number" });

        var again = await plans.Analyst().PostAsJsonAsync("/api/plans/outcomes", new { number = 21, title = "Second of that number" });

        var problem = await again.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("outcome-number-taken", problem.GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("""{"number": 0, "title": "Zero"}""", "number")]
    [InlineData("""{"number": 3}""", "title")]
    [InlineData("""{"number": "three", "title": "Three"}""", "number")]
    public async Task A_bad_outcome_is_a_400_naming_the_field(string body, string field)
    {
        var response = await plans.PartnershipOfficer().PostAsync("/api/plans/outcomes", Json(body));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
    }

    [Fact]
    public async Task Only_officers_and_analysts_define_the_framework()
    {
        var outcome = await plans.DefineOutcomeAsync();
        var measure = new { name = "Scrutiny's measure", unit = "count", direction = "up", source = "x" };

        var asScrutiny = await plans.Scrutiny().PostAsJsonAsync("/api/plans/outcomes", new { number = 31, title = "Not allowed" });
        var asLead = await plans.Client(Roles.DeliveryLead).PostAsJsonAsync($"/api/plans/outcomes/{outcome.Id}/measures", measure);
        var anonymous = await plans.ClientWithToken(null).GetAsync("/api/plans/measures");

        await asScrutiny.ReadProblemAsync(HttpStatusCode.Forbidden);
        await asLead.ReadProblemAsync(HttpStatusCode.Forbidden);
        await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_analyst_defines_a_measure_of_an_outcome_and_everyone_reads_it_with_its_version()
    {
        var outcome = await plans.DefineOutcomeAsync();

        var created = await plans.Analyst().PostAsJsonAsync($"/api/plans/outcomes/{outcome.Id}/measures", new
        {
            name = "Prevent referrals from education",
            unit = "count",
            direction = "neutral",
            source = "Prevent service",
            derivedFrom = "prevent-referrals:education",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var measure = (await created.Content.ReadFromJsonAsync<MeasureResponse>(TestJson.Options))!;
        var read = await plans.Scrutiny().GetAsync($"/api/plans/measures/{measure.Id}");
        var body = (await read.Content.ReadFromJsonAsync<MeasureResponse>(TestJson.Options))!;
        Assert.Equal(outcome.Id, body.OutcomeId);
        Assert.Equal(MeasureDirection.Neutral, body.Direction);
        Assert.Equal("prevent-referrals:education", body.DerivedFrom);
        Assert.Equal($"\"{body.Version}\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Measures_can_be_listed_for_one_outcome_page_by_page()
    {
        var outcome = await plans.DefineOutcomeAsync();
        var other = await plans.DefineOutcomeAsync();
        var first = await plans.DefineMeasureAsync(outcome.Id);
        var second = await plans.DefineMeasureAsync(outcome.Id);
        await plans.DefineMeasureAsync(other.Id);

        var page1 = await plans.Scrutiny().GetFromJsonAsync<Page<MeasureResponse>>($"/api/plans/measures?outcomeId={outcome.Id}&limit=1", TestJson.Options);
        var page2 = await plans.Scrutiny().GetFromJsonAsync<Page<MeasureResponse>>(
            $"/api/plans/measures?outcomeId={outcome.Id}&limit=1&after={page1!.NextAfter}", TestJson.Options);

        Assert.Single(page1.Items);
        Assert.Single(page2!.Items);
        Assert.Equal(new[] { first.Id, second.Id }.Order(), page1.Items.Concat(page2.Items).Select(m => m.Id).Order());
        Assert.Null(page2.NextAfter);
    }

    [Theory]
    [InlineData("""{"name": "Arrests", "unit": "count", "direction": "sideways", "source": "x"}""", "direction")]
    [InlineData("""{"name": "Arrests", "unit": "count", "direction": "up", "source": "x", "derivedFrom": "arrests"}""", "derivedFrom")]
    [InlineData("""{"name": "Arrests", "unit": "Per Cent!", "direction": "up", "source": "x"}""", "unit")]
    [InlineData("""{"name": "Arrests", "unit": "count", "source": "x"}""", "direction")]
    [InlineData("""{"unit": "count", "direction": "up", "source": "x"}""", "name")]
    public async Task A_bad_measure_is_a_400_naming_the_field_and_nothing_is_defined(string body, string field)
    {
        var outcome = await plans.DefineOutcomeAsync();

        var response = await plans.Analyst().PostAsync($"/api/plans/outcomes/{outcome.Id}/measures", Json(body));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem}");
        var page = await plans.Scrutiny().GetFromJsonAsync<Page<MeasureResponse>>($"/api/plans/measures?outcomeId={outcome.Id}", TestJson.Options);
        Assert.Empty(page!.Items);
    }

    [Fact]
    public async Task A_measure_of_an_unknown_outcome_or_an_unknown_measure_is_a_404()
    {
        var define = await plans.Analyst().PostAsJsonAsync(
            $"/api/plans/outcomes/{Guid.NewGuid()}/measures", new { name = "Orphan", unit = "count", direction = "up", source = "x" });
        var read = await plans.Scrutiny().GetAsync($"/api/plans/measures/{Guid.NewGuid()}");

        Assert.Equal("outcome-not-found", (await define.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
        Assert.Equal("measure-not-found", (await read.ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task An_outcome_cannot_have_two_measures_of_the_same_name()
    {
        var outcome = await plans.DefineOutcomeAsync();
        await plans.DefineMeasureAsync(outcome.Id, name: "Hate crimes reported");

        var again = await plans.Analyst().PostAsJsonAsync(
            $"/api/plans/outcomes/{outcome.Id}/measures", new { name = "Hate crimes reported", unit = "count", direction = "up", source = "x" });

        Assert.Equal("measure-name-taken", (await again.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_revision_made_against_an_old_version_is_refused_with_the_current_version_and_changes_nothing()
    {
        var outcome = await plans.DefineOutcomeAsync();
        var measure = await plans.DefineMeasureAsync(outcome.Id, name: "Knife crime offences");
        var staleTag = $"\"{measure.Version}\"";
        var first = await Revise(measure.Id, staleTag, "Knife crime offences (police recorded)");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var current = (await first.Content.ReadFromJsonAsync<MeasureResponse>(TestJson.Options))!;
        Assert.Equal($"\"{current.Version}\"", first.Headers.ETag?.Tag);

        var stale = await Revise(measure.Id, staleTag, "Someone else's name");

        var problem = await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
        Assert.Equal(current.Version, problem.GetProperty("currentVersion").GetUInt32());
        var now = await plans.Scrutiny().GetFromJsonAsync<MeasureResponse>($"/api/plans/measures/{measure.Id}", TestJson.Options);
        Assert.Equal("Knife crime offences (police recorded)", now!.Name);
    }

    [Fact]
    public async Task A_measure_with_readings_cannot_switch_to_being_derived()
    {
        var outcome = await plans.DefineOutcomeAsync();
        var measure = await plans.DefineMeasureAsync(outcome.Id);
        await plans.EnterReadingAsync(measure.Id, "2025-Q1", "county", 3);

        var response = await plans.Analyst().PutAsJsonAsync($"/api/plans/measures/{measure.Id}", new
        {
            name = measure.Name, unit = measure.Unit, direction = "down", source = measure.Source, derivedFrom = "trigger-applications",
        });

        Assert.Equal("measure-has-readings", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("rule").GetString());
        var now = await plans.Scrutiny().GetFromJsonAsync<MeasureResponse>($"/api/plans/measures/{measure.Id}", TestJson.Options);
        Assert.Null(now!.DerivedFrom);
    }

    [Fact]
    public async Task Defining_and_revising_a_measure_is_in_the_audit_log()
    {
        var outcome = await plans.DefineOutcomeAsync();
        var measure = await plans.DefineMeasureAsync(outcome.Id);
        (await Revise(measure.Id, null, "Audited name")).EnsureSuccessStatusCode();

        var audit = await plans.PartnershipOfficer().GetStringAsync($"/api/plans/audit?subjectId={measure.Id}");

        Assert.Contains("measure-defined", audit, StringComparison.Ordinal);
        Assert.Contains("measure-revised", audit, StringComparison.Ordinal);
        Assert.Contains("Audited name", audit, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Revise(Guid id, string? ifMatch, string name)
    {
        var client = plans.PartnershipOfficer();
        if (ifMatch is not null)
        {
            client.DefaultRequestHeaders.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return client.PutAsJsonAsync($"/api/plans/measures/{id}", new
        {
            name, unit = "count", direction = "down", source = "Norfolk Constabulary crime recording",
        });
    }
}
