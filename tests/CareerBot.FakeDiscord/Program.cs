using CareerBot.FakeDiscord;

// dotnet run --project tests/CareerBot.FakeDiscord -- [--port 0] [--token fake-bot-token] [--heartbeat-ms 41250]
var options = new FakeDiscordOptions();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options = args[i] switch
    {
        "--port" when int.TryParse(args[i + 1], out var port) => options with { Port = port },
        "--token" => options with { Token = args[i + 1] },
        "--heartbeat-ms" when int.TryParse(args[i + 1], out var ms) => options with { HeartbeatIntervalMs = ms },
        _ => throw new ArgumentException($"Unknown or bad option {args[i]} {args[i + 1]}. Usage: --port 0 --token fake-bot-token --heartbeat-ms 41250"),
    };
}

await using var server = new FakeDiscordServer(options);
await server.StartAsync();
Console.WriteLine($"Fake Discord REST:    {server.RestUrl}");
Console.WriteLine($"Fake Discord gateway: {server.GatewayBaseUrl}/gateway");
Console.WriteLine($"Bot token:            {options.Token}");
Console.WriteLine($"Control:              POST http://127.0.0.1:{server.Port}/_fake/messages {{\"content\":\"do I need a PhD?\",\"mention_bot\":true}}");
Console.Out.Flush();

var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
await stop.Task;
