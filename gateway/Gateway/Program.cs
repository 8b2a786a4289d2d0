using Platform.Gateway.Docs;
using Platform.Gateway.Errors;
using Platform.Gateway.Health;
using Platform.Gateway.Routing;
using Platform.Gateway.Security;
using Platform.ServiceDefaults.Hosting;
using Yarp.ReverseProxy.Configuration;

// The platform's only public entry. Paths are forwarded unchanged: /api/plans/priorities reaches Plans as
// /api/plans/priorities, because every service maps its endpoints under its own /api/<service> prefix.
// The Authorization header is forwarded as received (services validate the token again), and the proxy's
// outgoing call carries a W3C traceparent as a child span of this request's server span.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity("gateway"));
builder.Services.AddGatewayCors();
builder.Services.AddClientRateLimiting();
builder.Services.AddFailedAuthenticationLimit();
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
builder.Services.AddSingleton<ServiceDirectory>();
builder.Services.AddDownstreamReadiness(builder.Configuration);
builder.Services.AddReverseProxy();
builder.Services.AddSingleton<IProxyConfigProvider, ServiceRoutesConfigProvider>();

var app = builder.Build();

// First the client's real address (only from configured proxies), on which the limits below count.
app.UseTrustedProxies(builder.Configuration);
if (!app.Environment.IsDevelopment())
{
    app.UseHsts(); // on HTTPS requests (TLS ends at the gateway or, via X-Forwarded-Proto, at a trusted proxy)
}

// Before routing: headers for every response and CORS preflights answered. (Oversized bodies are refused
// unread by ServiceDefaults, limit in Limits:MaxRequestBodyBytes.)
app.UseResponseHardening();
app.UseCors();
// Before authentication: an address that keeps sending bad tokens is refused before they are checked.
app.UseFailedAuthenticationLimit();
app.UseReadinessAccess();
app.UseApiReferenceEntry();
app.MapServiceDefaults();

// After authentication, so authenticated callers are counted by token subject.
app.UseRateLimiter();

app.MapApiReference();
app.MapReverseProxy(proxy =>
{
    proxy.UseProxyErrorProblems();
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});
app.MapUnknownRoutes();

await app.RunAsync();
