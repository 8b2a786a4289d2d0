using Plans.Api.Domain;

namespace Plans.Tests.Domain;

public class CrimeImportRunTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_running_run_whose_replica_stopped_reporting_reads_as_failed_and_a_finished_one_never_does()
    {
        var running = CrimeImportRun.Start(["2026-10-norfolk-street.csv"], 1_000, "analyst-1", Start);
        var finished = CrimeImportRun.Start(["2026-10-norfolk-street.csv"], 1_000, "analyst-1", Start);
        finished.Complete([Guid.NewGuid()], [], 10, Start);

        Assert.Equal(CrimeImportRun.Running, running.StatusAt(Start.AddSeconds(59), TimeSpan.FromMinutes(1)));
        Assert.Equal(CrimeImportRun.Failed, running.StatusAt(Start.AddMinutes(2), TimeSpan.FromMinutes(1)));
        Assert.Equal(CrimeImportRun.Completed, finished.StatusAt(Start.AddDays(1), TimeSpan.FromMinutes(1)));
        Assert.Throws<InvalidOperationException>(() => finished.Fail(new CrimeImportProblem("x", "y", []), 0, 0, Start));
    }
}
