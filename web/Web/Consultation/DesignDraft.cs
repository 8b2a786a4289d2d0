using System.Text;
using Platform.Web.Forms;

namespace Platform.Web.Consultation;

/// <summary>
/// A consultation officer's design before it is created at the service: the details, then questions added one at a
/// time (each may be asked only after a given answer to an earlier choice question). Kept in their session.
/// </summary>
public sealed class DesignDraft
{
    public const string SessionKey = "consultation-design";

    /// <summary>The kinds the designer offers, as the service names them, and what officers call them.</summary>
    public static readonly IReadOnlyList<(string Kind, string Name, string Hint)> Kinds =
    [
        ("single-choice", "Choose one option", "Radio buttons"),
        ("multiple-choice", "Choose several options", "Checkboxes"),
        ("ranking", "Rank options in order of importance", "Each option gets a rank"),
        ("likert", "Agree or disagree scale", "The options are the scale, most negative first"),
        ("free-text", "Comment", "Free text, coded into themes by analysts"),
        ("number", "A number", "For example, how many times"),
        ("profile", "About the respondent", "District, urban or rural, or age band; always optional"),
    ];

    public string? Title { get; set; }

    public string? Purpose { get; set; }

    public string? Audience { get; set; }

    public List<string> Owners { get; set; } = [];

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    public List<ConsultationQuestion> Questions { get; set; } = [];

    public bool HasDetails => Title is not null && OpensOn is not null;

    public static DesignDraft Load(ISession session) => session.Load<DesignDraft>(SessionKey) ?? new DesignDraft();

    public void Save(ISession session) => session.Save(SessionKey, this);

    /// <summary>Earlier questions whose answer can decide whether a later one is asked: choice questions' options.</summary>
    public IEnumerable<(string Value, string Text)> Conditions() =>
        Questions.Where(q => q.Kind is "single-choice" or "multiple-choice")
            .SelectMany(q => q.Choices.Select(c => ($"{q.Id}|{c.Code}", $"{q.Text}: {c.Label}")));

    /// <summary>A code from words: "Making streets safer" is <c>making-streets-safer</c>, unique among <paramref name="taken"/>.</summary>
    public static string CodeFrom(string words, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(words);
        var code = new StringBuilder();
        foreach (var c in words.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                code.Append(c);
            }
            else if (code.Length > 0 && code[^1] != '-')
            {
                code.Append('-');
            }
        }

        var stem = code.ToString().Trim('-');
        stem = stem.Length == 0 ? "item" : stem[..Math.Min(stem.Length, 50)].Trim('-');
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var candidate = stem;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }

    /// <summary>The body of <c>POST /api/consultation/consultations</c>.</summary>
    public object ToRequest() => new
    {
        title = Title,
        purpose = Purpose,
        owners = Owners,
        audience = Audience,
        opensOn = OpensOn,
        closesOn = ClosesOn,
        questions = Questions,
    };
}
