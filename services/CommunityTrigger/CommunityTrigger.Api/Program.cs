using CommunityTrigger.Api;
using CommunityTrigger.Api.Cases;
using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Publication;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;
using Platform.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity("community-trigger"));
builder.AddPlatformDatabase<CommunityTriggerDbContext>();
builder.AddPlatformMessaging<CommunityTriggerDbContext>(_ => { });
builder.AddCommunityTriggerPolicies();

// Called here as well as in ServiceDefaults: the validation source generator intercepts this call in the assembly
// that declares the endpoints, which is how it registers this service's request types for validation.
builder.Services.AddValidation();
builder.Services.AddScoped<ApplicationIntake>();
builder.Services.AddScoped<CaseChanges>();

var app = builder.Build();
app.MapServiceDefaults();
app.MapOutboxAdmin();
app.MapAuditLog<CommunityTriggerDbContext>();
app.MapCases();
app.MapPublication();
app.Run();
