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
/// One field of the restricted record replaced: by whom, when, and the value it held (kept here, in the restricted store,
/// never in the audit log, which names only the field).
/// </summary>
public sealed record RestrictedRecordChange(DateTimeOffset At, string By, string Field, string? Previous);

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

    /// <summary>
    /// Every victim or perpetrator name the record has held, the current ones included: recommendation text is checked
    /// against all of them, so clearing or correcting a name cannot let the earlier one into published text.
    /// </summary>
    public IReadOnlyList<string> NamesHeld { get; private set; } = [];

    /// <summary>Each overwritten field, oldest first.</summary>
    public IReadOnlyList<RestrictedRecordChange> History { get; private set; } = [];

    /// <summary>When retention cleared the record (some years after publication); null while it is held.</summary>
    public DateTimeOffset? ClearedAt { get; private set; }

    public uint Version { get; private set; }

    public static RestrictedRecord Open(Guid reviewId, string? victimName, string? perpetratorName) =>
        new()
        {
            ReviewId = reviewId,
            VictimName = victimName,
            PerpetratorName = perpetratorName,
            NamesHeld = [.. new[] { victimName, perpetratorName }.OfType<string>().Where(name => name.Length > 0)],
        };

    /// <summary>Replaces the names, notes and family engagement; each field that changes goes into <see cref="History"/>.</summary>
    /// <returns>The names of the fields that changed (for the audit log, which holds no values).</returns>
    public IReadOnlyList<string> Update(
        string? victimName, string? perpetratorName, string? notes, FamilyEngagement family, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(family);
        var changes = new List<RestrictedRecordChange>();
        void Track(string field, string? previous, string? next)
        {
            if (previous != next)
            {
                changes.Add(new RestrictedRecordChange(now, by, field, previous));
            }
        }

        Track("victimName", VictimName, victimName);
        Track("perpetratorName", PerpetratorName, perpetratorName);
        Track("notes", Notes, notes);
        Track("family", System.Text.Json.JsonSerializer.Serialize(Family), System.Text.Json.JsonSerializer.Serialize(family));
        VictimName = victimName;
        PerpetratorName = perpetratorName;
        Notes = notes;
        Family = family;
        NamesHeld = [.. NamesHeld.Concat(new[] { victimName, perpetratorName }.OfType<string>()).Where(name => name.Length > 0).Distinct(StringComparer.Ordinal)];
        History = [.. History, .. changes];
        return changes.ConvertAll(change => change.Field);
    }

    /// <summary>
    /// Retention: everything the record holds goes (names, notes, family engagement, contacts, readings and the
    /// history). The report was published long before, so no recommendation text is checked against the names any more.
    /// </summary>
    public void Clear(DateTimeOffset now)
    {
        if (ClearedAt is not null)
        {
            return;
        }

        VictimName = null;
        PerpetratorName = null;
        Notes = null;
        Family = new FamilyEngagement();
        FamilyContacts = [];
        DraftReadings = [];
        NamesHeld = [];
        History = [];
        ClearedAt = now;
    }

    public void LogFamilyContact(FamilyContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        FamilyContacts = [.. FamilyContacts, contact];
    }

    /// <summary>
    /// Refuses text that is about to leave the restricted record's protection (a recommendation is published to the
    /// composite action plan) when it uses a real name the record holds or has ever held (<see cref="NamesHeld"/>): the full name or any part of it of
    /// three letters or more, as a whole word in any case ("Jane's" counts). Shorter parts are left alone so initials
    /// and words like "Al" do not refuse ordinary text. The message never repeats the name.
    /// </summary>
    public void EnsureNotNamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = NamesHeld.Append(VictimName ?? "").Append(PerpetratorName ?? "")
            .SelectMany(Words)
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
