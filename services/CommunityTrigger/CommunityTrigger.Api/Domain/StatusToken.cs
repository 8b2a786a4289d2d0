using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CommunityTrigger.Api.Domain;

/// <summary>
/// The reference an applicant uses to check progress without an account: 32 random bytes, so it cannot be guessed.
/// Only its SHA-256 hash is stored; a leaked table cannot be turned back into working references.
/// </summary>
public static class StatusToken
{
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
