using CommunityTrigger.Tests.Infrastructure;
using Platform.ServiceDefaults.Data;

namespace CommunityTrigger.Tests;

public class SchemaTests(CommunityTriggerApiFactory trigger) : IClassFixture<CommunityTriggerApiFactory>
{
    [Fact]
    public async Task The_migrated_database_matches_the_EF_model()
    {
        _ = trigger.Server; // starting the host applies the migrations
        await using var db = trigger.NewDbContext();

        var differences = await SchemaVerifier.FindDifferencesAsync(db);

        Assert.Empty(differences);
    }
}
