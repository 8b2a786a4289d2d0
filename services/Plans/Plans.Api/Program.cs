using CommunityTrigger.Contracts;
using Plans.Api.Consultations.ListEvidence;
using Plans.Api.Consultations.RecordConsultation;
using Plans.Api.Actions;
using Plans.Api.Actions.CompositeActionPlan;
using Plans.Api.Assessments;
using Plans.Api.CrimeImports;
using Plans.Api.Data;
using Plans.Api.Data.Seed;
using Plans.Api.DeliveryGroups;
using Plans.Api.HarmWeights;
using Plans.Api.Funding.RecordFunding;
using Plans.Api.Measures;
using Plans.Api.Outcomes;
using Plans.Api.PartnershipPlans;
using Plans.Api.Priorities;
using Plans.Api.Readings;
using Plans.Api.Readings.DeriveReadings;
using Plans.Api.Reference;
using Plans.Api.Reports;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Hosting;
using Platform.ServiceDefaults.Messaging;
using Prevent.Contracts;
using Reviews.Contracts;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(new ServiceIdentity("plans"));
builder.Services.AddValidation(); // here, not in ServiceDefaults: the generator only sees this project's request types
builder.AddPlatformDatabase<PlansDbContext>();
builder.AddPlatformMessaging<PlansDbContext>(bus =>
{
    bus.AddConsumer<AddAgreedRecommendation>();
    bus.AddConsumer<RecordGrantAwarded>();
    bus.AddConsumer<RecordGrantPaid>();
    bus.AddConsumer<RecordGrantVaried>();
    bus.AddConsumer<RecordGrantClawedBack>();
    bus.AddConsumer<RecordMonitoringReturn>();
    bus.AddConsumer<RecordConsultationOpened>();
    bus.AddConsumer<RecordConsultationClosed>();
    bus.AddConsumer<RecordConsultationResults>();
    bus.AddIdempotentBatchConsumer<CountPreventReferrals, PreventReferralReceived>();
    bus.AddIdempotentBatchConsumer<CountChannelAdoptions, ChannelCaseAdopted>();
    bus.AddIdempotentBatchConsumer<CountTriggerApplications, CommunityTriggerApplicationReceived>();
    bus.AddIdempotentBatchConsumer<CountTriggerCaseReviews, CaseReviewCompleted>();
    bus.AddIdempotentBatchConsumer<CountReviewsCommissioned, ReviewCommissioned>();
    bus.AddIdempotentBatchConsumer<CountReviewsNotCommissioned, ReviewNotCommissioned>();
});
builder.Services
    .AddPriorityChanges()
    .AddActionChanges()
    .AddDeliveryGroupChanges()
    .AddOutcomeChanges()
    .AddMeasureChanges()
    .AddReadingChanges()
    .AddAssessmentChanges()
    .AddPlanChanges()
    .AddCrimeImports()
    .AddHarmWeightChanges();
builder.Services.AddHostedService<ReferenceDataSeeder>(); // after the migrator: hosted services start in order

var app = builder.Build();
app.MapServiceDefaults();
app.MapOutboxAdmin();
app.MapAuditLog<PlansDbContext>();
app.MapPriorities();
app.MapDeliveryGroups();
app.MapActions();
app.MapOutcomes();
app.MapMeasures();
app.MapReadings();
app.MapAssessments();
app.MapPartnershipPlans();
app.MapReferenceData();
app.MapReports();
app.MapConsultationEvidence();
app.MapCrimeImports();
app.MapHarmWeights();
app.Run();
