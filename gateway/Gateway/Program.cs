using Platform.Gateway.Docs;
using Platform.Gateway.Errors;
using Platform.Gateway.Health;
using Platform.Gateway.Routing;
using Platform.Gateway.Security;
using Yarp.ReverseProxy.Configuration;

// The platform's only public entry. Paths are forwarded unchanged: /api/plans/priorities reaches Plans as
// /api/plans/priorities, because every service maps its endpoints under its own /api/<service> prefix.
// The Authorization header is forwarded as received (services validate the token again) and YARP's HttpClient
// sends a W3C traceparent for its outgoing call, a child of this request's server span.
var builder = WebApplication.CreateBuilder(args);

// TODO(service-defaults): builder.AddServiceDefaults(); (telemetry, problem details, health, JWT from Auth:*).
builder.Services.AddGatewayProblemDetails();
builder.Services.AddGatewayAuthentication();
builder.Services.AddGatewayCors();
builder.Services.AddClientRateLimiting();
builder.Services.AddRequestBodyLimit();
builder.Services.AddSingleton<ServiceDirectory>();
builder.Services.AddGatewayHealth();
builder.Services.AddReverseProxy();
builder.Services.AddSingleton<IProxyConfigProvider, ServiceRoutesConfigProvider>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseResponseHardening();
app.UseRequestBodyLimit();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

// TODO(service-defaults): app.MapServiceDefaults(); once it lands, keeping the gateway's own readiness aggregation.
app.MapGatewayHealth();
app.MapDocsPage();
app.MapReverseProxy(proxy =>
{
    proxy.UseProxyErrorProblems();
    proxy.UseSessionAffinity();
    proxy.UseLoadBalancing();
    proxy.UsePassiveHealthChecks();
});

await app.RunAsync();
