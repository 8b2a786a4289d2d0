using System.Globalization;
using System.Text;
using Funding.Api.Domain;
using Platform.Contracts;

namespace Funding.Api.Publication;

/// <summary>
/// Published grants in the 360Giving Data Standard: a package of grants (JSON) and the same grants as the standard's
/// flat spreadsheet (CSV, one row per grant, the standard's column titles). Organisations only, by name and registered
/// numbers: an applicant's contact (name, email, phone) is never published.
/// </summary>
public static class ThreeSixtyGiving
{
    public const string Currency = "GBP";

    /// <summary>ONS local authority district codes (geoCodeType LAD); the county as a whole is Norfolk county (CTY).</summary>
    private static readonly Dictionary<string, (string Name, string Code, string Type)> Areas = new(StringComparer.Ordinal)
    {
        [Districts.Breckland] = ("Breckland", "E07000143", "LAD"),
        [Districts.Broadland] = ("Broadland", "E07000144", "LAD"),
        [Districts.GreatYarmouth] = ("Great Yarmouth", "E07000145", "LAD"),
        [Districts.KingsLynnWestNorfolk] = ("King's Lynn and West Norfolk", "E07000146", "LAD"),
        [Districts.NorthNorfolk] = ("North Norfolk", "E07000147", "LAD"),
        [Districts.Norwich] = ("Norwich", "E07000148", "LAD"),
        [Districts.SouthNorfolk] = ("South Norfolk", "E07000149", "LAD"),
        [Districts.County] = ("Norfolk", "E10000020", "CTY"),
    };

    private static readonly string[] CsvColumns =
    [
        "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
        "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
        "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code", "Grant Programme:Title", "Beneficiary Location:Name",
        "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Last modified",
    ];

    public static GrantPackage Package(IEnumerable<Grant> grants, IReadOnlyDictionary<Guid, Fund> funds, GrantPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new GrantPackage(
            [.. grants.Select(grant => From(grant, funds[grant.FundId], policy, now))],
            new Publisher(policy.PublisherName, policy.PublisherIdentifier),
            now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "1.4");
    }

    public static PublishedGrant From(Grant grant, Fund fund, GrantPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(policy);
        return new PublishedGrant(
            Id: $"{policy.IdentifierPrefix}-{grant.Id}",
            Title: grant.ProjectTitle,
            Description: grant.Summary,
            Currency: Currency,
            AmountAwarded: grant.Amount,
            AwardDate: Day(grant.AwardedOn),
            PlannedDates: [new PlannedDates(Day(grant.PeriodStart), Day(grant.PeriodEnd))],
            RecipientOrganization: [new Organization(RecipientId(grant, policy), grant.RecipientOrganisation, grant.CharityNumber, grant.CompanyNumber)],
            FundingOrganization: [new Organization(policy.PublisherIdentifier, policy.PublisherName, null, null)],
            GrantProgramme: [new GrantProgramme(fund.Code, fund.Name)],
            BeneficiaryLocation: [.. grant.Districts.Where(Areas.ContainsKey).Select(d => new Location(Areas[d].Name, Areas[d].Code, Areas[d].Type))],
            DateModified: now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    /// <summary>The flat spreadsheet form: one row per grant (several beneficiary areas joined with "; ").</summary>
    public static string Csv(GrantPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var csv = new StringBuilder();
        csv.AppendJoin(',', CsvColumns.Select(Quote)).Append("\r\n");
        foreach (var grant in package.Grants)
        {
            var recipient = grant.RecipientOrganization[0];
            var funder = grant.FundingOrganization[0];
            string?[] row =
            [
                grant.Id, grant.Title, grant.Description, grant.Currency, grant.AmountAwarded.ToString("0.00", CultureInfo.InvariantCulture),
                grant.AwardDate, grant.PlannedDates[0].StartDate, grant.PlannedDates[0].EndDate, recipient.Id, recipient.Name,
                recipient.CharityNumber, recipient.CompanyNumber, funder.Id, funder.Name, grant.GrantProgramme[0].Code, grant.GrantProgramme[0].Title,
                string.Join("; ", grant.BeneficiaryLocation.Select(l => l.Name)), string.Join("; ", grant.BeneficiaryLocation.Select(l => l.GeoCode)),
                string.Join("; ", grant.BeneficiaryLocation.Select(l => l.GeoCodeType).Distinct()), grant.DateModified,
            ];
            csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>Registered charities and companies by their org-id.guide identifiers; public bodies under the publisher's prefix.</summary>
    private static string RecipientId(Grant grant, GrantPolicy policy) =>
        grant.CharityNumber is { Length: > 0 } charity ? $"GB-CHC-{charity}"
        : grant.CompanyNumber is { Length: > 0 } company ? $"GB-COH-{company}"
        : $"{policy.IdentifierPrefix}-{grant.RecipientAgency}";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; text that a spreadsheet would run as a formula is kept as text.</summary>
    private static string Quote(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}

public sealed record GrantPackage(IReadOnlyList<PublishedGrant> Grants, Publisher Publisher, string Issued, string Version);

public sealed record Publisher(string Name, string Identifier);

public sealed record PublishedGrant(
    string Id, string Title, string Description, string Currency, decimal AmountAwarded, string AwardDate, IReadOnlyList<PlannedDates> PlannedDates,
    IReadOnlyList<Organization> RecipientOrganization, IReadOnlyList<Organization> FundingOrganization, IReadOnlyList<GrantProgramme> GrantProgramme,
    IReadOnlyList<Location> BeneficiaryLocation, string DateModified);

public sealed record PlannedDates(string StartDate, string EndDate);

/// <summary>An organisation as 360Giving publishes it: identifier, name and registered numbers; no contact fields exist here.</summary>
public sealed record Organization(
    string Id, string Name,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? CharityNumber,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? CompanyNumber);

public sealed record GrantProgramme(string Code, string Title);

public sealed record Location(string Name, string GeoCode, string GeoCodeType);
