using Identity.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Identity.Tests.Connect;

/// <summary>Rotation as an operator does it: add the new key in front, keep the old one published, later remove it.</summary>
public class KeyRotationTests(IdentityFactory before) : IClassFixture<IdentityFactory>
{
    private static readonly string NewKey = IdentityFactory.NewKeyPem();

    [Fact]
    public async Task Tokens_signed_with_the_old_key_stay_valid_until_they_expire_and_new_ones_use_the_new_key()
    {
        var oldToken = await PartnerToken(before.CreateClient());
        Assert.Equal("key-1", Authority.Read(oldToken).Kid);

        await using var during = new RotatedFactory([("key-2", NewKey), before.SigningKeys[0]]) { EncryptionKey = before.EncryptionKey, SharedConnectionString = before.ConnectionString };
        await during.InitializeAsync();
        var client = during.CreateClient();

        var published = (await Authority.DiscoverAsync(client)).SigningKeys.Select(k => k.KeyId).ToList();
        Assert.Equal(["key-1", "key-2"], published.Order());
        var newToken = await PartnerToken(client);
        Assert.Equal("key-2", Authority.Read(newToken).Kid);
        Assert.True((await Authority.ValidateAsync(client, newToken, "prevent")).IsValid);
        Assert.True((await Authority.ValidateAsync(client, oldToken, "prevent")).IsValid);
        var expiry = Authority.Read(oldToken).ValidTo;
        var afterExpiry = await Authority.ValidateAsync(client, oldToken, "prevent", at: expiry.AddSeconds(1));
        Assert.IsType<SecurityTokenInvalidLifetimeException>(afterExpiry.Exception);

        await using var after = new RotatedFactory([("key-2", NewKey)]) { EncryptionKey = before.EncryptionKey, SharedConnectionString = before.ConnectionString };
        await after.InitializeAsync();
        var retired = await Authority.ValidateAsync(after.CreateClient(), oldToken, "prevent");
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(retired.Exception);
        Assert.True((await Authority.ValidateAsync(after.CreateClient(), newToken, "prevent")).IsValid);
    }

    private static async Task<string> PartnerToken(HttpClient client) =>
        (await Authority.TokensFrom(await Authority.ClientCredentialsAsync(
            client, IdentityFactory.SchoolsClientId, IdentityFactory.SchoolsSecret, "prevent"))).GetProperty("access_token").GetString()!;

    /// <summary>Another instance of the service on the same database, configured with the rotated keys.</summary>
    private sealed class RotatedFactory(IReadOnlyList<(string Id, string Pem)> keys) : IdentityFactory
    {
        public override IReadOnlyList<(string Id, string Pem)> SigningKeys { get; } = keys;
    }
}
