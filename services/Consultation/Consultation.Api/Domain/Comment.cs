using Platform.ServiceDefaults.Errors;

namespace Consultation.Api.Domain;

/// <summary>
/// A free-text answer. Personal data until an analyst reviews it: it never leaves the service in events or logs, and
/// only a quote an analyst has marked reviewed (and edited free of identifying detail) is ever published.
/// Analysts code it with themes from the consultation's code frame; a second analyst may check the coding.
/// </summary>
public sealed class Comment
{
    private Comment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ConsultationId { get; private set; }

    public Guid ResponseId { get; private set; }

    public string QuestionId { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string? District { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public IReadOnlyList<string> Themes { get; private set; } = [];

    public string? CodedBy { get; private set; }

    public IReadOnlyList<string>? CheckThemes { get; private set; }

    public string? CheckedBy { get; private set; }

    public string? Quote { get; private set; }

    public string? QuoteReviewedBy { get; private set; }

    /// <summary>When the respondent's words were removed under the retention schedule; null while held.</summary>
    public DateTimeOffset? TextRemovedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>What removed text reads as.</summary>
    public const string Removed = "(removed under the retention schedule)";

    public bool IsCoded => CodedBy is not null;

    public bool CheckAgrees => CheckThemes is not null && CheckThemes.Order().SequenceEqual(Themes.Order());

    internal static Comment Of(ConsultationResponse response, string questionId, string text) => new()
    {
        Id = Guid.CreateVersion7(),
        ConsultationId = response.ConsultationId,
        ResponseId = response.Id,
        QuestionId = questionId,
        Text = text.Trim(),
        District = response.District,
        SubmittedAt = response.SubmittedAt,
    };

    /// <summary>The first coder's themes; a coder who did not check it may recode it.</summary>
    public void Code(IReadOnlyList<string> themes, string coder, IReadOnlyCollection<string> codeFrame)
    {
        ArgumentNullException.ThrowIfNull(themes);
        RequireKnownThemes(themes, codeFrame);
        if (CheckedBy == coder)
        {
            throw new RuleViolationException("coder-checked-this-comment", "You checked this comment's coding; another analyst codes it.");
        }

        Themes = [.. themes.Distinct()];
        CodedBy = coder;
    }

    /// <summary>A second analyst codes the same comment blind; agreement is the share of checked comments coded alike.</summary>
    public void Check(IReadOnlyList<string> themes, string checker, IReadOnlyCollection<string> codeFrame)
    {
        ArgumentNullException.ThrowIfNull(themes);
        RequireKnownThemes(themes, codeFrame);
        if (!IsCoded)
        {
            throw new RuleViolationException("comment-not-coded", "Code the comment before a second analyst checks it.");
        }

        if (CodedBy == checker)
        {
            throw new RuleViolationException("checker-is-coder", "A second analyst checks the coding, not the one who coded it.");
        }

        CheckThemes = [.. themes.Distinct()];
        CheckedBy = checker;
    }

    /// <summary>An analyst chooses a quote (the comment's words, edited free of identifying detail) and vouches for it.</summary>
    public void ApproveQuote(string quote, string analyst)
    {
        if (string.IsNullOrWhiteSpace(quote) || quote.Length > 1000)
        {
            throw new RuleViolationException("quote-length", "A quote has 1 to 1000 characters.", RuleViolationKind.BusinessRule);
        }

        Quote = quote.Trim();
        QuoteReviewedBy = analyst;
    }

    /// <summary>
    /// Retention: the respondent's own words go; the themes they were coded with (which the published results count) and
    /// a reviewed quote (edited free of identifying detail and already published) stay. Once is enough.
    /// </summary>
    public void RemoveText(DateTimeOffset now)
    {
        if (TextRemovedAt is not null)
        {
            return;
        }

        Text = Removed;
        TextRemovedAt = now;
    }

    private static void RequireKnownThemes(IReadOnlyList<string> themes, IReadOnlyCollection<string> codeFrame)
    {
        if (themes.Count == 0 || themes.Any(theme => !codeFrame.Contains(theme)))
        {
            throw new RuleViolationException(
                "theme-not-in-code-frame", "Use one or more themes from the consultation's code frame.", RuleViolationKind.BusinessRule);
        }
    }
}
