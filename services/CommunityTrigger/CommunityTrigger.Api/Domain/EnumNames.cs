using System.Text.Json;

namespace CommunityTrigger.Api.Domain;

public static class EnumNames
{
    /// <summary>The value as clients and events spell it: <c>ThresholdNotMet</c> is <c>threshold-not-met</c>.</summary>
    public static string ToKebab(this Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    }
}
