using System.Security.Cryptography;
using Identity.Api.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Identity.Api.Keys;

/// <summary>The keys the service signs and encrypts with, loaded once at start-up from <see cref="AuthorityOptions"/>.</summary>
public sealed class AuthorityKeys
{
    private AuthorityKeys(IReadOnlyList<SigningCredentials> signing, SymmetricSecurityKey encryption)
    {
        Signing = signing;
        Encryption = encryption;
    }

    /// <summary>The first signs new tokens; all are published in the JWKS.</summary>
    public IReadOnlyList<SigningCredentials> Signing { get; }

    public SymmetricSecurityKey Encryption { get; }

    /// <summary>Configured keys; in Development, ephemeral ones where none are configured (tokens die with the process).</summary>
    public static AuthorityKeys Load(AuthorityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var signing = options.SigningKeys.Count == 0
            ? [Credentials(RSA.Create(2048), $"ephemeral-{Guid.NewGuid():N}"[..18])]
            : options.SigningKeys.Select(key => Credentials(ReadRsa(key), key.Id)).ToList();
        var encryption = string.IsNullOrEmpty(options.EncryptionKey)
            ? RandomNumberGenerator.GetBytes(32)
            : Convert.FromBase64String(options.EncryptionKey);
        if (encryption.Length != 32)
        {
            throw new InvalidOperationException($"{AuthorityOptions.Section}:EncryptionKey must be 32 bytes, base64-encoded.");
        }

        return new AuthorityKeys(signing, new SymmetricSecurityKey(encryption) { KeyId = "encryption" });
    }

    private static RSA ReadRsa(SigningKeyOptions key)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(key.Pem is { Length: > 0 } pem ? pem : File.ReadAllText(key.PemFile!));
        if (rsa.KeySize < 2048)
        {
            throw new InvalidOperationException($"Signing key '{key.Id}' has {rsa.KeySize} bits; at least 2048 are needed.");
        }

        return rsa;
    }

    private static SigningCredentials Credentials(RSA rsa, string keyId) =>
        new(new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
}
