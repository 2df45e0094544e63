using CareerBot.FakeDiscord;

// dotnet run --project tests/CareerBot.FakeDiscord -- [--port 0] [--token fake-bot-token] [--heartbeat-ms 41250]
//   [--load 2000 --rate 40 --channels 50]: a bounded load run against a bot that connects to this fake (see docs/PERFORMANCE.md).
var options = new FakeDiscordOptions();
int? load = null;
double rate = 0;
var channels = 50;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var (name, value) = (args[i], args[i + 1]);
    switch (name)
    {
        case "--port" when int.TryParse(value, out var port):
            options = options with { Port = port };
            break;
        case "--token":
            options = options with { Token = value };
            break;
        case "--heartbeat-ms" when int.TryParse(value, out var ms):
            options = options with { HeartbeatIntervalMs = ms };
            break;
        case "--load" when int.TryParse(value, out var n) && n > 0:
            load = n;
            // Measure the bot, not the fake's per-channel bucket; the bot's own 50/s global limit still applies.
            options = options with { MessageBucketLimit = 1_000_000, EchoBotMessages = false };
            break;
        case "--rate" when double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var r) && r >= 0:
            rate = r;
            break;
        case "--channels" when int.TryParse(value, out var c) && c > 0:
            channels = c;
            break;
        default:
            Console.Error.WriteLine($"Unknown or bad option {name} {value}. Usage: --port 0 --token fake-bot-token --heartbeat-ms 41250 [--load 2000 --rate 40 --channels 50]");
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

if (load is { } messageCount)
    return await LoadRun.RunAsync(server, messageCount, rate, channels, TimeSpan.FromMinutes(2));

// The web host handles Ctrl+C and SIGTERM by stopping; wait for that.
await Task.Delay(Timeout.Infinite, server.Stopping).ContinueWith(_ => { }, TaskScheduler.Default);
return 0;
