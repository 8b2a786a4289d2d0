using Platform.ServiceDefaults.Errors;

namespace Reviews.Api.Domain;

/// <summary>A contact with the family, e.g. through their advocate.</summary>
public sealed record FamilyContact(DateOnly On, string Summary);

/// <summary>What the family agreed or asked for; all of it identifying, so all of it restricted.</summary>
public sealed record FamilyEngagement(
    string? AdvocacyService = null,
    string? VictimPseudonym = null,
    string? PerpetratorPseudonym = null,
    string? PenPortrait = null);

/// <summary>
/// The family read a draft of the report (often with their advocate) on <see cref="On"/> and said what they thought
/// of it; their response may name people, so it is restricted like the rest of family engagement.
/// </summary>
public sealed record FamilyDraftReading(DateOnly On, string Response);

/// <summary>
/// The only place names and identifying details of a review live. Readable by review managers and the review's own
/// chair and panel; every read and change is audited; never logged, traced or sent in events.
/// </summary>
public sealed class RestrictedRecord
{
    private RestrictedRecord()
    {
    }

    public Guid ReviewId { get; private set; }

    public string? VictimName { get; private set; }

    public string? PerpetratorName { get; private set; }

    public string? Notes { get; private set; }

    public FamilyEngagement Family { get; private set; } = new();

    public IReadOnlyList<FamilyContact> FamilyContacts { get; private set; } = [];

    /// <summary>Each time the family read a draft, in the order recorded.</summary>
    public IReadOnlyList<FamilyDraftReading> DraftReadings { get; private set; } = [];

    public uint Version { get; private set; }

    public static RestrictedRecord Open(Guid reviewId, string? victimName, string? perpetratorName) =>
        new() { ReviewId = reviewId, VictimName = victimName, PerpetratorName = perpetratorName };

    public void Update(string? victimName, string? perpetratorName, string? notes, FamilyEngagement family)
    {
        ArgumentNullException.ThrowIfNull(family);
        VictimName = victimName;
        PerpetratorName = perpetratorName;
        Notes = notes;
        Family = family;
    }

    public void LogFamilyContact(FamilyContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        FamilyContacts = [.. FamilyContacts, contact];
    }

    /// <summary>
    /// Refuses text that is about to leave the restricted record's protection (a recommendation is published to the
    /// composite action plan) when it uses the victim's or perpetrator's real name: the full name or any part of it of
    /// three letters or more, as a whole word in any case ("Jane's" counts). Shorter parts are left alone so initials
    /// and words like "Al" do not refuse ordinary text. The message never repeats the name.
    /// </summary>
    public void EnsureNotNamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = new[] { VictimName, PerpetratorName }
            .SelectMany(name => Words(name ?? ""))
            .Any(part => part.Length >= 3 && words.Contains(part));
        if (named)
        {
            throw new RuleViolationException(
                "text-uses-real-name",
                "The text uses a real name from the review's restricted record: write it with the review's pseudonyms.",
                RuleViolationKind.BusinessRule);
        }
    }

    /// <summary>
    /// A step of family engagement: the family can read a draft only once the panel has one and before the report is
    /// published, and not before the first draft or after today.
    /// </summary>
    public void RecordDraftReading(ReviewCase review, FamilyDraftReading reading, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(reading);
        if (review.Stage is ReviewStage.Published or ReviewStage.Closed)
        {
            throw new RuleViolationException("report-already-published", "The report is already published: the family's reading of the draft comes before publication.");
        }

        var draftedOn = review.FirstDraftedOn()
            ?? throw new RuleViolationException("no-draft-yet", "The family can read the draft only once the panel has one.");
        if (reading.On < draftedOn || reading.On > today)
        {
            throw new RuleViolationException(
                "draft-reading-out-of-range", "The family cannot read the draft before it was first drafted or after today.", RuleViolationKind.BusinessRule);
        }

        DraftReadings = [.. DraftReadings, reading];
    }

    /// <summary>Runs of letters and apostrophes, with a possessive 's taken off.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].Trim('\'', '\u2019');
                yield return word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)
                    ? word[..^2]
                    : word;
                start = -1;
            }
        }
    }
}
