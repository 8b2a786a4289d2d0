namespace Reviews.Api.Domain;

/// <summary>
/// Domestic Homicide Reviews (DHR) are being renamed Domestic Abuse Related Death Reviews (DARDR) (Victims and
/// Prisoners Act 2024); partners use both names for the same review. References keep the <c>DHR-</c> form they were
/// issued in (events and published reports carry it), every review also shows its <c>DARDR-</c> form, and a search
/// by either name, abbreviation or reference form finds the same reviews.
/// </summary>
public static class ReviewNames
{
    public const string Label = "Domestic Homicide Review (DHR) / Domestic Abuse Related Death Review (DARDR)";

    public const string Prefix = "DHR";

    public const string AlternativePrefix = "DARDR";

    private static readonly string[] TypeNames =
        ["DOMESTIC HOMICIDE REVIEW", "DOMESTIC ABUSE RELATED DEATH REVIEW", Prefix, AlternativePrefix];

    /// <summary><c>DHR-2026-0001</c> → <c>DARDR-2026-0001</c>.</summary>
    public static string AlsoKnownAs(string reference) =>
        reference.StartsWith(Prefix + "-", StringComparison.Ordinal) ? AlternativePrefix + reference[Prefix.Length..] : reference;

    /// <summary>
    /// Free-text search as a review manager types it: a reference in either form (<c>DARDR-2026-0001</c>,
    /// <c>dhr-2026</c>), part of a reference (<c>2026-0001</c>), the type by either name or abbreviation (every
    /// review), or a district (<c>great yarmouth</c>). Case, hyphens and spacing do not matter.
    /// </summary>
    public static bool Matches(ReviewCase review, string search)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(search);
        var words = Normalise(search);
        if (words.Length == 0)
        {
            return true;
        }

        var reference = Normalise(review.Reference);
        if (AsReference(words) is { } asked)
        {
            return reference.StartsWith(asked, StringComparison.Ordinal);
        }

        return (words.Length >= 3 && TypeNames.Any(name => name.Contains(words, StringComparison.Ordinal) || words.Contains(name, StringComparison.Ordinal)))
            || reference.Contains(words, StringComparison.Ordinal)
            || Normalise(review.District).Contains(words, StringComparison.Ordinal);
    }

    /// <summary>"DARDR 2026 0001" or "DHR 2026" as the canonical "DHR 2026 0001"/"DHR 2026"; null when not a reference.</summary>
    private static string? AsReference(string words)
    {
        foreach (var prefix in new[] { AlternativePrefix, Prefix })
        {
            var rest = words.StartsWith(prefix, StringComparison.Ordinal) ? words[prefix.Length..].TrimStart() : null;
            if (rest is { Length: > 0 } && char.IsAsciiDigit(rest[0]))
            {
                return $"{Prefix} {rest}";
            }
        }

        return null;
    }

    /// <summary>Upper case, hyphens and runs of spaces as one space, a plural "reviews" as "review".</summary>
    private static string Normalise(string text) =>
        string.Join(' ', text.ToUpperInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Replace("REVIEWS", "REVIEW", StringComparison.Ordinal);
}
