using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Consultation.Api.Themes.CheckCoding;

internal static class CheckCodingEndpoint
{
    public static RouteHandlerBuilder MapCheckCoding(this RouteGroupBuilder consultations) =>
        consultations.MapPut("/{id:guid}/comments/{commentId:guid}/check", Handle)
            .RequireAuthorization(PolicySetup.Coder)
            .WithName("CheckCoding")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("A second analyst codes a sampled comment independently; agreement between coders is shown with the themes.");

    private static async Task<Ok<CommentView>> Handle(
        Guid id, Guid commentId, CodingRequest request, ConsultationDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        var comment = await db.FindCommentOrThrowAsync(id, commentId, cancellationToken);
        comment.Check(request.Themes, user.Id, [.. consultation.CodeFrame.Select(t => t.Code)]);
        audit.Record(db, "comment-coding-checked", "Comment", comment.Id.ToString(), after: new { comment.CheckThemes, comment.CheckAgrees });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CommentView.From(comment));
    }
}
