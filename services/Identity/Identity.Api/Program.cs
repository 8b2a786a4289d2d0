using Identity.Api;
using Identity.Api.Clients;
using Identity.Api.Configuration;
using Identity.Api.Connect;
using Identity.Api.Data;
using Identity.Api.Federation;
using Identity.Api.Keys;
using Identity.Api.SignIn;
using Identity.Api.Users;
using Microsoft.AspNetCore.Identity;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;

// The platform's OpenID Connect provider (decision 0019). Everything lives under /identity, as the gateway
// forwards it, so the issuer, discovery and sign-in page have one address in every deployment.
var builder = WebApplication.CreateBuilder(args);
builder.AddAuthorityDefaults(new ServiceIdentity("identity"));
var options = builder.Configuration.GetSection(AuthorityOptions.Section).Get<AuthorityOptions>() ?? new AuthorityOptions();
options.Validate(builder.Environment.IsDevelopment());
var keys = AuthorityKeys.Load(options);
builder.Services.AddSingleton(options);
builder.AddPlatformDatabase<IdentityDbContext>();
builder.Services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "csp-identity-form");
builder.Services.AddSignInCookie(options.RefreshTokenLifetime);
builder.Services.AddAuthorityServer(options, keys);
builder.Services.AddFederation(options, keys);
builder.Services.AddHostedService<ClientRegistrar>(); // after the migrator: hosted services start in order
if (options.SeedDevelopmentUsers)
{
    builder.Services.AddHostedService<DevelopmentUsers>();
}

var app = builder.Build();
app.UsePathBase(IdentityPaths.PathBase);
app.MapServiceDefaults();
app.MapSignIn();
app.MapConnect();
app.MapFederation(options);
app.Run();
