using Consultation.Api.Data;
using Consultation.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Errors;

namespace Consultation.Api.Themes;

internal static class CommentLookup
{
    public static async Task<Comment> FindCommentOrThrowAsync(this ConsultationDbContext db, Guid consultationId, Guid commentId, CancellationToken cancellationToken) =>
        await db.Comments.SingleOrDefaultAsync(c => c.Id == commentId && c.ConsultationId == consultationId, cancellationToken)
        ?? throw new RuleViolationException("comment-not-found", "There is no such comment in this consultation.", RuleViolationKind.NotFound);
}

/// <summary>Themes from the code frame for one comment.</summary>
public sealed record CodingRequest([property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.MaxLength(20), Platform.ServiceDefaults.Text.ItemsMaxLength(100)] IReadOnlyList<string> Themes);

/// <summary>A comment as analysts see it (staff only: the text may identify someone until reviewed).</summary>
public sealed record CommentView(
    Guid Id, string QuestionId, string Text, string? District, DateTimeOffset SubmittedAt, IReadOnlyList<string> Themes, string? CodedBy,
    IReadOnlyList<string>? CheckThemes, string? CheckedBy, string? Quote, bool QuoteReviewed)
{
    public static CommentView From(Comment c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.QuestionId, c.Text, c.District, c.SubmittedAt, c.Themes, c.CodedBy, c.CheckThemes, c.CheckedBy, c.Quote, c.QuoteReviewedBy is not null);
    }
}
