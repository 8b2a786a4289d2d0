using System.Text.Json;
using Json.Schema;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// contracts/Prevent.Contracts/partner-referral.schema.json, embedded in this assembly: the schema partners read is
/// the rule the AMQP door applies, and each failure names the JSON pointer and the keyword that failed.
/// </summary>
public sealed class PartnerReferralSchema
{
    private const string ResourceName = "partner-referral.schema.json";

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly JsonSchema schema;

    /// <param name="schemaText">Built with a registry of its own: the library's global one refuses a second schema with the same $id.</param>
    public PartnerReferralSchema(string schemaText) =>
        schema = JsonSchema.FromText(schemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    public static PartnerReferralSchema Published()
    {
        using var stream = typeof(PartnerReferralSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {typeof(PartnerReferralSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return new PartnerReferralSchema(reader.ReadToEnd());
    }

    /// <summary>Each failure as "pointer: keyword: message", the root as "/"; empty when the message is valid.</summary>
    public IReadOnlyList<string> Failures(JsonElement message)
    {
        var results = schema.Evaluate(message, Options);
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error =>
                $"{(detail.InstanceLocation.ToString() is { Length: > 0 } pointer ? pointer : "/")}: {error.Key}: {error.Value}"))
            .Distinct(StringComparer.Ordinal)];
    }
}
