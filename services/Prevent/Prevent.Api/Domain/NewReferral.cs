using Platform.Contracts;
using Platform.ServiceDefaults.Http;

namespace Prevent.Api.Domain;

/// <summary>The person referred. Either a date of birth or an age band; the band is derived when the date is known.</summary>
public sealed record PersonDetails(string Name, DateOnly? DateOfBirth, string? AgeBand);

/// <summary>A referral as either door delivers it, before it is checked.</summary>
public sealed record NewReferral(
    string ReferrerAgency,
    Sector Sector,
    PersonDetails Person,
    string District,
    string Concerns,
    IdeologyCategory Ideology,
    IReadOnlyList<RiskIndicator> RiskFlags)
{
    /// <summary>Every reason the referral cannot be received, by field (camelCase paths, as clients send them).</summary>
    public IReadOnlyDictionary<string, string[]> Problems(DateOnly today)
    {
        var problems = new Dictionary<string, string[]>();
        if (!Agencies.IsWellFormed(ReferrerAgency))
        {
            problems["referrerAgency"] = ["Use the agency's slug, e.g. norfolk-constabulary."];
        }

        if (!Districts.IsDistrict(District))
        {
            problems["district"] = [$"Use one of: {string.Join(", ", Districts.All)}."];
        }

        if (string.IsNullOrWhiteSpace(Person.Name))
        {
            problems["person.name"] = ["The person's name is required."];
        }

        if (string.IsNullOrWhiteSpace(Concerns))
        {
            problems["concerns"] = ["Describe the concerns."];
        }

        if (!Enum.IsDefined(Sector))
        {
            problems["sector"] = [$"Use one of: {string.Join(", ", EnumNames.Names(typeof(Sector)))}."];
        }

        AgeProblems(today, problems);
        return problems;
    }

    /// <summary>The age band on the day of receipt: derived from the date of birth when given, otherwise as given.</summary>
    public string AgeBandOn(DateOnly today) =>
        Person.DateOfBirth is { } born ? AgeBands.Of(born, today) : Person.AgeBand!;

    private void AgeProblems(DateOnly today, Dictionary<string, string[]> problems)
    {
        if (Person.AgeBand is { } band && !AgeBands.IsBand(band))
        {
            problems["person.ageBand"] = [$"Use one of: {string.Join(", ", AgeBands.All)}."];
        }

        switch (Person.DateOfBirth)
        {
            case null when Person.AgeBand is null:
                problems["person"] = ["Give the date of birth or, when it is not known, the age band."];
                break;
            case { } born when born > today || AgeBands.AgeOn(born, today) > 120:
                problems["person.dateOfBirth"] = ["The date of birth must be a real past date."];
                break;
            case { } born when Person.AgeBand is { } given && AgeBands.IsBand(given) && AgeBands.Of(born, today) != given:
                problems["person.ageBand"] = [$"The date of birth puts the person in {AgeBands.Of(born, today)}, not {given}."];
                break;
        }
    }
}

/// <summary>
/// Who hands a referral in. A partner system speaks for the one agency it is registered for (its identity client, or
/// its RabbitMQ user), so the referrer is that agency: it may leave <c>referrerAgency</c> out, and may not name
/// another. Staff may enter a referral another agency made (a school's call to the council) by naming it; left out,
/// it is their own agency (decision 0040).
/// </summary>
public sealed record Sender(string Agency, bool IsPartnerSystem)
{
    public const string OwnAgencyRule = "partner-refers-for-own-agency";

    /// <summary>The referrer agency: as named, else the sender's own; null when a partner system names another.</summary>
    public string? ReferrerAgency(string? named) => named switch
    {
        null => Agency,
        _ when !IsPartnerSystem || named == Agency => named,
        _ => null,
    };
}
