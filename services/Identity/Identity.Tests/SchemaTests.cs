using Identity.Tests.Infrastructure;
using Platform.ServiceDefaults.Data;

namespace Identity.Tests;

public class SchemaTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task The_migrated_database_matches_the_EF_model()
    {
        await using var db = identity.NewDbContext();
        _ = identity.Server; // starting the host applies the migrations

        var differences = await SchemaVerifier.FindDifferencesAsync(db);

        Assert.Empty(differences);
    }
}
