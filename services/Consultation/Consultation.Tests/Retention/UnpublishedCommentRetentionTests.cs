using System.Net;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Consultation.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using static Consultation.Tests.Infrastructure.ConsultationRequests;

namespace Consultation.Tests.Retention;

/// <summary>
/// A consultation whose results are never published does not keep respondents' words for ever: they go two years after
/// it closed, or after its closing date when nobody closed it, once, audited by count.
/// </summary>
public class UnpublishedCommentRetentionTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    private const string Rule = "consultation-comment-text-unpublished";
    private static readonly DateOnly OpensOn = new(2024, 9, 2);
    private static readonly DateTimeOffset ClosedAt = ConsultationApiFactory.DefaultNow; // 2 September 2024
    private static readonly DateTimeOffset ClosingDate = new(2024, 10, 28, 23, 0, 0, TimeSpan.Zero); // eight weeks after opening

    [Fact]
    public async Task Comment_text_goes_two_years_after_closing_when_results_never_came()
    {
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;
        var officer = consultation.Officer();
        var closed = await CreateOpenAsync(officer, OpensOn);
        var neverClosed = await CreateOpenAsync(officer, OpensOn);
        await consultation.Public().CommentAsync(closed, "I live at 4 Acacia Road and nobody told me");
        await consultation.Public().CommentAsync(neverClosed, "I live at 9 Laurel Close and nobody told me");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/consultation/consultations/{closed}/close", null)).StatusCode);

        consultation.Clock.Now = ClosedAt.AddYears(2).AddDays(-1);
        var early = await RunAsync();
        consultation.Clock.Now = ClosedAt.AddYears(2).AddDays(2);
        var closedDue = await RunAsync();
        var neverClosedText = await TextsAsync(neverClosed);
        consultation.Clock.Now = ClosingDate.AddYears(2).AddDays(2);
        var closingDateDue = await RunAsync();
        var again = await RunAsync();
        consultation.Clock.Now = ConsultationApiFactory.DefaultNow;

        Assert.Equal((0, 1, 1, 0), (early[Rule], closedDue[Rule], closingDateDue[Rule], again[Rule]));
        Assert.Equal(["I live at 9 Laurel Close and nobody told me"], neverClosedText);
        Assert.Equal([Comment.Removed], await TextsAsync(closed));
        Assert.Equal([Comment.Removed], await TextsAsync(neverClosed));
        await using var db = consultation.NewDbContext();
        var audits = await db.Set<AuditEntry>().Where(e => e.Action == "retention-applied" && e.SubjectId == Rule).ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.All(audits, audit => Assert.DoesNotContain("Acacia", audit.After, StringComparison.Ordinal));
    }

    private Task<IReadOnlyDictionary<string, int>> RunAsync() => consultation.RunRetentionAsync<ConsultationDbContext>();

    private async Task<List<string>> TextsAsync(Guid id)
    {
        await using var db = consultation.NewDbContext();
        return await db.Comments.Where(c => c.ConsultationId == id).Select(c => c.Text).ToListAsync();
    }
}
