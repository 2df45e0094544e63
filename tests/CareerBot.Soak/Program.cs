using System.Globalization;
using CareerBot.Soak;

// Soak: the real bot (child process) against the fake Discord and fake Slack with mixed traffic and regular disruptions.
// dotnet run -c Release --project tests/CareerBot.Soak -- [--minutes 10] [--rate 20] [--disrupt-seconds 60]
var minutes = 10.0;
var rate = 20.0;
var disruptSeconds = 60.0;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--minutes" when double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var m) && m > 0:
            minutes = m;
            break;
        case "--rate" when double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var r) && r > 0:
            rate = r;
            break;
        case "--disrupt-seconds" when double.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var d) && d > 0:
            disruptSeconds = d;
            break;
        default:
            Console.Error.WriteLine($"Unknown or bad option {args[i]} {args[i + 1]}. Usage: --minutes 10 --rate 20 (messages per second, all platforms) --disrupt-seconds 60");
            return 2;
    }
}
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
Console.WriteLine($"Soak: {minutes} min at {rate} messages/s on {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
var report = await SoakRun.RunAsync(new SoakOptions(TimeSpan.FromMinutes(minutes), rate, TimeSpan.FromSeconds(disruptSeconds)), Console.Out, stop.Token);
Console.WriteLine(report);
return report.Passed ? 0 : 1;
