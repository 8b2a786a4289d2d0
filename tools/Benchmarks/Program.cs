using Benchmarks.Chaos;
using Benchmarks.Consultation;
using Benchmarks.Footprint;
using Benchmarks.Funding;
using Benchmarks.Fuzz;
using Benchmarks.Outbox;
using Benchmarks.Plans;
using Benchmarks.PlansImport;
using Benchmarks.Prevent;
using Benchmarks.Web;

// ./platform bench NAME runs `dotnet run -c Release --project tools/Benchmarks -- NAME [options]`.
return args switch
{
    ["outbox", .. var options] => await OutboxBenchmark.RunAsync(options),
    ["plans", .. var options] => await PlansBenchmark.RunAsync(options),
    ["crime-import" or "plans-import", .. var options] => await PlansImportBenchmark.RunAsync(options),
    ["prevent", .. var options] => await PreventBenchmark.RunAsync(options),
    ["consultation", .. var options] => await ConsultationBenchmark.RunAsync(options),
    ["funding", .. var options] => await FundingBenchmark.RunAsync(options),
    ["footprint", .. var options] => await FootprintBenchmark.RunAsync(options),
    ["fuzz-load", .. var options] => await FuzzBenchmark.RunAsync(options),
    ["chaos-load", .. var options] => await ChaosLoad.RunAsync(options),
    ["scale-load", .. var options] => await ScaleLoad.RunAsync(options),
    ["web-load", .. var options] => await WebLoad.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Benchmarks outbox [--rate N] [--seconds N] [--max-seconds N] [--writers N]");
    Console.Error.WriteLine("       Benchmarks plans [--readings N (1000000)] [--measures N (250)] [--actions N] [--requests N] [--events N]");
    Console.Error.WriteLine("       Benchmarks crime-import (alias plans-import) [--rows N] [--months N] [--requests N]");
    Console.Error.WriteLine("       Benchmarks prevent [--concurrency N] [--seconds N] [--rounds N] [--warm-up N]");
    Console.Error.WriteLine("       Benchmarks consultation [--responses N] [--respondents N] [--reads N] [--fresh N]");
    Console.Error.WriteLine("       Benchmarks funding [--funds N] [--awards N] [--deciders N]");
    Console.Error.WriteLine("       Benchmarks web-load --site URL [--users N] [--seconds N] [--warm-up N]   (./platform bench web starts the platform)");
    Console.Error.WriteLine("       Benchmarks fuzz-load --gateway URL --token-file PATH [--requests N] [--seed N]   (./platform bench fuzz starts the platform)");
    Console.Error.WriteLine("       Benchmarks footprint [--concurrency N] [--seconds N]   (the platform must be up: ./platform bench footprint)");
    return 2;
}
