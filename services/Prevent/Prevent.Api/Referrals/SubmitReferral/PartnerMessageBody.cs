using System.Text;
using System.Text.Json;

namespace Prevent.Api.Referrals.SubmitReferral;

/// <summary>
/// The raw bytes of a partner message, read defensively: a partner's bad release may send anything. It is decoded
/// as strict UTF-8 or not at all, and whatever is kept of it is text PostgreSQL can store.
/// </summary>
public readonly record struct PartnerMessageBody(ReadOnlyMemory<byte> Bytes)
{
    /// <summary>How much of a rejected message is kept for the lead to read.</summary>
    public const int KeptCharacters = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body as text, or the offset of its first byte that is not UTF-8.</summary>
    public bool TryDecode(out string text, out int invalidAt)
    {
        try
        {
            text = StrictUtf8.GetString(Bytes.Span);
            invalidAt = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            invalidAt = e.Index;
            return false;
        }
    }

    /// <summary>
    /// What is stored of a rejected body: its text up to <see cref="KeptCharacters"/>, with NUL written as
    /// <c>\u0000</c>, unpaired surrogates as <c>\uXXXX</c> and bytes that are not UTF-8 as <c>\xNN</c>.
    /// </summary>
    public string Kept()
    {
        var kept = new StringBuilder(Math.Min(Bytes.Length, KeptCharacters) + 16);
        var rest = Bytes.Span;
        while (!rest.IsEmpty && kept.Length < KeptCharacters)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                if (rune.Value == 0)
                {
                    kept.Append("\\u0000");
                }
                else
                {
                    kept.Append(rune.ToString());
                }
            }
            else
            {
                for (var i = 0; i < consumed; i++)
                {
                    kept.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{rest[i]:X2}");
                }
            }

            rest = rest[consumed..];
        }

        if (!rest.IsEmpty)
        {
            kept.Append(System.Globalization.CultureInfo.InvariantCulture, $"… [cut: {Bytes.Length} bytes received]");
        }

        return kept.ToString();
    }

    /// <summary>A top-level string property, read leniently from a body that may be otherwise broken, cut or too large to parse.</summary>
    public string? TopLevelText(string name)
    {
        try
        {
            var reader = new Utf8JsonReader(Bytes.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var wanted = reader.ValueTextEquals(name);
                reader.Read();
                if (wanted)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not readable as far as the property: nothing to name.
        }

        return null;
    }
}
