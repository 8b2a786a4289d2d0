using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Prevent.Api.Domain;

/// <summary>
/// Links repeat referrals of the same person without comparing names in the open: a keyed HMAC-SHA-256 of the normalised
/// name (case, common Latin accents, punctuation and spacing ignored) and the date of birth, stored with the id of the key
/// that made it. Without the key a dictionary of names and birthdays cannot reverse it (an unsalted SHA-256 could, issue
/// 15), and two platforms with different keys cannot link each other's people. Stored on the referral for matching;
/// never put in events or logs. No date of birth, no match: a name alone is too weak to link people.
/// </summary>
public sealed class PersonMatch
{
    /// <summary>Key id of hashes made before keys existed (unsalted SHA-256): re-hashed at start-up (decision 0026).</summary>
    public const string LegacyKeyId = "sha256-v1";

    private readonly byte[] secret;

    /// <param name="keyId">Stored with each hash, so a rotation knows which rows to re-hash.</param>
    /// <param name="secret">At least 32 bytes.</param>
    public PersonMatch(string keyId, byte[] secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < 32)
        {
            throw new ArgumentException("A person-match key must be at least 32 bytes.", nameof(secret));
        }

        KeyId = keyId;
        this.secret = secret;
    }

    public string KeyId { get; }

    public string? KeyOf(string name, DateOnly? dateOfBirth)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (dateOfBirth is not { } born)
        {
            return null;
        }

        var text = $"prevent-person:v2|{Normalise(name)}|{born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(text)));
    }

    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = name.ToLowerInvariant()
            .Where(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c))
            .Select(Unaccented)
            .ToArray();
        return string.Join(' ', new string(letters).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // The service runs with invariant globalization, where string.Normalize cannot strip accents; this covers the
    // letters partner systems are seen to spell both ways.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőŕřśšşťùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorrssstuuuuuuuuyyzzz";

    private static char Unaccented(char c) => Accented.IndexOf(c, StringComparison.Ordinal) is var at and >= 0 ? Plain[at] : c;
}
