using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Testing;

/// <summary>Reads responses the way a client would: web defaults, enums as kebab-case strings.</summary>
public static class TestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
