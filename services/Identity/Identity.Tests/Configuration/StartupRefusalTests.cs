using Identity.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Identity.Tests.Configuration;

public class StartupRefusalTests
{
    [Fact]
    public async Task Development_users_are_refused_in_Production()
    {
        var failure = await StartFailure(new ConfiguredFactory("Production", ("Identity:Issuer", "https://csp.example.gov.uk/identity/")));

        Assert.Contains("SeedDevelopmentUsers is refused outside Development", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_needs_an_https_issuer()
    {
        var failure = await StartFailure(new ConfiguredFactory("Production", ("Identity:SeedDevelopmentUsers", "false")));

        Assert.Contains("Identity:Issuer must be set to the public https address", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_access_token_lifetime_over_the_maximum_is_refused()
    {
        var failure = await StartFailure(new ConfiguredFactory("Development", ("Identity:AccessTokenLifetime", "02:00:00")));

        Assert.Contains("AccessTokenLifetime must be positive and at most 01:00:00", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_secret_too_short_to_resist_guessing_is_refused()
    {
        var failure = await StartFailure(new ConfiguredFactory("Development", ("Identity:Partners:0:Secret", "password")));

        Assert.Contains("Identity:Partners:0:Secret is too short", failure, StringComparison.Ordinal);
    }

    private static async Task<string> StartFailure(IdentityFactory factory)
    {
        await using (factory)
        {
            await factory.InitializeAsync();
            return Assert.ThrowsAny<Exception>(() => factory.Server).Message;
        }
    }

    private sealed class ConfiguredFactory(string environment, params (string Key, string Value)[] settings) : IdentityFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
