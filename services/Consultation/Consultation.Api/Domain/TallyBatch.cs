namespace Consultation.Api.Domain;

/// <summary>
/// Counts from a workshop or event where views were gathered on flipcharts or with dots, entered by staff as one
/// batch: how many took part, and per question how many answered and how many chose each option (per rank for a
/// ranking, per row for a matrix). Free text and numbers are entered as individual responses instead.
/// </summary>
public sealed record TallyBatch(
    string Label,
    ResponseChannel Channel,
    int Participants,
    string? District,
    string? AreaType,
    IReadOnlyDictionary<string, QuestionTally> Questions)
{
    public const int MaxParticipants = 100_000;

    public Dictionary<string, string[]> Problems(QuestionSet questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var problems = new Dictionary<string, string[]>();
        if (Channel is not (ResponseChannel.Workshop or ResponseChannel.Event))
        {
            problems["channel"] = ["Tallies come from a workshop or an event."];
        }

        if (Participants is < 1 or > MaxParticipants)
        {
            problems["participants"] = [$"Between 1 and {MaxParticipants}."];
        }

        if (District is not null && !Platform.Contracts.Districts.IsDistrict(District))
        {
            problems["district"] = ["Use one of Norfolk's seven districts, or leave it out for a county-wide event."];
        }

        if (AreaType is not null && Question.AreaTypes.All(a => a.Code != AreaType))
        {
            problems["areaType"] = ["Use urban or rural, or leave it out."];
        }

        if (Questions is not { Count: > 0 })
        {
            problems["questions"] = ["Give the tallies of at least one question."];
            return problems;
        }

        foreach (var (id, tally) in Questions)
        {
            var field = $"questions.{id}";
            if (questions.Find(id) is not { } question)
            {
                problems[field] = ["There is no such question in this consultation."];
            }
            else if (tally is null || tally.Problem(question, Participants) is { } problem)
            {
                problems[field] = [tally is null ? "Give the question's tallies." : tally.Problem(question, Participants)!];
            }
        }

        return problems;
    }
}

/// <summary>
/// One question's tallies: <see cref="Counts"/> by option code (choice, Likert, profile), <see cref="Ranks"/> by
/// option code then rank (ranking), <see cref="Rows"/> by matrix row then scale point.
/// </summary>
public sealed record QuestionTally(
    int Answered,
    IReadOnlyDictionary<string, int>? Counts = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<int, int>>? Ranks = null,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>>? Rows = null)
{
    public string? Problem(Question question, int participants)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Kind is QuestionKind.FreeText or QuestionKind.Number)
        {
            return "Enter free text and numbers as individual responses.";
        }

        if (question.Kind != QuestionKind.Matrix && (Answered < 0 || Answered > participants))
        {
            return "answered must be between 0 and the number of participants.";
        }

        return question.Kind switch
        {
            QuestionKind.Ranking => RankProblem(question),
            QuestionKind.Matrix => MatrixProblem(question, participants),
            _ => CountProblem(question),
        };
    }

    private string? CountProblem(Question question)
    {
        if (Counts is null || Counts.Keys.Any(code => !question.HasChoice(code)) || Counts.Values.Any(n => n < 0 || n > Answered))
        {
            return "Give counts by listed option code, each between 0 and answered.";
        }

        return question.Kind != QuestionKind.MultipleChoice && Counts.Values.Sum() > Answered
            ? "One answer each: the counts cannot add up to more than answered."
            : null;
    }

    private string? RankProblem(Question question)
    {
        var size = question.Options!.Count;
        if (Ranks is null || Ranks.Count != size || Ranks.Keys.Any(code => !question.HasChoice(code))
            || Ranks.Values.Any(ranks => ranks.Any(r => r.Key < 1 || r.Key > size || r.Value < 0) || ranks.Values.Sum() != Answered))
        {
            return $"Give, for each of the {size} options, how many put it at each rank (1 to {size}); each option's counts add up to answered.";
        }

        return null;
    }

    private string? MatrixProblem(Question question, int participants)
    {
        var rows = question.Rows!;
        if (Rows is null || Rows.Count == 0 || Rows.Keys.Any(code => rows.All(r => r.Code != code))
            || Rows.Values.Any(points => points.Keys.Any(p => !question.HasChoice(p)) || points.Values.Any(n => n < 0) || points.Values.Sum() > participants))
        {
            return "Give counts by row and scale point; a row's counts cannot add up to more than the participants.";
        }

        return null;
    }
}
