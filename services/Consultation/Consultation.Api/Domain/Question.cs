using System.Text.RegularExpressions;

namespace Consultation.Api.Domain;

public enum QuestionKind
{
    Ranking,
    SingleChoice,
    MultipleChoice,
    Likert,
    Matrix,
    Number,
    FreeText,
    Profile,
}

/// <summary>The respondent facts results are broken down by; asked only as optional profile questions.</summary>
public enum ProfileField
{
    District,
    AreaType,
    AgeBand,
}

/// <summary>An answer option (or a matrix row, or a scale point): a stable code that answers carry, and the words shown.</summary>
public sealed record Choice(string Code, string Label);

/// <summary>Show (and accept) a question only when an earlier choice question was answered with one of these codes.</summary>
public sealed record ShowWhen(string QuestionId, IReadOnlyList<string> AnyOf);

/// <summary>
/// One question of a consultation. <see cref="Id"/> is a code chosen by the designer (e.g. <c>know-how-to-report-asb</c>);
/// a later wave that asks the same question under the same id is compared with this one.
/// Likert points and matrix columns are listed from the most negative to the most positive.
/// </summary>
public sealed partial record Question(
    string Id,
    QuestionKind Kind,
    string Text,
    bool Required = false,
    IReadOnlyList<Choice>? Options = null,
    int? MaxChoices = null,
    IReadOnlyList<Choice>? Rows = null,
    IReadOnlyList<Choice>? Scale = null,
    int? Min = null,
    int? Max = null,
    int? MaxLength = null,
    ProfileField? Profile = null,
    ShowWhen? ShowWhen = null,
    IReadOnlyList<decimal>? RankPoints = null)
{
    public const int FreeTextCeiling = 4000;
    public const int DefaultFreeTextLength = 2000;

    public static readonly IReadOnlyList<Choice> AreaTypes = [new("urban", "Urban"), new("rural", "Rural")];

    public static readonly IReadOnlyList<Choice> AgeBands =
    [
        new("under-16", "Under 16"), new("16-24", "16 to 24"), new("25-34", "25 to 34"), new("35-44", "35 to 44"),
        new("45-54", "45 to 54"), new("55-64", "55 to 64"), new("65-74", "65 to 74"), new("75-plus", "75 or over"),
    ];

    public static readonly IReadOnlyList<Choice> DistrictChoices =
    [
        new("breckland", "Breckland"), new("broadland", "Broadland"), new("great-yarmouth", "Great Yarmouth"),
        new("kings-lynn-west-norfolk", "King's Lynn and West Norfolk"), new("north-norfolk", "North Norfolk"),
        new("norwich", "Norwich"), new("south-norfolk", "South Norfolk"),
    ];

    public IReadOnlyList<Choice> Choices => Kind switch
    {
        QuestionKind.Profile => Profile switch
        {
            ProfileField.District => DistrictChoices,
            ProfileField.AreaType => AreaTypes,
            _ => AgeBands,
        },
        QuestionKind.Likert or QuestionKind.Matrix => Scale ?? [],
        _ => Options ?? [],
    };

    /// <summary>
    /// The score out of 10 for putting an option at <paramref name="rank"/> (1 = most important). By default rank r of
    /// n scores (n − r + 1) × 10 / n, so first place scores 10 and last 10 / n; a consultation may set its own points.
    /// </summary>
    public decimal ScoreForRank(int rank)
    {
        var n = Options?.Count ?? 0;
        return RankPoints is { } points ? points[rank - 1] : (n - rank + 1) * 10m / n;
    }

    public int FreeTextLimit => MaxLength ?? DefaultFreeTextLength;

    public bool HasChoice(string code) => Choices.Any(c => c.Code == code);

    /// <summary>What is wrong with the question on its own, keyed by field under <paramref name="prefix"/>.</summary>
    public IEnumerable<(string Field, string Problem)> Problems(string prefix)
    {
        if (!IsCode(Id))
        {
            yield return ($"{prefix}.id", "Use lower-case letters, digits and hyphens (up to 60 characters).");
        }

        if (string.IsNullOrWhiteSpace(Text) || Text.Length > 1000)
        {
            yield return ($"{prefix}.text", "Give the question's words (up to 1000 characters).");
        }

        foreach (var problem in KindProblems(prefix))
        {
            yield return problem;
        }

        // A list the kind does not use would be stored and shown nowhere: refused, so the designer sees the mix-up.
        var unused = new (string Name, IReadOnlyList<Choice>? List, bool Used, string Problem)[]
        {
            ("options", Options, Kind is QuestionKind.Ranking or QuestionKind.SingleChoice or QuestionKind.MultipleChoice,
                "Only single-choice, multiple-choice and ranking questions have options."),
            ("rows", Rows, Kind == QuestionKind.Matrix, "Only matrix questions have rows."),
            ("scale", Scale, Kind is QuestionKind.Likert or QuestionKind.Matrix, "Only likert and matrix questions have a scale."),
        };
        foreach (var (name, list, _, problem) in unused.Where(l => !l.Used && l.List is { Count: > 0 }))
        {
            yield return ($"{prefix}.{name}", problem);
            foreach (var itemProblem in ChoiceListProblems($"{prefix}.{name}", list, 0, int.MaxValue))
            {
                yield return itemProblem;
            }
        }
    }

    private IEnumerable<(string Field, string Problem)> KindProblems(string prefix)
    {
        switch (Kind)
        {
            case QuestionKind.Ranking or QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                foreach (var problem in ChoiceListProblems($"{prefix}.options", Options, 2, 30))
                {
                    yield return problem;
                }

                if (RankPoints is not null && (Kind != QuestionKind.Ranking || RankPoints.Count != (Options?.Count ?? 0) || RankPoints.Any(p => p is < 0 or > 10)))
                {
                    yield return ($"{prefix}.rankPoints", "For a ranking only: one score from 0 to 10 per rank, first rank first.");
                }

                if (Kind == QuestionKind.MultipleChoice && MaxChoices is { } max && (max < 1 || max > (Options?.Count ?? 0)))
                {
                    yield return ($"{prefix}.maxChoices", "Must be between 1 and the number of options.");
                }

                break;
            case QuestionKind.Likert:
                foreach (var problem in ChoiceListProblems($"{prefix}.scale", Scale, 2, 11))
                {
                    yield return problem;
                }

                break;
            case QuestionKind.Matrix:
                foreach (var problem in ChoiceListProblems($"{prefix}.rows", Rows, 1, 30).Concat(ChoiceListProblems($"{prefix}.scale", Scale, 2, 11)))
                {
                    yield return problem;
                }

                break;
            case QuestionKind.Number:
                if (Min is { } min && Max is { } maximum && min > maximum)
                {
                    yield return ($"{prefix}.min", "Must not be above max.");
                }

                break;
            case QuestionKind.FreeText:
                if (MaxLength is < 1 or > FreeTextCeiling)
                {
                    yield return ($"{prefix}.maxLength", $"Must be between 1 and {FreeTextCeiling}.");
                }

                break;
            case QuestionKind.Profile:
                if (Profile is null)
                {
                    yield return ($"{prefix}.profile", "Say which profile fact it asks: district, area-type or age-band.");
                }

                if (Required)
                {
                    yield return ($"{prefix}.required", "Profile questions are always optional.");
                }

                break;
        }
    }

    private static IEnumerable<(string Field, string Problem)> ChoiceListProblems(string field, IReadOnlyList<Choice>? choices, int least, int most)
    {
        if (choices is null || choices.Count < least || choices.Count > most)
        {
            yield return (field, $"Give between {least} and {most}.");
        }

        if (choices is null)
        {
            yield break;
        }

        // Each choice's own field, so a person (or a partner's form) sees which of many to correct.
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] is null)
            {
                yield return ($"{field}[{i}]", "Give a code and a label.");
                continue;
            }

            if (!IsCode(choices[i].Code))
            {
                yield return ($"{field}[{i}].code", "Use lower-case letters, digits and hyphens (up to 60 characters).");
            }

            if (string.IsNullOrWhiteSpace(choices[i].Label) || choices[i].Label.Length > 300)
            {
                yield return ($"{field}[{i}].label", "Give a label of up to 300 characters.");
            }
        }

        if (choices.Where(c => c is not null).Select(c => c.Code).Distinct().Count() != choices.Count(c => c is not null))
        {
            yield return (field, "Codes must be unique.");
        }
    }

    public static bool IsCode(string? value) => value is { Length: > 0 and <= 60 } && CodePattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
