using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Messaging;
using Prevent.Api.Data;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// Part of the AMQP door: the operator's handle on partner messages it parked (decision 0023): list them with the reason, re-drive
/// one through the door once its cause is fixed, or delete one. Operations staff see no body (it may hold personal
/// data); the Prevent lead does. Every re-drive and deletion is audited.
/// </summary>
internal static class ParkedReferralsEndpoints
{
    public static RouteGroupBuilder MapParkedReferrals(this RouteGroupBuilder prevent)
    {
        prevent.MapGet("/admin/parked-referrals", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Ops, Roles.PreventLead))
            .WithName("ListParkedReferrals")
            .WithSummary(
                "Partner messages the AMQP door could not receive nor store as rejected, parked with the reason (at most 200). " +
                "The body is shown to the Prevent lead only.");
        prevent.MapPost("/admin/parked-referrals/{id}/redrive", RedriveAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Ops, Roles.PreventLead))
            .WithName("RedriveParkedReferral")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Hands a parked message to the AMQP door again (once its cause is fixed); it leaves the parking queue when received or rejected. Audited.");
        prevent.MapDelete("/admin/parked-referrals/{id}", DeleteAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Ops, Roles.PreventLead))
            .WithName("DeleteParkedReferral")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Deletes a parked message (e.g. the partner resent it corrected). Audited.");
        return prevent;
    }

    private static async Task<Ok<List<ParkedReferralResponse>>> ListAsync(
        ParkedMessageStore parking, CurrentUser user, PreventDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var parked = await parking.ListAsync(AmqpReferralListener.ParkingQueueName, cancellationToken);
        var withBodies = user.IsInRole(Roles.PreventLead);
        if (withBodies)
        {
            audit.Record(db, "parked-referrals-viewed", "ParkedReferral", "parked-referrals", after: parked.Select(p => p.Id).ToList());
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(parked.Select(p => ParkedReferralResponse.From(p, withBodies)).ToList());
    }

    private static async Task<NoContent> RedriveAsync(
        string id, ParkedMessageStore parking, PartnerMessageDoor door, PreventDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        ParkedMessage? redriven = null;
        try
        {
            var found = await parking.TakeAsync(AmqpReferralListener.ParkingQueueName, id, async message =>
            {
                await door.HandleAsync(new PartnerDelivery(message.Body, message.PublishedBy), cancellationToken);
                redriven = message;
            }, cancellationToken);
            if (!found)
            {
                throw NotFound(id);
            }
        }
        catch (Exception e) when (e is not RuleViolationException and not OperationCanceledException)
        {
            throw new RuleViolationException(
                "parked-referral-still-failing", $"The message still cannot be received ({e.GetType().Name}); it stays parked.", RuleViolationKind.InvalidTransition);
        }

        audit.Record(db, "parked-referral-redriven", "ParkedReferral", id, before: ParkedReferralResponse.From(redriven!, withBody: false));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteAsync(
        string id, ParkedMessageStore parking, PreventDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        ParkedMessage? deleted = null;
        if (!await parking.TakeAsync(AmqpReferralListener.ParkingQueueName, id, message =>
            {
                deleted = message;
                return Task.CompletedTask;
            }, cancellationToken))
        {
            throw NotFound(id);
        }

        audit.Record(db, "parked-referral-deleted", "ParkedReferral", id, before: ParkedReferralResponse.From(deleted!, withBody: false));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static RuleViolationException NotFound(string id) =>
        new("parked-referral-not-found", $"There is no parked message {id}.", RuleViolationKind.NotFound);
}

/// <param name="Body">The message as received (NUL and non-UTF-8 bytes escaped); only for the Prevent lead.</param>
public sealed record ParkedReferralResponse(
    string Id, DateTimeOffset? ParkedAt, string Reason, string? FromQueue, string? PartnerAgency, int Bytes, string? Body)
{
    public static ParkedReferralResponse From(ParkedMessage message, bool withBody)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.Id, message.ParkedAt, message.Reason, message.FromQueue, message.PublishedBy, message.Bytes,
            withBody ? new PartnerMessageBody(message.Body).Kept() : null);
    }
}
