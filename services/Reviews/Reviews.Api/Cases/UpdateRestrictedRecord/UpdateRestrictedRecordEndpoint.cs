using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.Cases.UpdateRestrictedRecord;

internal static class UpdateRestrictedRecordEndpoint
{
    public static RouteHandlerBuilder MapUpdateRestrictedRecord(this RouteGroupBuilder reviews) =>
        reviews.MapPut("/{id:guid}/restricted", Handle)
            .WithName("UpdateRestrictedRecord")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Replace the names, notes and family engagement (advocacy service, pseudonyms, pen portrait): review managers and the review's chair, with If-Match (the version read). Each changed field is kept in the record's history; the audit log names the fields, never their values.");

    private static async Task<Ok<RestrictedRecordResponse>> Handle(
        Guid id, RestrictedRecordRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        Changes<RestrictedRecord> records, CurrentUser user, HttpResponse response, CancellationToken cancellationToken)
    {
        // Two people rewriting names unseen would each lose the other's correction: an overwrite must say what it replaces.
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            throw new BadHttpRequestException(
                "Send If-Match with the version of the restricted record you read: it is overwritten whole.", StatusCodes.Status428PreconditionRequired);
        }

        var record = await records.ApplyAsync(
            id, ifMatch, "restricted-record-updated",
            (record, now) => record.Update(request.VictimName, request.PerpetratorName, request.Notes, request.Family ?? new FamilyEngagement(), user.Id, now),
            cancellationToken);
        response.SetETag(record.Version);
        return TypedResults.Ok(RestrictedRecordResponse.From(record));
    }
}

public sealed record RestrictedRecordRequest(
    [property: StringLength(200)] string? VictimName = null,
    [property: StringLength(200)] string? PerpetratorName = null,
    [property: StringLength(20000)] string? Notes = null,
    FamilyEngagement? Family = null);
