using Benchmarks.Outbox;

// ./platform bench NAME runs `dotnet run -c Release --project tools/Benchmarks -- NAME [options]`.
return args switch
{
    ["outbox", .. var options] => await OutboxBenchmark.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Benchmarks outbox [--rate N] [--seconds N] [--max-seconds N] [--writers N]");
    return 2;
}
