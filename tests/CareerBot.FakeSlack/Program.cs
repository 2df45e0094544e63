using System.Globalization;
using System.Runtime.InteropServices;
using CareerBot.FakeSlack;

// Standalone fake Slack: dotnet run --project tests/CareerBot.FakeSlack -- --port 5055 [--ack-timeout-ms 3000]
//   throughput load: [--load 3000 --warmup 500 --in-flight 200]
//   issue #8 shape:  [--load 1000 --rate 100 --channels 50 --members 200 --warmup 200 [--ack-only]]
var port = IntArg("--port", 0);
var options = new FakeSlackOptions { AckTimeout = TimeSpan.FromMilliseconds(IntArg("--ack-timeout-ms", 3000)) };
await using var fake = await FakeSlackServer.StartAsync(port, options);
Console.WriteLine($"FakeSlack listening on {fake.BaseUrl} (Web API {fake.ApiUrl})");
Console.WriteLine($"  bot token {options.BotToken}  app token {options.AppToken}  signing secret {options.SigningSecret}");
Console.WriteLine($"  bot:  Slack__ApiBaseUrl={fake.ApiUrl} Slack__BotToken={options.BotToken} Slack__AppToken={options.AppToken}");
Console.WriteLine("  drive it: POST /_fake/events (inner event JSON), POST /_fake/commands, POST /_fake/disconnect?reason=refresh_requested, POST /_fake/ratelimit?method=chat.postMessage&count=1&retryAfter=1; inspect GET /_fake/calls /_fake/posts /_fake/acks");

using var stop = new CancellationTokenSource();
// Ctrl+C and SIGTERM both stop the fake cleanly.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
if (IntArg("--load", 0) is > 0 and var events)
    return IntArg("--rate", 0) is > 0 and var rate
        ? await PacedLoadRun.RunAsync(fake, events, rate, Math.Max(1, IntArg("--channels", 50)), Math.Max(1, IntArg("--members", 200)), IntArg("--warmup", 200), args.Contains("--ack-only"), stop.Token)
        : await LoadRun.RunAsync(fake, events, IntArg("--warmup", 500), IntArg("--in-flight", 200), stop.Token);
try { await Task.Delay(Timeout.Infinite, stop.Token); }
catch (OperationCanceledException) { }
return 0;

int IntArg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    if (i < 0) return fallback;
    if (i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
    Console.Error.WriteLine($"{name} needs a whole number, e.g. {name} {fallback}");
    Environment.Exit(2);
    return fallback;
}
