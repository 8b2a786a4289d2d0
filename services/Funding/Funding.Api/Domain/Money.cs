using System.Globalization;

namespace Funding.Api.Domain;

/// <summary>Sums of money are pounds with pence (decimal), shown as a grants officer writes them: £12,500.00.</summary>
public static class Money
{
    public static string Show(decimal pounds) => "£" + pounds.ToString("N2", CultureInfo.InvariantCulture);

    public static bool IsWholePence(decimal pounds) => decimal.Round(pounds, 2) == pounds;
}
