using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Prevent.Api.Domain;

/// <summary>
/// Links repeat referrals of the same person without comparing names in the open: SHA-256 of the normalised name
/// (case, common Latin accents, punctuation and spacing ignored) and the date of birth. Stored on the referral for matching;
/// never put in events or logs. No date of birth, no match: a name alone is too weak to link people.
/// </summary>
public static class PersonMatch
{
    public static string? KeyOf(string name, DateOnly? dateOfBirth)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (dateOfBirth is not { } born)
        {
            return null;
        }

        var text = $"prevent-person:v1|{Normalise(name)}|{born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
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
