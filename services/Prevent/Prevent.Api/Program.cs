using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.SubjectAccess;
using Prevent.Api;
using Prevent.Api.Audit;
using Prevent.Api.Data;
using Prevent.Api.Referrals;
using Prevent.Api.Referrals.ListRejectedReferrals;
using Prevent.Api.Referrals.PersonMatching;
using Prevent.Api.Referrals.PurgeRejectedReferrals;
using Prevent.Api.Referrals.Retention;
using Prevent.Api.Referrals.SubmitReferral;
using Prevent.Api.Statistics.QuarterlyStatistics;
using Prevent.Api.SubjectAccess;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity(PreventApi.Name));
builder.Services.AddValidation(); // here, not in ServiceDefaults: the generator only sees this project's request types
builder.AddPlatformDatabase<PreventDbContext>();
builder.AddPlatformMessaging<PreventDbContext>(_ => { });
builder.AddPersonMatching();
builder.Services.AddReferralIntake();
builder.Services.AddReferralChanges();
builder.Services.AddReferralRetention();
builder.Services.AddOptions<RejectedReferralRetention>().BindConfiguration(RejectedReferralRetention.SectionName);
builder.Services.AddSingleton<RejectedReferralPurge>();
builder.Services.AddOptions<PartnerCouncils>().BindConfiguration(PartnerCouncils.SectionName);
builder.Services.AddHostedService(services => services.GetRequiredService<RejectedReferralPurge>());

var app = builder.Build();
app.MapServiceDefaults();
app.MapOutboxAdmin();
app.MapAuditLog(PreventAuditReaders.Owners);
app.MapSubjectAccess(PreventSubjectAccess.Search);
app.MapReferrals();
app.MapQuarterlyStatistics();
app.Run();
