using Funding.Tests.Infrastructure;
using Platform.ServiceDefaults.Data;

namespace Funding.Tests;

public class SchemaTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    [Fact]
    public async Task The_migrated_database_matches_the_EF_model()
    {
        _ = funding.Server; // starting the host applies the migrations
        await using var db = funding.NewDbContext();

        Assert.Empty(await SchemaVerifier.FindDifferencesAsync(db));
    }
}
