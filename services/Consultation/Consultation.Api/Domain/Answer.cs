namespace Consultation.Api.Domain;

/// <summary>
/// One question's answer as a respondent (or a member of staff copying a paper form) gives it: the field that fits
/// the question's kind is set. Ranking lists option codes from most to least important.
/// </summary>
public sealed record Answer(
    string? Choice = null,
    IReadOnlyList<string>? Choices = null,
    IReadOnlyList<string>? Ranking = null,
    decimal? Number = null,
    string? Text = null,
    IReadOnlyDictionary<string, string>? Rows = null);
