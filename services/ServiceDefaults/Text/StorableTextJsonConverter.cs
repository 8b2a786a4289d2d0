using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.ServiceDefaults.Text;

/// <summary>
/// Reads every JSON string value (properties, list items, nested objects) through <see cref="StorableText"/>: a value
/// it refuses fails deserialization with its JSON path, which the problem details name as the field.
/// </summary>
public sealed class StorableTextJsonConverter : JsonConverter<string>
{
    /// <summary>Starts the message of the <see cref="JsonException"/> this converter throws.</summary>
    public const string MessagePrefix = "Not storable text: ";

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(string)}.");
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses invalid UTF-8 and escaped lone surrogates when it decodes the string.
            throw new JsonException(MessagePrefix + "Contains bytes or escapes that are not valid Unicode text.");
        }

        return StorableText.Problem(value) is { } problem ? throw new JsonException(MessagePrefix + problem) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString()!;
        return StorableText.Problem(name) is { } problem ? throw new JsonException(MessagePrefix + "A property name: " + problem) : name;
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }
}
