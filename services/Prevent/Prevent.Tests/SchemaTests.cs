using Prevent.Tests.Infrastructure;
using Platform.ServiceDefaults.Data;

namespace Prevent.Tests;

public class SchemaTests(PreventApiFactory prevent) : IClassFixture<PreventApiFactory>
{
    [Fact]
    public async Task The_migrated_database_matches_the_EF_model()
    {
        _ = prevent.Server; // starting the host applies the migrations
        await using var db = prevent.NewDbContext();

        var differences = await SchemaVerifier.FindDifferencesAsync(db);

        Assert.Empty(differences);
    }
}
