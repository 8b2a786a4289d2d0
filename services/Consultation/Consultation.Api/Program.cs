using Consultation.Api;
using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Consultation.Api.Data.Seed;
using Consultation.Api.PublicAccess;
using Consultation.Api.Responses;
using Consultation.Api.Results;
using Consultation.Api.Themes.Retention;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;
using Platform.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity("consultation"));
builder.Services.AddValidation(); // here, not in ServiceDefaults: the generator only sees this project's request types
builder.AddPlatformDatabase<ConsultationDbContext>();
builder.AddPlatformMessaging<ConsultationDbContext>(_ => { });
builder.AddConsultationPolicies();
builder.Services.AddConsultationChanges();
builder.Services.AddScoped<ResponseIntake>();
builder.Services.AddScoped<ResultsQuery>();
builder.Services.AddMemoryCache(cache => cache.SizeLimit = 200); // computed results, one unit each
builder.Services.AddHostedService<ReferenceDataSeeder>(); // after the migrator: hosted services start in order
builder.Services.AddCommentRetention();

var app = builder.Build();
app.MapServiceDefaults();
app.MapOutboxAdmin();
app.MapAuditLog(AuditReaders.Owners<ConsultationDbContext>(Roles.ConsultationOfficer, Roles.PartnershipOfficer));
app.MapConsultations();
app.MapPublic();
app.Run();
