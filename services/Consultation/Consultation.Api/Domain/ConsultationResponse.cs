namespace Consultation.Api.Domain;

/// <summary>
/// A response as submitted: one person's answers (online or copied from paper), or a workshop's tallies standing for
/// <see cref="Respondents"/> people. Only submitted responses exist; nothing is kept from a form left half-done.
/// The answers live on as <see cref="AnswerRow"/>s (what results count) and <see cref="Comment"/>s (free text).
/// </summary>
public sealed class ConsultationResponse
{
    private ConsultationResponse()
    {
    }

    public Guid Id { get; private set; }

    public Guid ConsultationId { get; private set; }

    public ResponseChannel Channel { get; private set; }

    /// <summary>SHA-256 of the browser's session token; unique per consultation, so a browser submits once.</summary>
    public string? SessionTokenHash { get; private set; }

    public string? District { get; private set; }

    public string? AreaType { get; private set; }

    public string? AgeBand { get; private set; }

    public int Respondents { get; private set; }

    /// <summary>The workshop or event a batch of tallies came from, e.g. "Youth workshop, Norwich, 12 March".</summary>
    public string? BatchLabel { get; private set; }

    public string? EnteredBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public bool Synthetic { get; private set; }

    /// <summary>A person's response, already checked against the question set (<see cref="QuestionSet.Check"/>).</summary>
    public static (ConsultationResponse Response, List<AnswerRow> Rows, List<Comment> Comments) FromAnswers(
        PublicConsultation consultation, ResponseChannel channel, IReadOnlyDictionary<string, Answer?> answers,
        DateTimeOffset now, string? sessionTokenHash, string? enteredBy, bool synthetic = false)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(answers);
        var questions = consultation.QuestionSet;
        string? Profile(ProfileField field) =>
            questions.Questions.FirstOrDefault(q => q.Kind == QuestionKind.Profile && q.Profile == field) is { } question
            && answers.TryGetValue(question.Id, out var answer) ? answer?.Choice : null;

        var response = new ConsultationResponse
        {
            Id = Guid.CreateVersion7(),
            ConsultationId = consultation.Id,
            Channel = channel,
            SessionTokenHash = sessionTokenHash,
            District = Profile(ProfileField.District),
            AreaType = Profile(ProfileField.AreaType),
            AgeBand = Profile(ProfileField.AgeBand),
            Respondents = 1,
            EnteredBy = enteredBy,
            SubmittedAt = now,
            Synthetic = synthetic,
        };

        var rows = new List<AnswerRow>();
        var comments = new List<Comment>();
        foreach (var question in questions.Questions)
        {
            if (!answers.TryGetValue(question.Id, out var answer) || answer is null)
            {
                continue;
            }

            switch (question.Kind)
            {
                case QuestionKind.FreeText:
                    comments.Add(Comment.Of(response, question.Id, answer.Text!));
                    rows.Add(AnswerRow.Of(response, question.Id, 1));
                    break;
                case QuestionKind.Number:
                    rows.Add(AnswerRow.Of(response, question.Id, 1, number: answer.Number));
                    break;
                case QuestionKind.Matrix:
                    foreach (var (row, point) in answer.Rows!)
                    {
                        rows.Add(AnswerRow.Of(response, question.Id, 1, row: row));
                        rows.Add(AnswerRow.Of(response, question.Id, 1, row: row, option: point));
                    }

                    break;
                case QuestionKind.Ranking:
                    rows.Add(AnswerRow.Of(response, question.Id, 1));
                    rows.AddRange(answer.Ranking!.Select((option, index) => AnswerRow.Of(response, question.Id, 1, option: option, rank: index + 1)));
                    break;
                case QuestionKind.MultipleChoice:
                    rows.Add(AnswerRow.Of(response, question.Id, 1));
                    rows.AddRange(answer.Choices!.Select(option => AnswerRow.Of(response, question.Id, 1, option: option)));
                    break;
                default:
                    rows.Add(AnswerRow.Of(response, question.Id, 1));
                    rows.Add(AnswerRow.Of(response, question.Id, 1, option: answer.Choice));
                    break;
            }
        }

        return (response, rows, comments);
    }

    /// <summary>A workshop's or event's tallies, entered by staff as one batch standing for its participants.</summary>
    public static (ConsultationResponse Response, List<AnswerRow> Rows) FromTallies(
        PublicConsultation consultation, TallyBatch batch, DateTimeOffset now, string enteredBy, bool synthetic = false)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(batch);
        var response = new ConsultationResponse
        {
            Id = Guid.CreateVersion7(),
            ConsultationId = consultation.Id,
            Channel = batch.Channel,
            District = batch.District,
            AreaType = batch.AreaType,
            Respondents = batch.Participants,
            BatchLabel = batch.Label,
            EnteredBy = enteredBy,
            SubmittedAt = now,
            Synthetic = synthetic,
        };

        var rows = new List<AnswerRow>();
        foreach (var (questionId, tally) in batch.Questions)
        {
            var question = consultation.QuestionSet.Find(questionId)!;
            if (question.Kind == QuestionKind.Matrix)
            {
                foreach (var (row, points) in tally.Rows!)
                {
                    rows.Add(AnswerRow.Of(response, questionId, points.Values.Sum(), row: row));
                    rows.AddRange(points.Where(p => p.Value > 0).Select(p => AnswerRow.Of(response, questionId, p.Value, row: row, option: p.Key)));
                }

                continue;
            }

            rows.Add(AnswerRow.Of(response, questionId, tally.Answered));
            if (question.Kind == QuestionKind.Ranking)
            {
                foreach (var (option, ranks) in tally.Ranks!)
                {
                    rows.AddRange(ranks.Where(r => r.Value > 0).Select(r => AnswerRow.Of(
                        response, questionId, r.Value, option: option, rank: r.Key)));
                }
            }
            else
            {
                rows.AddRange(tally.Counts!.Where(c => c.Value > 0).Select(c => AnswerRow.Of(response, questionId, c.Value, option: c.Key)));
            }
        }

        return (response, rows);
    }
}
