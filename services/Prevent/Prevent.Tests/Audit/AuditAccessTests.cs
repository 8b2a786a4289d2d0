using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.Testing;
using Prevent.Tests.Infrastructure;
using static Prevent.Tests.Infrastructure.PreventRequests;

namespace Prevent.Tests.Audit;

/// <summary>Prevent's audit log is read by its owners only, every read is itself audited, and no entry can be changed.</summary>
public class AuditAccessTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    private static async Task<AuditPage> AuditAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<AuditPage>($"/api/prevent/audit?{query}", TestJson.Options))!;

    [Fact]
    public async Task A_case_s_entries_are_read_by_its_council_s_Prevent_lead_not_by_another_council_ops_or_the_partnership_team()
    {
        var referral = await prevent.PartnerSystem().SubmittedAsync(Referral(Districts.Norwich));
        (await prevent.PreventLead().GetAsync($"/api/prevent/referrals/{referral.Id}")).EnsureSuccessStatusCode();

        var norwich = await AuditAsync(prevent.PreventLead(), $"subjectId={referral.Id}");
        var breckland = await AuditAsync(prevent.PreventLead(Agencies.BrecklandCouncil), $"subjectId={referral.Id}");
        var ops = await AuditAsync(prevent.As(Agencies.Opcc, Roles.Ops), $"subjectId={referral.Id}");
        var partnershipOfficer = await prevent.As(Agencies.Opcc, Roles.PartnershipOfficer).GetAsync("/api/prevent/audit");
        var panelMember = await prevent.PanelMember().GetAsync("/api/prevent/audit");

        // The submission (by the partner system) and the lead's read are both the council's to see.
        Assert.Contains(norwich.Entries, e => e.Action == "referral-viewed");
        Assert.Contains(norwich.Entries, e => e.Agency == PreventApiFactory.PartnerAgency);
        Assert.Empty(breckland.Entries);
        Assert.Empty(ops.Entries);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (partnershipOfficer.StatusCode, panelMember.StatusCode));
    }

    [Fact]
    public async Task Every_read_of_the_audit_log_is_itself_audited_and_ops_see_those_entries()
    {
        await AuditAsync(prevent.PreventLead(Agencies.BrecklandCouncil), "subjectType=Referral");

        var reads = await AuditAsync(prevent.As(Agencies.Opcc, Roles.Ops), "subjectType=audit-log");

        var read = Assert.Single(reads.Entries, e => e.Agency == Agencies.BrecklandCouncil);
        Assert.Equal("audit-log-read", read.Action);
        Assert.Contains("Referral", read.After, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET action = 'rewritten'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    public async Task The_log_is_append_only_even_for_the_database_owner(string statement)
    {
        await prevent.PartnerSystem().SubmittedAsync(Referral(Districts.Norwich));
        await using var db = prevent.NewDbContext();
        var before = await db.Set<AuditEntry>().CountAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync(statement));

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        Assert.Equal(before, await db.Set<AuditEntry>().CountAsync());
    }
}
