using System.Security.Cryptography;
using System.Text;
using Consultation.Api.Data;
using Consultation.Api.Domain;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Consultation.Api.Responses;

/// <summary>
/// Takes a response in, whichever way it came: checks the answers against the consultation's frozen questions
/// (problems named per question), then stores the response, its answer rows and its comments in one transaction.
/// An online response's session token is stored hashed under a unique index, so the same browser submitting twice
/// (even at the same moment) is answered 409 the second time and counted once.
/// </summary>
public sealed class ResponseIntake(ConsultationDbContext db, TimeProvider clock)
{
    public async Task<IntakeResult> ReceiveAsync(
        PublicConsultation consultation, ResponseChannel channel, IReadOnlyDictionary<string, Answer?> answers, string? sessionToken,
        string? enteredBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        var problems = consultation.QuestionSet.Check(answers);
        if (problems.Count > 0)
        {
            return new IntakeResult.Invalid(problems);
        }

        var (response, rows, comments) = ConsultationResponse.FromAnswers(
            consultation, channel, answers, clock.GetUtcNow(), sessionToken is null ? null : HashOf(sessionToken), enteredBy);
        db.Responses.Add(response);
        db.Answers.AddRange(rows);
        db.Comments.AddRange(comments);
        await db.SaveChangesOrRefuseAsync(
            () => new RuleViolationException("already-responded", "A response was already submitted from this browser session."), cancellationToken);
        return new IntakeResult.Received(response.Id, response.SubmittedAt);
    }

    public static string HashOf(string sessionToken) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sessionToken)));
}

public abstract record IntakeResult
{
    private IntakeResult()
    {
    }

    public sealed record Received(Guid ResponseId, DateTimeOffset SubmittedAt) : IntakeResult;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Problems) : IntakeResult;
}

public sealed record ResponseReceipt(Guid ResponseId, DateTimeOffset SubmittedAt);
