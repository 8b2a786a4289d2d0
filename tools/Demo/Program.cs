using Demo;

const string Usage = """
    usage: Demo --gateway URL --platform PATH-TO-platform-SCRIPT [--today YYYY-MM-DD] [--rows-per-month N]
    Fills a running platform with a synthetic year through the gateway; refuses one that holds non-demo records.
    """;

Uri? gateway = null;
string? platform = null;
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var rowsPerMonth = 6000;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--gateway": gateway = new Uri(args[i + 1]); break;
        case "--platform": platform = args[i + 1]; break;
        case "--today": today = DateOnly.ParseExact(args[i + 1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); break;
        case "--rows-per-month": rowsPerMonth = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine(Usage); return 1;
    }
}

if (gateway is null || platform is null)
{
    Console.Error.WriteLine(Usage);
    return 1;
}

using var clients = new PlatformTokenClients(gateway, platform);
try
{
    return await new DemoRun(clients, Console.Out).RunAsync(today, rowsPerMonth, otherServices: true, CancellationToken.None);
}
catch (Exception e) when (e is InvalidOperationException or HttpRequestException)
{
    Console.Error.WriteLine($"demo stopped: {e.Message}");
    return 1;
}
