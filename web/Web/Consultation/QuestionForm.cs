using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Platform.Web.Consultation;

/// <summary>
/// One question's form fields, as the question page posts them, read into an answer with the GOV.UK error message for
/// what is missing or wrong. Fields: <c>answer</c> (radios, checkboxes, a number, text), <c>rank-{option}</c> (a
/// ranking's selects) and <c>row-{row}</c> (a matrix's radios per row). The field the error links to has id <c>answer</c>.
/// </summary>
public static class QuestionForm
{
    public const string FieldId = "answer";

    /// <summary>
    /// The answer (null when left blank) and the error to show for what was given, if any; with an error the answer is
    /// what the person gave, as far as it can be kept, to show again in the form - not to save.
    /// </summary>
    public static (Answer? Answer, string? Error) Read(ConsultationQuestion question, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(form);
        return question.Kind switch
        {
            "single-choice" or "likert" or "profile" => ReadChoice(question, form[FieldId]),
            "multiple-choice" => ReadChoices(question, form[FieldId]),
            "ranking" => ReadRanking(question, form),
            "matrix" => ReadMatrix(question, form),
            "number" => ReadNumber(question, form[FieldId]),
            _ => ReadText(question, form[FieldId]),
        };
    }

    /// <summary>What to tell the person who left a required question blank.</summary>
    public static string Missing(ConsultationQuestion question) => question?.Kind switch
    {
        "multiple-choice" => "Select at least one option",
        "ranking" => "Rank every option",
        "matrix" => "Answer for every row",
        "number" => "Enter a number",
        "free-text" => "Enter your answer",
        _ => "Select an option",
    };

    private static (Answer?, string?) ReadChoice(ConsultationQuestion question, StringValues value) =>
        value.ToString() is { Length: > 0 } code
            ? question.Choices.Any(c => c.Code == code) ? (new Answer(Choice: code), null) : (null, "Select one of the options")
            : (null, null);

    private static (Answer?, string?) ReadChoices(ConsultationQuestion question, StringValues values)
    {
        var codes = values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToList();
        if (codes.Count == 0)
        {
            return (null, null);
        }

        if (codes.Any(code => !question.Choices.Any(c => c.Code == code)))
        {
            return (null, "Select from the options");
        }

        return question.MaxChoices is { } max && codes.Count > max
            ? (new Answer(Choices: codes), $"Select no more than {max} options")
            : (new Answer(Choices: codes), null);
    }

    private static (Answer?, string?) ReadRanking(ConsultationQuestion question, IFormCollection form)
    {
        var options = question.Choices;
        var ranks = options.Select(o => (o.Code, Rank: int.TryParse(form[$"rank-{o.Code}"], NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0)).ToList();
        if (ranks.All(r => r.Rank == 0))
        {
            return (null, null);
        }

        if (ranks.Any(r => r.Rank < 1 || r.Rank > options.Count) || ranks.Select(r => r.Rank).Distinct().Count() != options.Count)
        {
            return (null, $"Give each option a different rank from 1 to {options.Count}");
        }

        return (new Answer(Ranking: [.. ranks.OrderBy(r => r.Rank).Select(r => r.Code)]), null);
    }

    private static (Answer?, string?) ReadMatrix(ConsultationQuestion question, IFormCollection form)
    {
        var rows = (question.Rows ?? [])
            .Select(row => (row.Code, Value: form[$"row-{row.Code}"].ToString()))
            .Where(row => row.Value.Length > 0)
            .ToDictionary(row => row.Code, row => row.Value, StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return (null, null);
        }

        if (rows.Values.Any(value => !question.Choices.Any(c => c.Code == value)))
        {
            return (null, "Select from the options");
        }

        return (new Answer(Rows: rows), question.Required && rows.Count < (question.Rows?.Count ?? 0) ? "Answer for every row" : null);
    }

    private static (Answer?, string?) ReadNumber(ConsultationQuestion question, StringValues value)
    {
        var text = value.ToString().Trim();
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return (null, "Enter a number, like 3");
        }

        if (question.Min is { } min && number < min)
        {
            return (new Answer(Number: number), $"Enter a number of {min} or more");
        }

        return (new Answer(Number: number), question.Max is { } max && number > max ? $"Enter a number of {max} or less" : null);
    }

    private static (Answer?, string?) ReadText(ConsultationQuestion question, StringValues value)
    {
        var text = value.ToString().Trim();
        if (text.Length == 0)
        {
            return (null, null);
        }

        return (new Answer(Text: text), text.Length > question.FreeTextLimit ? $"Your answer must be {question.FreeTextLimit} characters or fewer" : null);
    }

    /// <summary>The answer as the person reads it on "check your answers".</summary>
    public static string Describe(ConsultationQuestion question, Answer? answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (answer is null)
        {
            return "Not answered";
        }

        return question.Kind switch
        {
            "multiple-choice" => string.Join(", ", (answer.Choices ?? []).Select(question.Label)),
            "ranking" => string.Join(", ", (answer.Ranking ?? []).Select((code, i) => $"{i + 1}. {question.Label(code)}")),
            "matrix" => string.Join(", ", (question.Rows ?? []).Where(r => answer.Rows?.ContainsKey(r.Code) == true).Select(r => $"{r.Label}: {question.Label(answer.Rows![r.Code])}")),
            "number" => answer.Number?.ToString(CultureInfo.InvariantCulture) ?? "",
            "free-text" => answer.Text ?? "",
            _ => question.Label(answer.Choice),
        };
    }
}
