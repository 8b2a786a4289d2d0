using Funding.Api;
using Funding.Api.Applications;
using Funding.Api.Applications.Retention;
using Funding.Api.Data;
using Funding.Api.Data.Seed;
using Funding.Api.Funds;
using Funding.Api.Grants;
using Funding.Api.Priorities.ListPriorities;
using Funding.Api.Priorities.LivePriorities;
using Funding.Api.Publication.PublishGrants;
using Funding.Api.Rounds;
using Funding.Api.SubjectAccess;
using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.SubjectAccess;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity("funding"));
builder.Services.AddValidation(); // here, not in ServiceDefaults: the generator only sees this project's request types
builder.AddPlatformDatabase<FundingDbContext>();
builder.AddPlatformMessaging<FundingDbContext>(bus =>
{
    bus.AddConsumer<RecordAdoptedPriority>();
    bus.AddConsumer<RecordRetiredPriority>();
});
builder.AddFundingPolicies();
builder.Services.AddFundChanges().AddRoundChanges().AddApplicationChanges().AddGrantChanges();
builder.Services.AddHostedService<ReferenceDataSeeder>(); // after the migrator: hosted services start in order
builder.Services.AddApplicantContactRetention();

var app = builder.Build();
app.MapServiceDefaults();
app.MapOutboxAdmin();
app.MapAuditLog(AuditReaders.Owners<FundingDbContext>(Roles.GrantsOfficer, Roles.PartnershipOfficer));
app.MapSubjectAccess(FundingSubjectAccess.Search);
app.MapFunds();
app.MapRounds();
app.MapApplications();
app.MapPriorities();
app.MapGrants();
app.MapPublication();
app.Run();
