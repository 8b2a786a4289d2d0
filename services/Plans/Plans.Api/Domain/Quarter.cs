using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plans.Api.Domain;

/// <summary>
/// A calendar quarter (Q1 = January to March), written <c>2025-Q3</c> everywhere: URLs, JSON, CSV. Readings are
/// kept per quarter; binds from route and query values, so a malformed one is a 400 naming the parameter.
/// </summary>
[JsonConverter(typeof(QuarterJsonConverter))]
public readonly record struct Quarter(int Year, int Number) : IParsable<Quarter>, IComparable<Quarter>
{
    public int Year { get; } = Year is >= 1 and <= 9999 ? Year : throw new ArgumentOutOfRangeException(nameof(Year));

    public int Number { get; } = Number is >= 1 and <= 4 ? Number : throw new ArgumentOutOfRangeException(nameof(Number));

    /// <summary>The quarter's first day, which is how readings store their period.</summary>
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>The quarter's last day.</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public static Quarter Containing(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public Quarter Previous() => Number == 1 ? new Quarter(Year - 1, 4) : new Quarter(Year, Number - 1);

    public Quarter Next() => Number == 4 ? new Quarter(Year + 1, 1) : new Quarter(Year, Number + 1);

    /// <summary>True when the quarter starts after <paramref name="today"/>: nothing can have been measured in it yet.</summary>
    public bool IsAfter(DateOnly today) => Start > today;

    public static Quarter Parse(string s) =>
        TryParse(s, out var quarter) ? quarter : throw new FormatException($"'{s}' is not a quarter; write it like 2025-Q3.");

    public static Quarter Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Accepts exactly <c>yyyy-Qn</c> (n from 1 to 4), e.g. <c>2025-Q3</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Quarter result)
    {
        result = default;
        if (s is not { Length: 7 } || s[4] != '-' || s[5] != 'Q' || s[6] < '1' || s[6] > '4')
        {
            return false;
        }

        if (!int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        result = new Quarter(year, s[6] - '0');
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Quarter result) =>
        TryParse(s, out result);

    /// <summary>The quarter that starts on <paramref name="start"/>, as readings store it.</summary>
    public static Quarter FromStart(DateOnly start) => Containing(start);

    public int CompareTo(Quarter other) => Start.CompareTo(other.Start);

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Number}");
}

/// <summary>Quarters travel in JSON as their written form, <c>"2025-Q3"</c>.</summary>
public sealed class QuarterJsonConverter : JsonConverter<Quarter>
{
    public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Quarter.TryParse(reader.GetString(), out var quarter)
            ? quarter
            : throw new JsonException("A quarter is written like 2025-Q3.");

    public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
