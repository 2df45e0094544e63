using System.Text.Json.Nodes;
using System.Threading.Channels;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Tests.Discord;

/// <summary>The gateway state machine against a scripted server: each test reads like the transcript of a session.</summary>
public sealed class GatewayClientTests : IAsyncDisposable
{
    private static readonly GatewayTimings Fast = GatewayTimings.Discord with
    {
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(10),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(20),
        BackoffBase = TimeSpan.FromMilliseconds(10),
        BackoffCap = TimeSpan.FromMilliseconds(100),
        IdentifyWindow = TimeSpan.FromMilliseconds(1),
        IdentifyMargin = TimeSpan.Zero,
    };

    private readonly ScriptedGateway _gateway = new();
    private readonly Channel<GatewayDispatch> _events = Channel.CreateUnbounded<GatewayDispatch>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;

    private sealed class Discovery : IGatewayDiscovery
    {
        public int Calls;

        public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new GatewayBotInfo("ws://discovery.test", 1, new SessionStartLimit(1000, 999, 86_400_000, 1)));
        }
    }

    private readonly Discovery _discovery = new();

    public GatewayClientTests()
    {
        var client = new GatewayClient(new ShardInfo(0, 1), "secret-token", _discovery, _gateway,
            new IdentifyGate(Fast, TimeProvider.System, NullLogger<IdentifyGate>.Instance), new DiscordIdentity(), Fast, TimeProvider.System,
            NullLogger<GatewayClient>.Instance);
        _run = client.RunAsync(_events.Writer, _stop.Token);
    }

    private async Task<ScriptedConnection> ConnectAndIdentifyAsync(int heartbeatMs = 60_000)
    {
        var connection = await _gateway.NextConnectionAsync();
        connection.Hello(heartbeatMs);
        await connection.ExpectAsync(2);
        connection.Ready();
        return connection;
    }

    private async Task<GatewayDispatch> NextEventAsync(string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var dispatch = await _events.Reader.ReadAsync(timeout.Token);
            if (dispatch.EventName == name) return dispatch;
        }
    }

    [Fact]
    public async Task Hello_identify_ready_then_dispatches_flow_and_heartbeats_carry_the_sequence()
    {
        var connection = await _gateway.NextConnectionAsync();
        Assert.Equal("ws://discovery.test/?v=10&encoding=json", connection.Url!.ToString());
        connection.Hello(50);
        var identify = await connection.ExpectAsync(2);
        Assert.Equal("secret-token", identify["d"]!["token"]!.GetValue<string>());
        Assert.Equal(37377, identify["d"]!["intents"]!.GetValue<int>());
        Assert.Equal("[0,1]", identify["d"]!["shard"]!.ToJsonString());

        connection.Ready();
        connection.Send("""{"op":0,"s":2,"t":"MESSAGE_CREATE","d":{"id":"5","channel_id":"6","author":{"id":"7","username":"ana"},"content":"hi"}}""");
        Assert.Equal(1, (await NextEventAsync("READY")).Sequence);
        Assert.Equal("hi", (await NextEventAsync("MESSAGE_CREATE")).Data.GetProperty("content").GetString());
        while ((await connection.ExpectAsync(1))["d"]?.GetValue<int>() != 2) { }
    }

    [Fact]
    public async Task Frames_are_read_in_batches_except_right_after_an_interaction_which_has_3_s_for_its_answer()
    {
        var connection = await ConnectAndIdentifyAsync();
        await NextEventAsync("READY");
        connection.Send("""{"op":0,"s":2,"t":"MESSAGE_CREATE","d":{"id":"5","channel_id":"6","author":{"id":"7","username":"ana"},"content":"hi"}}""");
        await NextEventAsync("MESSAGE_CREATE");
        connection.Send("""{"op":0,"s":3,"t":"INTERACTION_CREATE","d":{"id":"8","type":2,"token":"interaction-token"}}""");
        await NextEventAsync("INTERACTION_CREATE");
        connection.Send("""{"op":0,"s":4,"t":"MESSAGE_CREATE","d":{"id":"9","channel_id":"6","author":{"id":"7","username":"ana"},"content":"again"}}""");
        await NextEventAsync("MESSAGE_CREATE");

        // HELLO is read at once; then READY, the first message and the interaction may be batched; the frame after the
        // interaction is not; the next receive (if the reader got there yet) may be batched again.
        Assert.Equal([false, true, true, true, false], connection.Receives.Take(5));
        Assert.All(connection.Receives.Skip(5), Assert.True);
    }

    [Fact]
    public async Task A_resumable_close_reconnects_to_the_resume_url_and_resumes_with_the_last_sequence()
    {
        var first = await ConnectAndIdentifyAsync();
        first.Send("""{"op":0,"s":2,"t":"GUILD_CREATE","d":{"id":"1"}}""");
        await NextEventAsync("GUILD_CREATE");
        first.Close(4000);

        var second = await _gateway.NextConnectionAsync();
        Assert.Equal("ws://resume.test/?v=10&encoding=json", second.Url!.ToString());
        second.Hello(60_000);
        var resume = await second.ExpectAsync(6);
        Assert.Equal("session-1", resume["d"]!["session_id"]!.GetValue<string>());
        Assert.Equal(2, resume["d"]!["seq"]!.GetValue<int>());
        Assert.Equal("secret-token", resume["d"]!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task After_repeated_failures_at_the_resume_url_the_session_is_resumed_through_the_discovery_url()
    {
        var first = await ConnectAndIdentifyAsync();
        await NextEventAsync("READY");
        first.Close(4000);
        for (var i = 0; i < 3; i++)
        {
            var failing = await _gateway.NextConnectionAsync();
            Assert.Equal("resume.test", failing.Url!.Host);
            failing.Close(4000);
        }

        var fallback = await _gateway.NextConnectionAsync();
        Assert.Equal("discovery.test", fallback.Url!.Host);
        fallback.Hello(60_000);
        Assert.Equal("session-1", (await fallback.ExpectAsync(6))["d"]!["session_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dropped_connection_is_resumed()
    {
        var first = await ConnectAndIdentifyAsync();
        await NextEventAsync("READY");
        first.Drop();

        var second = await _gateway.NextConnectionAsync();
        second.Hello(60_000);
        await second.ExpectAsync(6);
    }

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4014, "Message Content Intent")]
    [InlineData(4010, "Discord:ShardId")]
    public async Task A_fatal_close_stops_with_a_message_saying_what_to_fix_and_does_not_reconnect(int code, string advice)
    {
        var connection = await _gateway.NextConnectionAsync();
        connection.Hello(60_000);
        await connection.ExpectAsync(2);
        connection.Close(code);

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => _run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(code.ToString(), error.Message);
        Assert.Contains(advice, error.Message);
        Assert.Equal(1, _gateway.Created);
    }

    [Fact]
    public async Task An_invalid_session_that_cannot_be_resumed_leads_to_a_fresh_identify_at_the_discovery_url()
    {
        var first = await ConnectAndIdentifyAsync();
        await NextEventAsync("READY");
        first.Send("""{"op":9,"d":false}""");

        var second = await _gateway.NextConnectionAsync();
        Assert.Equal("discovery.test", second.Url!.Host);
        second.Hello(60_000);
        var identify = await second.ExpectAsync(2);
        Assert.Equal(37377, identify["d"]!["intents"]!.GetValue<int>());
        Assert.Equal(2, _discovery.Calls);
    }

    [Fact]
    public async Task A_reconnect_request_closes_resumably_and_resumes()
    {
        var first = await ConnectAndIdentifyAsync();
        await NextEventAsync("READY");
        first.Send("""{"op":7,"d":null}""");

        var second = await _gateway.NextConnectionAsync();
        Assert.Equal(4000, first.ClientCloseCode);
        Assert.Equal("resume.test", second.Url!.Host);
        second.Hello(60_000);
        await second.ExpectAsync(6);
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_marks_a_zombie_that_is_closed_with_a_resumable_code_and_resumed()
    {
        var first = await _gateway.NextConnectionAsync();
        first.AutoAck = false;
        first.Hello(40);
        await first.ExpectAsync(2);
        first.Ready();

        var second = await _gateway.NextConnectionAsync();
        Assert.Equal(4000, first.ClientCloseCode);
        Assert.True(first.Aborted);
        second.Hello(60_000);
        await second.ExpectAsync(6);
    }

    [Fact]
    public async Task A_heartbeat_request_from_the_server_is_answered_at_once()
    {
        var connection = await ConnectAndIdentifyAsync(heartbeatMs: 600_000);
        connection.Send("""{"op":1,"d":null}""");
        var beat = await connection.ExpectAsync(1);
        Assert.Equal(1, beat["d"]!.GetValue<int>());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is OperationCanceledException or GatewayFatalException)
        {
        }
    }
}
