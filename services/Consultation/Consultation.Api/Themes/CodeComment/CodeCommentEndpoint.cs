using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Consultation.Api.Themes.CodeComment;

internal static class CodeCommentEndpoint
{
    public static RouteHandlerBuilder MapCodeComment(this RouteGroupBuilder consultations) =>
        consultations.MapPut("/{id:guid}/comments/{commentId:guid}/coding", Handle)
            .RequireAuthorization(PolicySetup.Coder)
            .WithName("CodeComment")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Code a comment with one or more themes of the code frame.");

    private static async Task<Ok<CommentView>> Handle(
        Guid id, Guid commentId, CodingRequest request, ConsultationDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var consultation = await db.FindOrThrowAsync(id, cancellationToken);
        var comment = await db.FindCommentOrThrowAsync(id, commentId, cancellationToken);
        comment.Code(request.Themes, user.Id, [.. consultation.CodeFrame.Select(t => t.Code)]);
        audit.Record(db, "comment-coded", "Comment", comment.Id.ToString(), after: new { comment.Themes });
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CommentView.From(comment));
    }
}
