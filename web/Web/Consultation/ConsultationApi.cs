using System.Text.Json.Serialization;

namespace Platform.Web.Consultation;

// The Consultation service's answers as the pages read them (services/Consultation; enums arrive kebab-case).

/// <summary>An answer option, a matrix row or a scale point: the code answers carry and the words shown.</summary>
public sealed record Choice(string Code, string Label);

/// <summary>The question is asked only when an earlier choice question was answered with one of these codes.</summary>
public sealed record ShowWhen(string QuestionId, IReadOnlyList<string> AnyOf);

public sealed record ConsultationQuestion(
    string Id,
    string Kind,
    string Text,
    bool Required = false,
    IReadOnlyList<Choice>? Options = null,
    int? MaxChoices = null,
    IReadOnlyList<Choice>? Rows = null,
    IReadOnlyList<Choice>? Scale = null,
    int? Min = null,
    int? Max = null,
    int? MaxLength = null,
    string? Profile = null,
    ShowWhen? ShowWhen = null)
{
    public const int DefaultFreeTextLength = 2000;

    /// <summary>The choices a respondent picks from (a profile question's are the service's fixed lists).</summary>
    [JsonIgnore]
    public IReadOnlyList<Choice> Choices => Kind switch
    {
        "profile" => Profile switch
        {
            "district" => [.. Forms.Names.Districts.Select(d => new Choice(d.Slug, d.Name))],
            "area-type" => [new("urban", "Urban"), new("rural", "Rural")],
            _ =>
            [
                new("under-16", "Under 16"), new("16-24", "16 to 24"), new("25-34", "25 to 34"), new("35-44", "35 to 44"),
                new("45-54", "45 to 54"), new("55-64", "55 to 64"), new("65-74", "65 to 74"), new("75-plus", "75 or over"),
            ],
        },
        "likert" or "matrix" => Scale ?? [],
        _ => Options ?? [],
    };

    [JsonIgnore]
    public int FreeTextLimit => MaxLength ?? DefaultFreeTextLength;

    public string Label(string? code) => Choices.FirstOrDefault(c => c.Code == code)?.Label ?? code ?? "";
}

/// <summary>One question's answer: the field that fits the question's kind is set.</summary>
public sealed record Answer(
    string? Choice = null,
    IReadOnlyList<string>? Choices = null,
    IReadOnlyList<string>? Ranking = null,
    decimal? Number = null,
    string? Text = null,
    IReadOnlyDictionary<string, string>? Rows = null);

public sealed record PublicConsultationItem(Guid Id, string Title, string Status, DateOnly OpensOn, DateOnly ClosesOn, bool Synthetic);

public sealed record PublicConsultationForm(
    Guid Id, string Title, string Purpose, IReadOnlyList<string> Owners, string Audience, string Status, DateOnly OpensOn,
    DateOnly ClosesOn, IReadOnlyList<ConsultationQuestion> Questions, bool Synthetic);

public sealed record ResponseReceipt(Guid Id, DateTimeOffset SubmittedAt);

public sealed record SavedDraft(string? ResumeKey, Guid ConsultationId, DateTimeOffset SavedAt, DateOnly ResumeBy);

public sealed record ResumedDraft(Guid ConsultationId, IReadOnlyDictionary<string, Answer?> Answers, DateTimeOffset SavedAt, DateOnly ResumeBy);

/// <summary>A consultation as staff see it.</summary>
public sealed record ConsultationView(
    Guid Id, string Title, string Purpose, IReadOnlyList<string> Owners, string Audience, DateOnly OpensOn, DateOnly ClosesOn, string Status,
    IReadOnlyList<ConsultationQuestion> Questions, IReadOnlyList<Choice> CodeFrame, bool Synthetic, DateTimeOffset? ResultsPublishedAt);

public sealed record ConsultationListItem(Guid Id, string Title, string Status, DateOnly OpensOn, DateOnly ClosesOn, bool Synthetic);

public sealed record CommentView(
    Guid Id, string QuestionId, string Text, string? District, DateTimeOffset SubmittedAt, IReadOnlyList<string> Themes, string? CodedBy,
    IReadOnlyList<string>? CheckThemes, string? CheckedBy, string? Quote, bool QuoteReviewed);

public sealed record ThemeSummary(int Comments, int Coded, CoderAgreement Agreement, IReadOnlyList<ThemeCount> Themes);

public sealed record ThemeCount(string Code, string Label, int Comments, IReadOnlyList<string> ReviewedQuotes);

public sealed record CoderAgreement(int Checked, int Agreeing, decimal Percent);

public sealed record ConsultationResults(Guid ConsultationId, string Title, string Status, int Respondents, IReadOnlyDictionary<string, int> RespondentsByChannel);

/// <summary>"You said, we did" as the public reads it, with the headline results.</summary>
public sealed record YouSaidWeDidReport(
    Guid ConsultationId, string Title, string Purpose, IReadOnlyList<string> Owners, DateOnly OpensOn, DateOnly ClosesOn, DateTimeOffset PublishedAt,
    bool Synthetic, int Respondents, IReadOnlyDictionary<string, int> RespondentsByChannel, IReadOnlyList<QuestionResult> Results, int Comments,
    IReadOnlyList<ThemeCount> TopThemes, CoderAgreement CoderAgreement, string Summary, IReadOnlyList<ThemeResponseView> WeDid,
    IReadOnlyList<string> PlanChanges);

public sealed record ThemeResponseView(string Theme, string YouSaid, string WeDid);

public sealed record QuestionResult(string QuestionId, string Kind, string Text, QuestionFigures County);

public sealed record QuestionFigures(
    long Answered, IReadOnlyList<OptionFigure>? Options = null, IReadOnlyList<RankingFigure>? Ranking = null, AgreementFigure? Agreement = null,
    IReadOnlyList<MatrixRowFigure>? Matrix = null, NumberFigure? Number = null);

public sealed record OptionFigure(string Code, string Label, long Count, decimal Percent);

public sealed record RankingFigure(string Code, string Label, int Position, decimal AverageScore, long FirstChoices);

public sealed record AgreementFigure(decimal AgreePercent, decimal DisagreePercent, decimal NetAgreement);

public sealed record MatrixRowFigure(string Code, string Label, long Answered, AgreementFigure Agreement);

public sealed record NumberFigure(long Count, decimal Mean, decimal Min, decimal Max);

/// <summary>Status tags as GOV.UK shows them.</summary>
public static class ConsultationStatus
{
    public static (string Text, string Colour) Tag(string status) => status switch
    {
        "draft" => ("Draft", "govuk-tag--grey"),
        "open" => ("Open", "govuk-tag--green"),
        "closed" => ("Closed", "govuk-tag--yellow"),
        "results-published" => ("Results published", "govuk-tag--blue"),
        _ => (status, "govuk-tag--grey"),
    };
}
