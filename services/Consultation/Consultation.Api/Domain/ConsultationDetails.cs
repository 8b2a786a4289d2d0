using Platform.Contracts;

namespace Consultation.Api.Domain;

/// <summary>What the designer sets before opening: words, owners, dates, links and the questions.</summary>
public sealed record ConsultationDetails(
    string Title,
    string Purpose,
    IReadOnlyList<string> Owners,
    string Audience,
    DateOnly OpensOn,
    DateOnly? ClosesOn,
    IReadOnlyList<Question> Questions,
    Guid? PreviousWaveId = null,
    Guid? PlanId = null)
{
    /// <summary>The partnership's usual length when no close date is given (seed 002: "eight-week consultation").</summary>
    public static readonly int DefaultLengthInDays = 8 * 7;

    public DateOnly EffectiveClosesOn => ClosesOn ?? OpensOn.AddDays(DefaultLengthInDays);

    public Dictionary<string, string[]> Problems()
    {
        var problems = new QuestionSet(Questions ?? []).Problems();
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > 200)
        {
            problems["title"] = ["Give a title of up to 200 characters."];
        }

        if (string.IsNullOrWhiteSpace(Purpose) || Purpose.Length > 4000)
        {
            problems["purpose"] = ["Say what the consultation is for (up to 4000 characters)."];
        }

        if (Owners is not { Count: > 0 and <= 10 } || Owners.Any(o => !Agencies.IsWellFormed(o)))
        {
            problems["owners"] = ["Name 1 to 10 owning agencies by slug, e.g. norfolk-opcc."];
        }

        if (string.IsNullOrWhiteSpace(Audience) || Audience.Length > 500)
        {
            problems["audience"] = ["Say who it is for (up to 500 characters)."];
        }

        if (ClosesOn is { } closes && closes <= OpensOn)
        {
            problems["closesOn"] = ["Must be after opensOn."];
        }

        return problems;
    }
}
