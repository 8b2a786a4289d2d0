using System.Diagnostics;
using Platform.Web.Api;

namespace Web.Tests.Api;

/// <summary>
/// The web bench sets a page's own cost against the time it waited for its API calls (Server-Timing, issue 19): calls
/// made side by side are waited for once.
/// </summary>
public class ApiCallTimesTests
{
    private static long Ms(double milliseconds) => (long)(milliseconds / 1000 * Stopwatch.Frequency);

    [Fact]
    public void Calls_side_by_side_count_once_and_a_gap_between_calls_is_not_waiting()
    {
        var calls = new ApiCallTimes();
        calls.Add(Ms(0), Ms(100));
        calls.Add(Ms(20), Ms(80)); // inside the first
        calls.Add(Ms(50), Ms(150)); // overlaps the first
        calls.Add(Ms(200), Ms(250)); // after a gap

        var (count, waited) = calls.Total;

        Assert.Equal(4, count);
        Assert.Equal(200, waited.TotalMilliseconds, precision: 3);
    }

    [Fact]
    public void A_page_without_calls_waited_for_none()
    {
        Assert.Equal((0, TimeSpan.Zero), new ApiCallTimes().Total);
    }
}
