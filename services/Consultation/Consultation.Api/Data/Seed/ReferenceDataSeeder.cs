using Consultation.Api.Domain;
using Consultation.Api.Results;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;

namespace Consultation.Api.Data.Seed;

/// <summary>
/// Loads the reference consultations (<see cref="SeedConsultations"/>) at start-up when
/// <c>Consultation:SeedReferenceData</c> is true, after the migrations: each through the domain like a real one
/// (draft, open, responses, close, themes coded, results published, each move announcing its event), each in one transaction
/// under an advisory lock, and only when its fixed id is not there yet, so restarts and replicas never duplicate it.
/// </summary>
internal sealed partial class ReferenceDataSeeder(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReferenceDataSeeder> logger)
    : IHostedService
{
    public const string Setting = "Consultation:SeedReferenceData";

    private const long AdvisoryLockKey = 0x43_53_50_43_4F_4E; // "CSPCON"

    private const string SyntheticAnalyst = "synthetic-analyst-1";
    private const string SyntheticChecker = "synthetic-analyst-2";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>(Setting))
        {
            return;
        }

        await SeedAsync(SeedConsultations.PreviousSafetySurveyId, SeedPreviousSafetySurveyAsync, cancellationToken);
        await SeedAsync(SeedConsultations.SafetySurveyId, SeedSafetySurveyAsync, cancellationToken);
        await SeedAsync(SeedConsultations.PrioritiesId, SeedPrioritiesAsync, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(Guid id, Func<ConsultationDbContext, ResultsQuery, CancellationToken, Task> seed, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StartupLock.AcquireForTransactionAsync(db, AdvisoryLockKey, cancellationToken);
        if (await db.Consultations.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return;
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await seed(db, scope.ServiceProvider.GetRequiredService<ResultsQuery>(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(logger, id);
    }

    private static Task SeedPreviousSafetySurveyAsync(ConsultationDbContext db, ResultsQuery results, CancellationToken cancellationToken) =>
        SeedSurveyWaveAsync(
            db, results, SeedConsultations.PreviousSafetySurveyId, "Community Safety Survey 2022 (synthetic previous wave)", null,
            new DateOnly(2022, 9, 5), SeedConsultations.PreviousSafetyResponses, previousWave: true, cancellationToken);

    private static Task SeedSafetySurveyAsync(ConsultationDbContext db, ResultsQuery results, CancellationToken cancellationToken) =>
        SeedSurveyWaveAsync(
            db, results, SeedConsultations.SafetySurveyId, "Norfolk Community Safety Partnership & Serious Violence Survey 2024",
            SeedConsultations.PreviousSafetySurveyId, new DateOnly(2024, 6, 3), SeedConsultations.SafetyResponses, previousWave: false, cancellationToken);

    private static async Task SeedSurveyWaveAsync(
        ConsultationDbContext db, ResultsQuery results, Guid id, string title, Guid? previousWaveId, DateOnly opensOn, int respondents, bool previousWave,
        CancellationToken cancellationToken)
    {
        var details = new ConsultationDetails(
            title,
            "Residents' views on ASB, neighbourhood crime and serious violence: feelings of safety, knowing how to report, and the interventions wanted. Responses are synthetic, generated to reproduce the published figures.",
            SeedConsultations.Owners,
            "Norfolk residents",
            opensOn,
            null,
            SeedConsultations.SafetyQuestions(),
            previousWaveId);
        var consultation = PublicConsultation.Draft(details, At(opensOn), id, synthetic: true);
        db.Consultations.Add(consultation);
        consultation.Open(At(opensOn));
        var submittedAt = At(opensOn.AddDays(7));
        foreach (var answers in SeedConsultations.SafetyAnswers(respondents, previousWave))
        {
            Add(db, consultation, answers, submittedAt);
        }

        var closedAt = At(consultation.ClosesOn.AddDays(1));
        consultation.Close(closedAt, new Dictionary<ResponseChannel, int> { [ResponseChannel.Online] = respondents });
        await SaveAsync(db, cancellationToken);
        await PublishAsync(db, results, consultation, closedAt.AddDays(30), new YouSaidWeDid(
            "You told us you feel safe at home but far less so out after dark, and that more of you now know how to report anti-social behaviour. (Illustrative text for synthetic reference data.)",
            [],
            ["Feeling safe after dark became a measure of the place-based crime and ASB priority.", "Awareness campaigns on reporting continue under the public awareness enabler."]),
            cancellationToken);
    }

    private static async Task SeedPrioritiesAsync(ConsultationDbContext db, ResultsQuery results, CancellationToken cancellationToken)
    {
        var opensOn = new DateOnly(2024, 9, 2);
        var details = new ConsultationDetails(
            "Police and crime and community safety priorities consultation 2024",
            "The joint PCC and CSP online consultation on priorities for the 2025-28 plans: rank ten priorities in order of importance. Responses are synthetic, generated to reproduce the published top three and comment themes.",
            SeedConsultations.Owners,
            "Everyone who lives or works in Norfolk",
            opensOn,
            null,
            SeedConsultations.PriorityQuestions());
        var consultation = PublicConsultation.Draft(details, At(opensOn), SeedConsultations.PrioritiesId, synthetic: true);
        consultation.SetCodeFrame([.. SeedConsultations.Themes.Select(t => new Choice(t.Code, t.Label))], []);
        db.Consultations.Add(consultation);
        consultation.Open(At(opensOn));

        var codeFrame = consultation.CodeFrame.Select(t => t.Code).ToList();
        var checkedSoFar = 0;
        var quoted = new HashSet<string>();
        foreach (var (answers, theme) in SeedConsultations.PriorityAnswers())
        {
            var comments = Add(db, consultation, answers, At(opensOn.AddDays(10)));
            foreach (var comment in comments)
            {
                comment.Code([theme!], SyntheticAnalyst, codeFrame);
                if (checkedSoFar < SeedConsultations.CheckedComments)
                {
                    var agrees = checkedSoFar >= SeedConsultations.CheckDisagreements;
                    comment.Check(agrees ? [theme!] : [theme!, theme == "other" ? "funding" : "other"], SyntheticChecker, codeFrame);
                    checkedSoFar++;
                }

                if (quoted.Add(theme!))
                {
                    comment.ApproveQuote(comment.Text, SyntheticAnalyst);
                }
            }
        }

        var closedAt = At(consultation.ClosesOn.AddDays(1));
        consultation.Close(closedAt, new Dictionary<ResponseChannel, int> { [ResponseChannel.Online] = SeedConsultations.PriorityResponses });
        await SaveAsync(db, cancellationToken);
        await PublishAsync(db, results, consultation, closedAt.AddDays(45), new YouSaidWeDid(
            "1,678 people ranked ten priorities. Focus on prevention, making Norfolk streets safer and restoring trust in policing came top, and many told us every priority mattered. (Illustrative text for synthetic reference data.)",
            [
                new ThemeResponse("visible-policing", "Neighbourhood policing and rural visibility are part of the place-based crime and ASB priority."),
                new ThemeResponse("all-important", "The plan keeps all priorities and uses the ranking to order the work, not to drop any."),
                new ThemeResponse("speeding", "Road safety (safe systems) is a priority of the 2025-28 plan."),
                new ThemeResponse("trust-as-indicator", "Trust and confidence is measured as an outcome across the priorities."),
                new ThemeResponse("vawg-excludes-men-and-boys", "The serious violence priority covers domestic abuse and sexual violence against everyone, including men and boys."),
            ],
            ["Prevention became a principle running through every priority.", "Road safety was added as a priority.", "Trust and confidence became an outcome measure."]),
            cancellationToken);
    }

    private static List<Comment> Add(ConsultationDbContext db, PublicConsultation consultation, Dictionary<string, Answer?> answers, DateTimeOffset at)
    {
        var (response, rows, comments) = ConsultationResponse.FromAnswers(consultation, ResponseChannel.Online, answers, at, null, null, synthetic: true);
        db.Responses.Add(response);
        db.Answers.AddRange(rows);
        db.Comments.AddRange(comments);
        return comments;
    }

    private static async Task PublishAsync(
        ConsultationDbContext db, ResultsQuery results, PublicConsultation consultation, DateTimeOffset at, YouSaidWeDid report, CancellationToken cancellationToken)
    {
        var figures = await results.ComputeAsync(consultation, cancellationToken);
        consultation.PublishResults(at, report, figures.Respondents, ResultHeadlines.Rankings(figures), ResultHeadlines.Indicators(figures));
        await SaveAsync(db, cancellationToken);
    }

    private static async Task SaveAsync(ConsultationDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded synthetic reference consultation {ConsultationId}")]
    private static partial void LogSeeded(ILogger logger, Guid consultationId);
}
