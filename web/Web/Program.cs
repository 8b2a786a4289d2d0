using Platform.ServiceDefaults.Hosting;
using Platform.Web;
using Platform.Web.Account;
using Platform.Web.Api;
using Platform.Web.Forms;
using Platform.Web.Navigation;
using Platform.Web.Security;
using Platform.Web.Sessions;

// The partnership's web front-end (decision 0031): server-rendered Razor Pages in the GOV.UK Design System, served
// through the gateway at /. A backend-for-frontend: people sign in at the identity service (code + PKCE), their tokens
// stay server-side in the store every replica shares (decision 0047), and pages call the APIs through the gateway
// with the person's access token.
var builder = WebApplication.CreateBuilder(args);
var settings = WebSettings.From(builder.Configuration);
builder.Services.AddSingleton(settings);
builder.AddFrontEndDefaults(new ServiceIdentity("web"));
builder.Services.AddTrustedForwarding(builder.Configuration);
builder.AddSharedSessions();
builder.Services.AddPersonSignIn(settings);
builder.Services.AddGatewayApi(settings);
builder.Services.AddJourneyDrafts();
builder.Services.AddRazorPages(pages => pages.Conventions.AuthorizeJourneys())
    .AddMvcOptions(mvc => mvc.Filters.Add<NoStoreFilter>());
builder.Services.AddAntiforgery(antiforgery =>
{
    antiforgery.Cookie.Name = "csp-web-form";
    // Antiforgery refuses to run over plain HTTP with Always; only a developer's http://127.0.0.1 is plain HTTP.
    antiforgery.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    antiforgery.Cookie.SameSite = SameSiteMode.Strict;
    antiforgery.FormFieldName = "__csrf";
});

var app = builder.Build();
app.UseServerTiming(settings);
app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseExceptionHandler("/error/500");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseSession();
app.MapHealthChecks("/health/live").AllowAnonymous();
app.MapHealthChecks("/health/ready").AllowAnonymous();
app.MapRazorPages();
await app.RunAsync();
