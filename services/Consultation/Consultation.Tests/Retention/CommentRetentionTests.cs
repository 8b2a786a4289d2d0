using System.Net;
using System.Net.Http.Json;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Consultation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using static Consultation.Tests.Infrastructure.ConsultationRequests;

namespace Consultation.Tests.Retention;

/// <summary>
/// Respondents' own words go a year after the results are published, once, audited by count; a consultation whose
/// results are not yet published keeps them, and the published results stay as they were.
/// </summary>
public class CommentRetentionTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    private static readonly DateOnly OpensOn = new(2024, 9, 2);

    [Fact]
    public async Task Comment_text_goes_a_year_after_publication_and_an_unpublished_consultation_keeps_it()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var officer = consultation.Officer();
        var published = await CreateOpenAsync(officer, OpensOn);
        var unpublished = await CreateOpenAsync(officer, OpensOn);
        await consultation.Public().CommentAsync(published, "I live at 4 Acacia Road and nobody told me");
        await consultation.Public().CommentAsync(unpublished, "I live at 9 Laurel Close and nobody told me");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/consultation/consultations/{published}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/consultation/consultations/{published}/publish-results", new
        {
            summary = "You told us nobody explains how to report.",
            themeResponses = Array.Empty<object>(),
            planChanges = Array.Empty<string>(),
        })).StatusCode);
        var resultsBefore = await ResultsAsync(officer, published);

        consultation.Clock.Now = ConsultationApiFactory.DefaultNow.AddYears(1).AddDays(-1);
        var early = await consultation.RunRetentionAsync<ConsultationDbContext>();
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow.AddYears(1).AddDays(1);
        var due = await consultation.RunRetentionAsync<ConsultationDbContext>();
        var again = await consultation.RunRetentionAsync<ConsultationDbContext>();
        var resultsAfter = await ResultsAsync(officer, published);
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;

        Assert.Equal((0, 1, 0), (early["consultation-comment-text"], due["consultation-comment-text"], again["consultation-comment-text"]));
        await using var db = consultation.NewDbContext();
        Assert.Equal([Comment.Removed], await db.Comments.Where(c => c.ConsultationId == published).Select(c => c.Text).ToListAsync());
        Assert.Equal(["I live at 9 Laurel Close and nobody told me"], await db.Comments.Where(c => c.ConsultationId == unpublished).Select(c => c.Text).ToListAsync());
        Assert.Equal(resultsBefore.GetProperty("respondents").GetInt32(), resultsAfter.GetProperty("respondents").GetInt32());
        var audit = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "retention-applied");
        Assert.Equal(("retention", "consultation-comment-text"), (audit.SubjectType, audit.SubjectId));
        Assert.DoesNotContain("Acacia", audit.After, StringComparison.Ordinal);
    }
}
