using Platform.ServiceDefaults.Data;
using Reviews.Tests.Infrastructure;

namespace Reviews.Tests;

public class SchemaTests(ReviewsApiFactory reviews) : IClassFixture<ReviewsApiFactory>
{
    [Fact]
    public async Task The_migrated_database_matches_the_EF_model()
    {
        _ = reviews.Server; // starting the host applies the migrations
        await using var db = reviews.NewDbContext();

        var differences = await SchemaVerifier.FindDifferencesAsync(db);

        Assert.Empty(differences);
    }
}
