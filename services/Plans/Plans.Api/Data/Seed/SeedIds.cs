using System.Security.Cryptography;
using System.Text;

namespace Plans.Api.Data.Seed;

/// <summary>
/// Fixed ids for seeded rows, derived from a stable name (e.g. <c>priority:serious-violence</c>), so every start and
/// every replica inserts the same rows and <c>ON CONFLICT DO NOTHING</c> keeps them single.
/// </summary>
internal static class SeedIds
{
    public static Guid For(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("csp-plans-seed:" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }

    public static Guid Priority(string code) => For("priority:" + code);

    public static Guid Action(string priorityCode, string key) => For($"action:{priorityCode}:{key}");

    public static Guid DeliveryGroup(string name) => For("delivery-group:" + name);

    public static Guid Plan(string title) => For("plan:" + title);

    public static Guid Outcome(int number) => For($"outcome:{number}");

    public static Guid Measure(int outcomeNumber, int measureNumber) => For($"measure:{outcomeNumber}.{measureNumber}");
}
