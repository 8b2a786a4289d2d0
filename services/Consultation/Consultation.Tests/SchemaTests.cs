using Consultation.Tests.Infrastructure;
using Platform.ServiceDefaults.Data;

namespace Consultation.Tests;

public class SchemaTests(ConsultationApiFactory consultation) : IClassFixture<ConsultationApiFactory>
{
    [Fact]
    public async Task The_migrated_database_matches_the_EF_model()
    {
        _ = consultation.Server; // starting the host applies the migrations
        await using var db = consultation.NewDbContext();

        Assert.Empty(await SchemaVerifier.FindDifferencesAsync(db));
    }
}
