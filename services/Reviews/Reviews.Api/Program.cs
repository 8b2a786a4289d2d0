using Platform.Contracts;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.SubjectAccess;
using Reviews.Api;
using Reviews.Api.Cases;
using Reviews.Api.Cases.Retention;
using Reviews.Api.Data;
using Reviews.Api.Statistics.Thematic;
using Reviews.Api.SubjectAccess;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity("reviews"));
builder.Services.AddValidation(); // here, not in ServiceDefaults: the generator only sees this project's request types
builder.AddPlatformDatabase<ReviewsDbContext>();
builder.AddPlatformMessaging<ReviewsDbContext>(_ => { });
builder.AddReviewPolicies();
builder.Services.AddReviewChanges();
builder.Services.AddRestrictedRecordChanges();
builder.Services.AddRestrictedRecordRetention();

var app = builder.Build();
app.MapServiceDefaults();
app.MapOutboxAdmin();
app.MapAuditLog(AuditReaders.Owners<ReviewsDbContext>(Roles.ReviewManager, Roles.PartnershipOfficer));
app.MapSubjectAccess(ReviewsSubjectAccess.Search);
app.MapCases();
app.MapThematicCounts(); // anyone signed in: counts only, small ones withheld
app.Run();
