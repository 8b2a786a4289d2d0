using Plans.Tests.Infrastructure;
using Platform.ServiceDefaults.Data;

namespace Plans.Tests;

public class SchemaTests(PlansApiFactory plans) : IClassFixture<PlansApiFactory>
{
    [Fact]
    public async Task The_migrated_database_matches_the_EF_model()
    {
        _ = plans.Server; // starting the host applies the migrations
        await using var db = plans.NewDbContext();

        var differences = await SchemaVerifier.FindDifferencesAsync(db);

        Assert.Empty(differences);
    }
}
