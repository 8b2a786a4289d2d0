using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Stores a value object that is only ever replaced whole (incidents, a decision, a meeting record) as one jsonb
/// column: it is read and written with its case, never queried into.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static PropertyBuilder<T> IsJson<T>(this PropertyBuilder<T> property) =>
        (property ?? throw new ArgumentNullException(nameof(property)))
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, Json),
                json => JsonSerializer.Deserialize<T>(json, Json)!,
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    value => JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
                    value => value));
}
