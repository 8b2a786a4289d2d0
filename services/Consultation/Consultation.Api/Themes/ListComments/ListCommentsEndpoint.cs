using System.ComponentModel.DataAnnotations;
using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;

namespace Consultation.Api.Themes.ListComments;

internal static class ListCommentsEndpoint
{
    public static RouteHandlerBuilder MapListComments(this RouteGroupBuilder consultations) =>
        consultations.MapGet("/{id:guid}/comments", Handle)
            .RequireAuthorization(PolicySetup.Coder)
            .WithName("ListComments")
            .WithSummary("Comments to code, oldest first, a page at a time (uncoded=true for those not coded yet).");

    private static async Task<Ok<Page<CommentView>>> Handle(
        Guid id, ConsultationDbContext db, bool? uncoded, Guid? after, [Range(1, 200)] int? limit, CancellationToken cancellationToken)
    {
        var comments = db.Comments.AsNoTracking().Where(c => c.ConsultationId == id);
        if (uncoded == true)
        {
            comments = comments.Where(c => c.CodedBy == null);
        }

        return TypedResults.Ok(await comments.ToPageAsync(c => c.Id, after, limit, CommentView.From, cancellationToken));
    }
}
