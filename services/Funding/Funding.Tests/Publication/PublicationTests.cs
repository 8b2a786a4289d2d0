using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Funding.Tests.Infrastructure;
using Json.Schema;

namespace Funding.Tests.Publication;

/// <summary>Accepted grants are published in the 360Giving Data Standard, to anyone, without applicants' contact details.</summary>
public class PublicationTests(FundingApiFactory funding) : IClassFixture<FundingApiFactory>
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(
        Path.Combine(RepositoryRoot.FullPath, "services", "Funding", "Funding.Api", "Publication", "360-giving-package.schema.json"));

    [Fact]
    public async Task An_accepted_grant_is_published_as_valid_360Giving_json_and_csv_to_the_public_without_contact_data()
    {
        var (_, roundId, priorityId) = await funding.OpenRoundAsync();
        var applicationId = await funding.AssessedApplicationAsync(roundId, priorityId, 12_000m);
        var grantId = (await funding.GrantsOfficer().DecideAsync(applicationId, "award").OkJsonAsync()).GetProperty("grantId").GetGuid();
        var before = await funding.Anonymous().GetStringAsync("/api/funding/publication/360giving.json");
        Assert.DoesNotContain(grantId.ToString(), before, StringComparison.Ordinal); // offered, not yet accepted
        await funding.Partner("norwich-youth-project", "applicant-1").PostAsync($"/api/funding/grants/{grantId}/acceptance", null).OkJsonAsync();

        var json = await funding.Anonymous().GetStringAsync("/api/funding/publication/360giving.json");
        var csv = await funding.Anonymous().GetStringAsync("/api/funding/publication/360giving.csv");

        var result = Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var grant = JsonDocument.Parse(json).RootElement.GetProperty("grants").EnumerateArray()
            .Single(g => g.GetProperty("id").GetString()!.EndsWith(grantId.ToString(), StringComparison.Ordinal));
        Assert.StartsWith("360G-", grant.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(12_000m, grant.GetProperty("amountAwarded").GetDecimal());
        Assert.Equal("GB-CHC-1234567", grant.GetProperty("recipientOrganization")[0].GetProperty("id").GetString());
        Assert.Equal("E07000148", grant.GetProperty("beneficiaryLocation")[0].GetProperty("geoCode").GetString());
        foreach (var personal in new[] { "Sam Applicant", "sam.applicant@example.org", "01603 000000" })
        {
            Assert.DoesNotContain(personal, json, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, csv, StringComparison.Ordinal);
        }

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Identifier,Title,Description,Currency,Amount Awarded,Award Date", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains(grantId.ToString(), StringComparison.Ordinal) && line.Contains(",12000.00,", StringComparison.Ordinal));
    }

    private static bool Valid(JsonNode package) => Schema.Evaluate(JsonSerializer.SerializeToElement(package)).IsValid;

    [Fact]
    public void The_schema_refuses_a_grant_without_the_standard_required_fields_or_with_a_contact()
    {
        var grant = new JsonObject
        {
            ["id"] = "360G-x-1", ["title"] = "t", ["description"] = "d", ["currency"] = "GBP", ["amountAwarded"] = 1, ["awardDate"] = "2025-06-01",
            ["recipientOrganization"] = new JsonArray(new JsonObject { ["id"] = "GB-CHC-1", ["name"] = "n" }),
            ["fundingOrganization"] = new JsonArray(new JsonObject { ["id"] = "GB-GOR-PC1", ["name"] = "f" }),
        };
        Assert.True(Valid(new JsonObject { ["grants"] = new JsonArray(grant.DeepClone()) }));

        var withoutTitle = grant.DeepClone().AsObject();
        withoutTitle.Remove("title");
        var withContact = grant.DeepClone().AsObject();
        withContact["recipientOrganization"]![0]!["email"] = "someone@example.org";
        var badId = grant.DeepClone().AsObject();
        badId["id"] = "grant-1";

        Assert.False(Valid(new JsonObject { ["grants"] = new JsonArray(withoutTitle) }));
        Assert.False(Valid(new JsonObject { ["grants"] = new JsonArray(withContact) }));
        Assert.False(Valid(new JsonObject { ["grants"] = new JsonArray(badId) }));
        Assert.False(Valid(new JsonObject { ["grants"] = new JsonArray() }));
    }
}
