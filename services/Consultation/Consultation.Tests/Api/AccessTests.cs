using System.Net;
using System.Net.Http.Json;
using Consultation.Tests.Infrastructure;
using Platform.Contracts;
using static Consultation.Tests.Infrastructure.ConsultationRequests;

namespace Consultation.Tests.Api;

/// <summary>Who may do what: officers design and enter, analysts code, owners' staff read unpublished results.</summary>
public class AccessTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    private static readonly DateOnly OpensOn = new(2024, 9, 2);

    [Fact]
    public async Task Only_consultation_officers_design_open_and_enter_responses()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var id = await CreateAsync(consultation.Officer(), OpensOn);
        var analyst = consultation.Analyst();
        var anonymous = consultation.Public();

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/consultation/consultations", Design(OpensOn), TestJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/consultation/consultations", Design(OpensOn), TestJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/consultation/consultations/{id}/open", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consultation.StaffOf(Agencies.Opcc).PostAsJsonAsync(
            $"/api/consultation/consultations/{id}/responses", new { channel = "paper", answers = new { } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consultation.StaffOf(Agencies.Opcc).PutAsJsonAsync(
            $"/api/consultation/consultations/{id}/code-frame", new { themes = new[] { new { code = "a", label = "A" } } })).StatusCode);
    }

    [Fact]
    public async Task Unpublished_results_are_for_the_team_analysts_and_the_owners_staff_only()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var id = await CreateOpenAsync(consultation.Officer(), OpensOn);

        Assert.Equal(HttpStatusCode.OK, (await consultation.Analyst().GetAsync($"/api/consultation/consultations/{id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await consultation.StaffOf(Agencies.CountyCouncil).GetAsync($"/api/consultation/consultations/{id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await consultation.StaffOf(Agencies.Constabulary).GetAsync($"/api/consultation/consultations/{id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await consultation.StaffOf(Agencies.Constabulary).GetAsync($"/api/consultation/consultations/{id}/themes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await consultation.StaffOf(Agencies.CountyCouncil).GetAsync($"/api/consultation/consultations/{id}/comments")).StatusCode);
    }
}
