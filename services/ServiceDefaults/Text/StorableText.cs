namespace Platform.ServiceDefaults.Text;

/// <summary>
/// The one rule for text that reaches PostgreSQL: it stores neither U+0000 (text, varchar and jsonb refuse it) nor
/// half of a UTF-16 surrogate pair (not encodable as UTF-8). Applied at every door (JSON bodies, query strings, the
/// AMQP intake) so such input is refused with the field named instead of failing the database write.
/// </summary>
public static class StorableText
{
    /// <summary>Why <paramref name="text"/> cannot be stored, or null when it can.</summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return "Contains a NUL character (U+0000), which cannot be stored.";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"Contains an unpaired surrogate (U+{(int)c:X4}), which is not valid Unicode text.";
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="text"/> made storable for showing what was received: NUL written as the six characters
    /// <c>\u0000</c>, an unpaired surrogate replaced by U+FFFD.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Problem(text) is null)
        {
            return text;
        }

        var clean = new System.Text.StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                clean.Append("\\u0000");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return clean.ToString();
    }
}
