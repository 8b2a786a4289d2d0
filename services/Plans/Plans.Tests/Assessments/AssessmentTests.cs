using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Assessments;
using Plans.Api.Assessments.ListAssessments;
using Plans.Api.Domain;
using Plans.Tests.Infrastructure;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;

namespace Plans.Tests.Assessments;

public class AssessmentTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    private static object Assessment(int year, string summary = "Violence, drugs and fraud remain the main threats.") => new
    {
        year,
        summary,
        keyRisks = new[]
        {
            new { risk = "High-potency synthetic opioids (nitazenes)", deliveryLead = "Norfolk Drug and Alcohol Partnership" },
            new { risk = "Fraud against older residents", deliveryLead = "Norfolk Against Scams Partnership" },
        },
    };

    private async Task<HttpResponseMessage> RecordAsync(int year) =>
        await plans.PartnershipOfficer().PostAsJsonAsync("/api/plans/assessments", Assessment(year));

    [Fact]
    public async Task A_recorded_assessment_can_be_read_by_year_by_anyone_signed_in_and_is_audited()
    {
        var created = await RecordAsync(2024);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/plans/assessments/2024", created.Headers.Location?.ToString());

        var scrutiny = plans.Scrutiny();
        var response = await scrutiny.GetAsync("/api/plans/assessments/2024");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var assessment = (await response.Content.ReadFromJsonAsync<AssessmentResponse>(TestJson.Options))!;
        Assert.Equal(2024, assessment.Year);
        Assert.Equal(
            [new KeyRisk("High-potency synthetic opioids (nitazenes)", "Norfolk Drug and Alcohol Partnership"),
             new KeyRisk("Fraud against older residents", "Norfolk Against Scams Partnership")],
            assessment.KeyRisks);
        Assert.Equal($"\"{assessment.Version}\"", response.Headers.ETag?.ToString());

        await using var db = plans.NewDbContext();
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.SubjectId == assessment.Id.ToString()).Select(e => e.Action).ToListAsync();
        Assert.Equal(["assessment-recorded"], audit);
    }

    [Fact]
    public async Task A_second_assessment_for_the_same_year_is_a_409_and_the_first_is_unchanged()
    {
        await RecordAsync(2019);

        var second = await plans.PartnershipOfficer().PostAsJsonAsync("/api/plans/assessments", Assessment(2019, "Another summary altogether."));

        var problem = await second.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("assessment-exists", problem.GetProperty("rule").GetString());
        await using var db = plans.NewDbContext();
        var stored = await db.StrategicAssessments.AsNoTracking().Where(a => a.Year == 2019).ToListAsync();
        Assert.Equal("Violence, drugs and fraud remain the main threats.", Assert.Single(stored).Summary);
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "no key risks", """{"year": 2030, "summary": "A summary of the year.", "keyRisks": []}""", "keyRisks" },
        { "key risk without its lead", """{"year": 2030, "summary": "A summary of the year.", "keyRisks": [{"risk": "Fraud"}]}""", "keyRisks[0].deliveryLead" },
        { "year out of range", """{"year": 1066, "summary": "A summary of the year.", "keyRisks": [{"risk": "Fraud", "deliveryLead": "NASP"}]}""", "year" },
        { "missing summary", """{"year": 2030, "keyRisks": [{"risk": "Fraud", "deliveryLead": "NASP"}]}""", "summary" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_assessment_is_a_400_naming_the_field_and_writes_nothing(string why, string body, string field)
    {
        var response = await plans.PartnershipOfficer().PostAsync(
            "/api/plans/assessments", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{why}: errors should name '{field}': {problem}");
        await using var db = plans.NewDbContext();
        Assert.False(await db.StrategicAssessments.AnyAsync(a => a.Year == 2030 || a.Year == 1066));
    }

    [Fact]
    public async Task Only_partnership_officers_record_assessments()
    {
        var analyst = plans.Analyst();

        var response = await analyst.PostAsJsonAsync("/api/plans/assessments", Assessment(2031));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var anonymous = await plans.ClientWithToken(null).GetAsync("/api/plans/assessments");
        await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_revision_with_the_current_ETag_is_saved_and_one_with_a_stale_ETag_is_a_409_with_the_current_version()
    {
        await RecordAsync(2023);
        var officer = plans.PartnershipOfficer();
        var read = await officer.GetAsync("/api/plans/assessments/2023");
        var etag = read.Headers.ETag!.ToString();
        var revision = new { summary = "Revised after the partnership workshop.", keyRisks = new[] { new { risk = "Water safety", deliveryLead = "Norfolk Water Safety Forum" } } };

        var first = await PutAsync(officer, 2023, revision, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var revised = (await first.Content.ReadFromJsonAsync<AssessmentResponse>(TestJson.Options))!;
        Assert.Equal("Revised after the partnership workshop.", revised.Summary);
        Assert.NotEqual(etag, first.Headers.ETag!.ToString());

        var stale = await PutAsync(officer, 2023, new { summary = "Someone else's older edit.", revision.keyRisks }, etag);

        var problem = await stale.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("stale-version", problem.GetProperty("rule").GetString());
        Assert.Equal(revised.Version, problem.GetProperty("currentVersion").GetUInt32());
        var current = await officer.GetFromJsonAsync<AssessmentResponse>("/api/plans/assessments/2023", TestJson.Options);
        Assert.Equal("Revised after the partnership workshop.", current!.Summary);
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"99999999999\"")]
    public async Task An_If_Match_that_is_no_ETag_is_a_400_naming_the_header_and_changes_nothing(string ifMatch)
    {
        await RecordAsync(2021);
        var officer = plans.PartnershipOfficer();

        var response = await PutAsync(officer, 2021, new { summary = "Not saved.", keyRisks = new[] { new { risk = "Fraud", deliveryLead = "NASP" } } }, ifMatch);

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ifMatch", out _), problem.ToString());
        var current = await officer.GetFromJsonAsync<AssessmentResponse>("/api/plans/assessments/2021", TestJson.Options);
        Assert.NotEqual("Not saved.", current!.Summary);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10000)]
    public async Task Compiling_crime_evidence_for_a_year_no_assessment_can_have_is_a_400_naming_the_year(int year)
    {
        var response = await plans.Analyst().PostAsync(
            $"/api/plans/assessments/{year}/crime-evidence", new StringContent("null", Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("year", out _), problem.ToString());
    }

    [Fact]
    public async Task An_unknown_year_is_a_404_problem()
    {
        var response = await plans.PartnershipOfficer().GetAsync("/api/plans/assessments/2099");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("assessment-not-found", problem.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Listing_pages_through_the_years_most_recent_first()
    {
        foreach (var year in new[] { 2010, 2011, 2012 })
        {
            await RecordAsync(year);
        }

        var officer = plans.PartnershipOfficer();
        var seen = new List<int>();
        int? before = null;
        do
        {
            var page = await officer.GetFromJsonAsync<AssessmentPage>(
                $"/api/plans/assessments?limit=2{(before is null ? "" : $"&before={before}")}", TestJson.Options);
            seen.AddRange(page!.Items.Select(a => a.Year));
            before = page.NextBefore;
        }
        while (before is not null);

        Assert.Equal(seen.OrderDescending().ToList(), seen);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Subset(seen.ToHashSet(), new HashSet<int> { 2010, 2011, 2012 });
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, int year, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/plans/assessments/{year}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
