using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Text;
using Prevent.Api.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// The AMQP door to <see cref="ReferralIntake"/>: turns one raw message from <see cref="AmqpReferralListener"/> into a
/// referral through the same intake as the HTTP door, keyed by the partner's referral reference. The message is read
/// in the order a partner's mistakes are most useful to learn of: size, UTF-8, JSON, the published JSON Schema (each
/// failure named by pointer and keyword), text PostgreSQL can store, who sent it, then the referral's own rules.
/// Whatever cannot become a referral is stored as a <see cref="RejectedReferral"/> with the reason; only a failure
/// to store anything (database down) is left to the listener.
/// </summary>
public sealed partial class PartnerMessageDoor(
    ReferralIntake intake, PreventDbContext db, PartnerReferralSchema schema, TimeProvider clock, IOptions<JsonOptions> json,
    IOptions<PartnerIntakeOptions> options, ILogger<PartnerMessageDoor> logger)
{
    public async Task HandleAsync(PartnerDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var body = new PartnerMessageBody(delivery.Body);
        if (delivery.Body.Length > options.Value.MaxBodyBytes)
        {
            await RejectAsync(delivery, $"Not a referral message: the body is {delivery.Body.Length} bytes, larger than the {options.Value.MaxBodyBytes} accepted.", cancellationToken);
            return;
        }

        if (!body.TryDecode(out var text, out var invalidAt))
        {
            await RejectAsync(delivery, $"Not a referral message: the body is not valid UTF-8 text (byte {invalidAt + 1}).", cancellationToken);
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            await RejectAsync(delivery, $"Not a referral message: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).", cancellationToken);
            return;
        }

        using (document)
        {
            await HandleAsync(delivery, document.RootElement, cancellationToken);
        }
    }

    private async Task HandleAsync(PartnerDelivery delivery, JsonElement root, CancellationToken cancellationToken)
    {
        var failures = schema.Failures(root).Concat(UnstorableText(root, "")).ToList();
        if (failures.Count > 0)
        {
            await RejectAsync(delivery, "Does not match the partner referral JSON Schema: " + string.Join("; ", failures), cancellationToken);
            return;
        }

        var message = root.Deserialize<PartnerReferralMessage>(json.Value.SerializerOptions)!;
        if (delivery.PublishedBy is { } publisher && !string.Equals(publisher, message.PartnerAgency, StringComparison.Ordinal))
        {
            await RejectAsync(delivery, $"/partnerAgency: '{message.PartnerAgency}' is not the partner that published the message ('{publisher}').", cancellationToken);
            return;
        }

        if (delivery.PublishedBy is null && options.Value.RequirePublisherIdentity)
        {
            await RejectAsync(delivery, "Publish with the AMQP user_id property set to your RabbitMQ user name: the partner is taken from it.", cancellationToken);
            return;
        }

        var agency = delivery.PublishedBy ?? message.PartnerAgency;
        var key = Submission.PartnerReferencePrefix + message.ReferralReference;
        switch (await intake.ReceiveAsync(message.ToRequest(), new Sender(agency, IsPartnerSystem: true), key, cancellationToken))
        {
            case IntakeResult.ForAnotherAgency another:
                await RejectAsync(delivery, $"/referrerAgency: {another.Reason}", cancellationToken);
                break;
            case IntakeResult.Invalid invalid:
                await RejectAsync(delivery, string.Join(" ", invalid.Problems.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}")), cancellationToken);
                break;
            case IntakeResult.KeyReused:
                await RejectAsync(delivery, "This referral reference was already used for a different referral.", cancellationToken);
                break;
        }
    }

    /// <summary>Every string value or property name PostgreSQL could not store, as "pointer: rule".</summary>
    private static IEnumerable<string> UnstorableText(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when StorableText.Problem(element.GetString()) is { } problem:
                yield return $"{(pointer.Length == 0 ? "/" : pointer)}: text: {problem}";
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    foreach (var failure in StorableText.Problem(property.Name) is { } nameProblem
                        ? [$"{pointer}/{StorableText.Clean(name)}: property name: {nameProblem}"]
                        : UnstorableText(property.Value, $"{pointer}/{name}"))
                    {
                        yield return failure;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var failure in UnstorableText(item, $"{pointer}/{index++}"))
                    {
                        yield return failure;
                    }
                }

                break;
        }
    }

    private async Task RejectAsync(PartnerDelivery delivery, string reason, CancellationToken cancellationToken)
    {
        var body = new PartnerMessageBody(delivery.Body);
        var agency = delivery.PublishedBy ?? body.TopLevelText("partnerAgency");
        var rejected = RejectedReferral.Of(body.Kept(), reason, agency, body.TopLevelText("referralReference"), clock.GetUtcNow());
        db.ChangeTracker.Clear();
        db.RejectedReferrals.Add(rejected);
        await db.SaveChangesAsync(cancellationToken);
        LogRejected(logger, rejected.Id, rejected.PartnerAgency, rejected.ReferralReference);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partner referral rejected as {RejectedId} (partner {PartnerAgency}, reference {ReferralReference})")]
    private static partial void LogRejected(ILogger logger, Guid rejectedId, string? partnerAgency, string? referralReference);
}

/// <summary>One message as the broker delivered it.</summary>
/// <param name="PublishedBy">The AMQP user_id property, which RabbitMQ checks against the publishing connection's user.</param>
public sealed record PartnerDelivery(ReadOnlyMemory<byte> Body, string? PublishedBy);

public sealed class PartnerIntakeOptions
{
    public const string Section = "Prevent:PartnerIntake";

    /// <summary>Larger bodies are rejected unread (the broker refuses larger still: deploy/local/rabbitmq.sh).</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// When true, a message without the AMQP user_id property is rejected: the partner is taken from the broker's
    /// check of who published, never from the body.
    /// </summary>
    public bool RequirePublisherIdentity { get; set; } = true;
}
