using System.Net.Http.Json;
using Funding.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Funding.Tests.Reference;

public sealed class SeededFundingApiFactory : FundingApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Funding:SeedReferenceData", "true");
    }
}

/// <summary>On first start the fund of the seeds and seed 004's projects are there, once, however often the service starts.</summary>
public class ReferenceDataSeedTests(SeededFundingApiFactory funding) : IClassFixture<SeededFundingApiFactory>
{
    [Fact]
    public async Task The_Community_Safety_Fund_2025_28_is_500k_from_the_OPCC_over_three_years_with_a_round_open_to_all_seven_districts()
    {
        var funds = await funding.GrantsOfficer().GetAsync("/api/funding/funds").OkJsonAsync();
        var fund = funds.EnumerateArray().Single(f => f.GetProperty("code").GetString() == "community-safety-fund-2025-28");

        Assert.Equal(("2025/26", "2027/28"), (fund.GetProperty("firstYear").GetString(), fund.GetProperty("lastYear").GetString()));
        var line = Assert.Single(fund.GetProperty("budget").EnumerateArray());
        Assert.Equal(("whole-life", 500_000m), (line.GetProperty("period").GetString(), line.GetProperty("budget").GetDecimal()));
        Assert.Equal("norfolk-opcc", Assert.Single(fund.GetProperty("contributions").EnumerateArray()).GetProperty("funder").GetString());
        var rounds = await funding.GrantsOfficer().GetAsync($"/api/funding/rounds?fundId={fund.GetProperty("id").GetGuid()}").OkJsonAsync();
        Assert.Equal(7, Assert.Single(rounds.EnumerateArray()).GetProperty("districts").GetArrayLength());
    }

    [Fact]
    public async Task Seed_004_projects_are_published_historic_awards_with_their_impact_and_added_value()
    {
        var funds = await funding.GrantsOfficer().GetAsync("/api/funding/funds").OkJsonAsync();
        var fundId = funds.EnumerateArray().Single(f => f.GetProperty("code").GetString() == "community-safety-fund-2012-15").GetProperty("id").GetGuid();

        var ledger = await funding.Scrutiny().GetAsync($"/api/funding/funds/{fundId}/ledger").OkJsonAsync();
        var year = ledger.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == "2012/13");
        Assert.Equal((640_000m, 637_000m, 637_000m), (year.GetProperty("budget").GetDecimal(), year.GetProperty("committed").GetDecimal(), year.GetProperty("paid").GetDecimal()));
        Assert.Equal(6, ledger.GetProperty("priorities").GetArrayLength());

        var grants = await funding.Scrutiny().GetAsync($"/api/funding/grants?fundId={fundId}").OkJsonAsync();
        var daat = grants.GetProperty("items").EnumerateArray().Single(g => g.GetProperty("projectTitle").GetString() == "Contribution to DAAT");
        Assert.Equal(45_000m, daat.GetProperty("amount").GetDecimal());
        Assert.Contains("not possible to assess", daat.GetProperty("outcome").GetProperty("impact").GetString(), StringComparison.Ordinal);

        var published = await funding.Anonymous().GetFromJsonAsync<PackageRow>("/api/funding/publication/360giving.json");
        Assert.Equal(7, published!.Grants.Count(g => g.Title is not null && g.AmountAwarded > 0));
    }

    [Fact]
    public async Task A_second_replica_starting_on_the_same_database_seeds_nothing_twice()
    {
        await using var second = funding.WithWebHostBuilder(_ => { });
        _ = second.Server;
        await using var db = funding.NewDbContext();

        Assert.Equal(2, db.Funds.Count());
        Assert.Equal(7, db.Grants.Count(g => g.ApplicationId == null));
    }

    private sealed record PackageRow(List<GrantRow> Grants);

    private sealed record GrantRow(string? Title, decimal AmountAwarded);
}
