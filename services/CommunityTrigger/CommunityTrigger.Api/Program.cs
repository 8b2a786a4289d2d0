using CommunityTrigger.Api;
using CommunityTrigger.Api.Cases;
using CommunityTrigger.Api.Cases.Retention;
using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Publication;
using CommunityTrigger.Api.SubjectAccess;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.SubjectAccess;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity("community-trigger"));
builder.Services.AddValidation(); // here, not in ServiceDefaults: the generator only sees this project's request types
builder.AddPlatformDatabase<CommunityTriggerDbContext>();
builder.AddPlatformMessaging<CommunityTriggerDbContext>(_ => { });
builder.AddCommunityTriggerPolicies();
builder.Services.AddScoped<ApplicationIntake>();
builder.Services.AddCaseChanges();
builder.Services.AddApplicantContactRetention();

var app = builder.Build();
app.MapServiceDefaults();
app.MapOutboxAdmin();
app.MapAuditLog<CommunityTriggerDbContext>();
app.MapSubjectAccess(TriggerSubjectAccess.Search);
app.MapCases();
app.MapPublication();
app.Run();
