using System.ComponentModel.DataAnnotations;
using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Auth;

namespace Consultation.Api.Themes.ApproveQuote;

internal static class ApproveQuoteEndpoint
{
    public static RouteHandlerBuilder MapApproveQuote(this RouteGroupBuilder consultations) =>
        consultations.MapPut("/{id:guid}/comments/{commentId:guid}/quote", Handle)
            .RequireAuthorization(PolicySetup.Coder)
            .WithName("ApproveQuote")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Mark a quote from a comment as reviewed and free of identifying detail (edit the words as needed); only such quotes are published.");

    private static async Task<Ok<CommentView>> Handle(
        Guid id, Guid commentId, QuoteRequest request, ConsultationDbContext db, CurrentUser user, AuditTrail audit, CancellationToken cancellationToken)
    {
        var comment = await db.FindCommentOrThrowAsync(id, commentId, cancellationToken);
        comment.ApproveQuote(request.Quote, user.Id);
        audit.Record(db, "quote-reviewed", "Comment", comment.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CommentView.From(comment));
    }
}

/// <param name="Quote">The words to publish: the comment's, edited to remove anything that could identify a person or place.</param>
public sealed record QuoteRequest([property: Required, StringLength(1000, MinimumLength = 1)] string Quote);
