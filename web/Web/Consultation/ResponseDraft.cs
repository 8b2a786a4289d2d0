using System.Security.Cryptography;
using Platform.Web.Forms;

namespace Platform.Web.Consultation;

/// <summary>
/// A resident's answers to one consultation while they go through its questions, kept in their session (no account);
/// the resume key once they have saved to come back later, and whether they have sent it (one response per session).
/// </summary>
public sealed class ResponseDraft
{
    public Dictionary<string, Answer> Answers { get; set; } = [];

    public string? ResumeKey { get; set; }

    public bool Sent { get; set; }

    public static string SessionKey(Guid consultationId) => $"consultation:{consultationId}";

    /// <summary>
    /// The random value that makes this browser session one respondent: the service takes one response per session
    /// token, and keeps only its hash.
    /// </summary>
    public static string SessionToken(ISession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        const string key = "consultation-session-token";
        if (session.GetString(key) is { } token)
        {
            return token;
        }

        token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        session.SetString(key, token);
        return token;
    }

    public static ResponseDraft Load(ISession session, Guid consultationId) =>
        session.Load<ResponseDraft>(SessionKey(consultationId)) ?? new ResponseDraft();

    public void Save(ISession session, Guid consultationId) => session.Save(SessionKey(consultationId), this);

    /// <summary>Whether the question is asked, given the answers so far (a conditional one only after the right choice).</summary>
    public bool IsAsked(ConsultationQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.ShowWhen is not { } when)
        {
            return true;
        }

        return Answers.TryGetValue(when.QuestionId, out var earlier) &&
            ((earlier.Choice is { } choice && when.AnyOf.Contains(choice)) || (earlier.Choices ?? []).Any(when.AnyOf.Contains));
    }

    public IEnumerable<ConsultationQuestion> Asked(IReadOnlyList<ConsultationQuestion> questions) => questions.Where(IsAsked);

    /// <summary>The question after <paramref name="current"/> that is asked, or null when the next page is "check your answers".</summary>
    public ConsultationQuestion? After(IReadOnlyList<ConsultationQuestion> questions, string current)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var index = questions.ToList().FindIndex(q => q.Id == current);
        return questions.Skip(index + 1).FirstOrDefault(IsAsked);
    }

    /// <summary>The first asked, required question without an answer.</summary>
    public ConsultationQuestion? FirstUnanswered(IReadOnlyList<ConsultationQuestion> questions) =>
        Asked(questions).FirstOrDefault(q => q.Required && !Answers.ContainsKey(q.Id));

    /// <summary>The answers the service takes: only those to questions asked (a changed answer can drop a conditional one).</summary>
    public Dictionary<string, Answer> ToSend(IReadOnlyList<ConsultationQuestion> questions) =>
        Asked(questions).Where(q => Answers.ContainsKey(q.Id)).ToDictionary(q => q.Id, q => Answers[q.Id], StringComparer.Ordinal);
}
