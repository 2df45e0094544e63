using System.Globalization;
using CareerBot.FakeDiscord;

// dotnet run --project tests/CareerBot.FakeDiscord -- [--port 0] [--token fake-bot-token] [--heartbeat-ms 41250] [--shards 1 --max-concurrency 1]
//   message load:     --load 10000 --rate 2000 --channels 100 [--mention-every 20] [--lift-channel-limit true] [--whole-warm-ups 1 | --cold true]
//   slash-command burst: --burst 300 [--burst-ms 1000]
//   either, measuring the bot process: [--bot-pid PID] [--bot-metrics http://127.0.0.1:9464/metrics]   (see docs/PERFORMANCE.md)
const string Usage = "Usage: --port 0 --token fake-bot-token --heartbeat-ms 41250 --shards 1 --max-concurrency 1 [--load 10000 --rate 2000 --channels 100 --mention-every 20 " +
    "--lift-channel-limit true --whole-warm-ups 1 --cold true | --burst 300 --burst-ms 1000] [--bot-pid PID --bot-metrics URL]";
var options = new FakeDiscordOptions();
int? load = null, burst = null, botPid = null;
double rate = 0;
int channels = 50, mentionEvery = 1, burstMs = 1000, wholeWarmUps = 1;
var cold = false;
string? botMetrics = null;
for (var i = 0; i < args.Length; i += 2)
{
    var (name, value) = (args[i], i + 1 < args.Length ? args[i + 1] : "");
    switch (name)
    {
        case "--port" when int.TryParse(value, out var port):
            options = options with { Port = port };
            break;
        case "--token" when value.Length > 0:
            options = options with { Token = value };
            break;
        case "--heartbeat-ms" when int.TryParse(value, out var ms) && ms > 0:
            options = options with { HeartbeatIntervalMs = ms };
            break;
        case "--shards" when int.TryParse(value, out var shards) && shards > 0:
            options = options with { RecommendedShards = shards };
            break;
        case "--max-concurrency" when int.TryParse(value, out var concurrency) && concurrency > 0:
            options = options with { MaxConcurrency = concurrency };
            break;
        case "--load" when int.TryParse(value, out var n) && n > 0:
            load = n;
            break;
        case "--rate" when double.TryParse(value, CultureInfo.InvariantCulture, out var r) && r >= 0:
            rate = r;
            break;
        case "--channels" when int.TryParse(value, out var c) && c > 0:
            channels = c;
            break;
        case "--mention-every" when int.TryParse(value, out var m) && m > 0:
            mentionEvery = m;
            break;
        // Measures the bot alone, without Discord's per-channel 5 messages / 5 s (the global 50/s stays in force).
        case "--lift-channel-limit" when bool.TryParse(value, out var lift):
            if (lift) options = options with { MessageBucketLimit = 1_000_000 };
            break;
        // Times the whole shape is sent before the measured run (after a short round): more rounds leave less of .NET's
        // tiered JIT, which a young process is still doing, in the measured run.
        case "--whole-warm-ups" when int.TryParse(value, out var rounds) && rounds >= 0:
            wholeWarmUps = rounds;
            break;
        // No warm-up at all: the measured run is a freshly started bot's first busy minute (publish settings, start-up JIT).
        case "--cold" when bool.TryParse(value, out var isCold):
            cold = isCold;
            break;
        case "--burst" when int.TryParse(value, out var b) && b > 0:
            burst = b;
            break;
        case "--burst-ms" when int.TryParse(value, out var w) && w > 0:
            burstMs = w;
            break;
        case "--bot-pid" when int.TryParse(value, out var pid) && File.Exists($"/proc/{pid}/stat"):
            botPid = pid;
            break;
        case "--bot-metrics" when Uri.TryCreate(value, UriKind.Absolute, out _):
            botMetrics = value;
            break;
        default:
            Console.Error.WriteLine($"Unknown or bad option {name} {value}. {Usage}");
            return 2;
    }
}

await using var server = new FakeDiscordServer(options);
await server.StartAsync();
Console.WriteLine($"Fake Discord REST:    {server.RestUrl}");
Console.WriteLine($"Fake Discord gateway: {server.GatewayBaseUrl}/gateway");
Console.WriteLine($"Bot token:            {options.Token}");
Console.WriteLine($"Control:              POST http://127.0.0.1:{server.Port}/_fake/messages {{\"content\":\"do I need a PhD?\",\"mention_bot\":true}}");
Console.Out.Flush();

var probe = botPid is { } botProcess ? new BotProcessProbe(botProcess, botMetrics) : null;
if (load is { } messageCount)
{
    var report = await MessageLoadRun.RunAsync(server, new MessageLoadShape(messageCount, rate, channels, mentionEvery), probe, TimeSpan.FromMinutes(2), Console.Out,
        steadyState: !cold, wholeWarmUps: wholeWarmUps);
    report.Print(Console.Out);
    return report.Correct ? 0 : 1;
}
if (burst is { } interactions)
{
    var report = await SlashBurstRun.RunAsync(server, interactions, TimeSpan.FromMilliseconds(burstMs), probe, Console.Out);
    report.Print(Console.Out);
    return report.WithinDeadline == interactions ? 0 : 1;
}

// The web host handles Ctrl+C and SIGTERM by stopping; wait for that.
await Task.Delay(Timeout.Infinite, server.Stopping).ContinueWith(_ => { }, TaskScheduler.Default);
return 0;
