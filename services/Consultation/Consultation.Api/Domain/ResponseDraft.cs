using System.Security.Cryptography;
using System.Text;

namespace Consultation.Api.Domain;

/// <summary>
/// A respondent's unfinished online answers, saved so they can come back by a secret link (no account). The key is
/// shown once, when the draft is first saved; only its hash is kept. A draft is never counted: it becomes a response
/// only when the respondent submits, and is deleted then or when the consultation closes.
/// </summary>
public sealed class ResponseDraft
{
    /// <summary>256 random bits, URL-safe: as hard to guess as a session key.</summary>
    private const int KeyBytes = 32;

    private ResponseDraft()
    {
    }

    public Guid Id { get; private set; }

    public Guid ConsultationId { get; private set; }

    public string KeyHash { get; private set; } = "";

    public Dictionary<string, Answer?> Answers { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>Starts a draft; returns it with the secret key, which only the respondent will ever hold.</summary>
    public static (ResponseDraft Draft, string Key) Start(PublicConsultation consultation, IReadOnlyDictionary<string, Answer?> answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var draft = new ResponseDraft
        {
            Id = Guid.CreateVersion7(now),
            ConsultationId = consultation.Id,
            KeyHash = HashOf(key),
            CreatedAt = now,
        };
        draft.Save(answers, now);
        return (draft, key);
    }

    public void Save(IReadOnlyDictionary<string, Answer?> answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        Answers = answers.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        SavedAt = now;
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
