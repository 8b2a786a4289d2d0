using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// The AMQP door to <see cref="ReferralIntake"/>: turns one raw JSON message from <see cref="AmqpReferralListener"/>
/// into a referral through the same intake as the HTTP door, keyed by the partner's referral reference. Whatever cannot become a referral is stored as a <see cref="RejectedReferral"/>
/// with the reason; only a failure to store anything (database down) is left for the broker to redeliver.
/// </summary>
public sealed partial class PartnerMessageDoor(
    ReferralIntake intake, PreventDbContext db, TimeProvider clock, IOptions<JsonOptions> json, ILogger<PartnerMessageDoor> logger)
{
    public async Task HandleAsync(string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        PartnerReferralMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<PartnerReferralMessage>(body, json.Value.SerializerOptions);
        }
        catch (JsonException e)
        {
            await RejectAsync(body, NotAReferral(e), cancellationToken);
            return;
        }

        if (message is null)
        {
            await RejectAsync(body, "The message is empty (null).", cancellationToken);
            return;
        }

        if (Problems(message) is { Count: > 0 } problems)
        {
            await RejectAsync(body, string.Join(" ", problems), cancellationToken);
            return;
        }

        var key = Submission.PartnerReferencePrefix + message.ReferralReference;
        switch (await intake.ReceiveAsync(message.ToRequest(), message.PartnerAgency, key, cancellationToken))
        {
            case IntakeResult.Invalid invalid:
                await RejectAsync(body, string.Join(" ", invalid.Problems.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}")), cancellationToken);
                break;
            case IntakeResult.KeyReused:
                await RejectAsync(body, "This referral reference was already used for a different referral.", cancellationToken);
                break;
        }
    }

    /// <summary>Where reading stopped, in the partner's terms (System.Text.Json's own message names this service's types).</summary>
    private static string NotAReferral(JsonException e) => (e.Path, e.LineNumber, e.BytePositionInLine) switch
    {
        ({ Length: > 2 } path, _, _) => $"Not a referral message: the value of {path[2..]} could not be read; see the partner referral JSON Schema.",
        (_, { } line, { } position) => $"Not a referral message: not valid JSON (line {line + 1}, byte {position + 1}).",
        _ => "Not a referral message: not valid JSON.",
    };

    private static List<string> Problems(PartnerReferralMessage message)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(message, new ValidationContext(message), results, validateAllProperties: true);
        if (message.Person is { } person)
        {
            Validator.TryValidateObject(person, new ValidationContext(person), results, validateAllProperties: true);
        }

        return [.. results.Select(r => $"{string.Join(", ", r.MemberNames)}: {r.ErrorMessage}")];
    }

    private async Task RejectAsync(string body, string reason, CancellationToken cancellationToken)
    {
        var (agency, reference) = Identify(body);
        var rejected = RejectedReferral.Of(body, reason, agency, reference, clock.GetUtcNow());
        db.ChangeTracker.Clear();
        db.RejectedReferrals.Add(rejected);
        await db.SaveChangesAsync(cancellationToken);
        LogRejected(logger, rejected.Id, agency, reference);
    }

    /// <summary>Whatever the message says about its sender, read leniently: it may be otherwise broken.</summary>
    private static (string? Agency, string? Reference) Identify(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (Text(document.RootElement, "partnerAgency"), Text(document.RootElement, "referralReference"))
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?[..Math.Min(value.GetString()!.Length, 200)] : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partner referral rejected as {RejectedId} (partner {PartnerAgency}, reference {ReferralReference})")]
    private static partial void LogRejected(ILogger logger, Guid rejectedId, string? partnerAgency, string? referralReference);
}
