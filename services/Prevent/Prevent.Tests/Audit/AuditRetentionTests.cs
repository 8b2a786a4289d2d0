using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Prevent.Api.Data;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Audit;

/// <summary>
/// The audit log keeps its entries seven years, then drops them a whole month at a time: the month that has ended
/// goes, the month still partly within the period stays, and the drop is audited by months and count, never content.
/// </summary>
public class AuditRetentionTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    private static readonly DateTimeOffset July = PreventApiFactory.DefaultNow; // 15 July 2025
    private static readonly DateTimeOffset August = new(2025, 8, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AugustBegins = new(2025, 8, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_month_of_entries_is_dropped_whole_once_it_ended_seven_years_ago_and_the_next_month_is_kept()
    {
        prevent.Clock.Now = July;
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(name: "Alex Audited"));
        prevent.Clock.Now = August;
        (await prevent.PreventLead().GetAsync($"/api/prevent/referrals/{referral.Id}")).EnsureSuccessStatusCode();
        await RunAsync(); // files the entries written before their months' partitions were added
        var julyEntries = await EntriesAsync(e => e.OccurredAt < AugustBegins);

        prevent.Clock.Now = July.AddYears(7); // the cutoff (seven times 365 days back) is 17 July 2025: July not yet over
        var early = await RunAsync();
        prevent.Clock.Now = July.AddYears(7).AddMonths(1); // the cutoff is 17 August 2025: July is over, August is not
        var due = await RunAsync();
        var again = await RunAsync();

        Assert.True(julyEntries > 0);
        Assert.Equal((0, julyEntries, 0), (early[AuditLogRetention.Name], due[AuditLogRetention.Name], again[AuditLogRetention.Name]));
        Assert.Equal(0, await EntriesAsync(e => e.OccurredAt < AugustBegins));
        Assert.Equal(1, await EntriesAsync(e => e.OccurredAt == August && e.Action == "referral-viewed"));
        await using var db = prevent.NewDbContext();
        var partitions = await db.Database
            .SqlQuery<string>($"SELECT coalesce(to_regclass('audit_log_2025_07')::text, 'dropped') || ', ' || to_regclass('audit_log_2025_08')::text AS \"Value\"")
            .SingleAsync();
        Assert.Equal("dropped, audit_log_2025_08", partitions);
        var drop = await db.Set<AuditEntry>().SingleAsync(e => e.Action == "retention-applied" && e.SubjectId == AuditLogRetention.Name);
        Assert.Matches($"\"records\":\\s*{julyEntries}\\b", drop.After);
        Assert.Matches("\"periods\":\\s*\\[\"2025-07\"\\]", drop.After);
        Assert.DoesNotContain(referral.Id.ToString(), drop.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", drop.After, StringComparison.Ordinal);
        prevent.Clock.Now = PreventApiFactory.DefaultNow;
    }

    private Task<IReadOnlyDictionary<string, int>> RunAsync() => prevent.RunRetentionAsync<PreventDbContext>();

    private async Task<int> EntriesAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> which)
    {
        await using var db = prevent.NewDbContext();
        return await db.Set<AuditEntry>().CountAsync(which);
    }
}
