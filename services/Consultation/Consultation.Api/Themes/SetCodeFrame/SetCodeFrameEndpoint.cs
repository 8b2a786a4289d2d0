using System.ComponentModel.DataAnnotations;
using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Consultation.Api.Themes.SetCodeFrame;

internal static class SetCodeFrameEndpoint
{
    public static RouteHandlerBuilder MapSetCodeFrame(this RouteGroupBuilder consultations) =>
        consultations.MapPut("/{id:guid}/code-frame", Handle)
            .RequireAuthorization(PolicySetup.Coder)
            .WithName("SetCodeFrame")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Set the themes analysts code comments with; a theme already used in coding cannot be dropped.");

    private static async Task<Ok<ConsultationView>> Handle(
        Guid id, CodeFrameRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, ConsultationDbContext db,
        Changes<PublicConsultation> consultations, CancellationToken cancellationToken)
    {
        var coded = await db.Comments.AsNoTracking().Where(c => c.ConsultationId == id && c.CodedBy != null).Select(c => c.Themes).ToListAsync(cancellationToken);
        var inUse = coded.SelectMany(themes => themes).ToHashSet();
        return TypedResults.Ok(ConsultationView.From(await consultations.ApplyAsync(
            id, ifMatch, "code-frame-set", (consultation, _) => consultation.SetCodeFrame(request.Themes, inUse), cancellationToken)));
    }
}

public sealed record CodeFrameRequest([property: Required, MaxLength(PublicConsultation.MaxThemes)] IReadOnlyList<Choice> Themes);
