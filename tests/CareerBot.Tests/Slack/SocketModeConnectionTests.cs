using System.Diagnostics.Metrics;
using CareerBot.Slack;
using CareerBot.Slack.Connection;
using CareerBot.Slack.Inbound;
using CareerBot.Slack.Interactions;
using CareerBot.Slack.Wire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Slack;

/// <summary>Socket Mode as a transcript: hello, envelopes acked on the socket first, duplicates queued once, disconnect reported.</summary>
public sealed class SocketModeConnectionTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private int _acksMeasured;
    private readonly ScriptedTransport _transport = new();
    private readonly SlackWorkQueue _queue;
    private readonly SocketModeConnection _connection;

    public SocketModeConnectionTests()
    {
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-1", AppToken = "xapp-1" });
        _queue = new SlackWorkQueue(options);
        var identity = new SlackIdentityStore { Current = new SlackIdentity("UCAREERBOT", "BCAREERBOT", "T0001", "careerbot") };
        var metrics = new SlackMetrics(_services.GetRequiredService<IMeterFactory>());
        var router = new SlackInboundRouter(identity, new SlackDeliveryDeduplicator(options, TimeProvider.System), _queue, metrics, NullLogger<SlackInboundRouter>.Instance);
        _connection = new SocketModeConnection(1, _transport, router, metrics, NullLogger.Instance);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SlackMetrics.MeterName && instrument.Name == "careerbot.slack.ack.duration") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref _acksMeasured));
        _listener.Start();
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private static string Mention(string envelopeId, string eventId, int retryAttempt) =>
        "{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"events_api\",\"accepts_response_payload\":false,\"retry_attempt\":" + retryAttempt +
        ",\"retry_reason\":\"" + (retryAttempt > 0 ? "timeout" : "") + "\",\"payload\":{\"type\":\"event_callback\",\"event_id\":\"" + eventId +
        "\",\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"channel\":\"C1\",\"ts\":\"1.000001\",\"text\":\"<@UCAREERBOT> hi\"}}}";

    private async Task<string> NextSentAsync() => await _transport.Sent.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    [Fact]
    public async Task Transcript_hello_ack_dedup_disconnect()
    {
        _connection.Start();
        Assert.False(_connection.Hello.IsCompleted);

        _transport.Push("""{"type":"hello","num_connections":1,"debug_info":{"approximate_connection_time":18060},"connection_info":{"app_id":"A1"}}""");
        await _connection.Hello.WaitAsync(TimeSpan.FromSeconds(10));

        _transport.Push(Mention("env-1", "Ev1", 0));
        Assert.Equal("""{"envelope_id":"env-1"}""", await NextSentAsync());
        var item = await _queue.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("hi", Assert.IsType<SlackQuestion>(item).Text);

        // The redelivery is acked too (or Slack keeps retrying) but not queued again.
        _transport.Push(Mention("env-2", "Ev1", 1));
        Assert.Equal("""{"envelope_id":"env-2"}""", await NextSentAsync());

        _transport.Push("""{"envelope_id":"env-3","type":"slash_commands","accepts_response_payload":true,"payload":{"command":"/ask","text":"pay?","user_id":"U1","channel_id":"C1","response_url":"https://r"}}""");
        Assert.Equal("""{"envelope_id":"env-3"}""", await NextSentAsync());
        var command = Assert.IsType<SlackSlashCommand>(await _queue.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("/ask pay?", SlackEventMapper.CommandText(command));
        Assert.False(_queue.Reader.TryRead(out _));

        _transport.Push("""{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"h"}}""");
        Assert.Equal("refresh_requested", await _connection.Disconnected.WaitAsync(TimeSpan.FromSeconds(10)));

        // Still reading after the disconnect frame: an envelope that arrives now is acked on this socket.
        _transport.Push(Mention("env-4", "Ev2", 0));
        Assert.Equal("""{"envelope_id":"env-4"}""", await NextSentAsync());

        await _connection.DisposeAsync();
        Assert.True(_transport.Closed);
        Assert.Equal(4, Volatile.Read(ref _acksMeasured));
    }

    [Fact]
    public async Task Server_close_before_hello_fails_hello_and_reports_closed()
    {
        _connection.Start();
        _transport.ServerClose();
        await Assert.ThrowsAsync<IOException>(() => _connection.Hello.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("closed", await _connection.Disconnected.WaitAsync(TimeSpan.FromSeconds(10)));
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Garbage_frames_are_ignored_and_reading_goes_on()
    {
        _connection.Start();
        _transport.Push("not json");
        _transport.Push("""{"type":"hello"}""");
        await _connection.Hello.WaitAsync(TimeSpan.FromSeconds(10));
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Modal_submission_is_acked_by_its_worker_on_this_socket_with_the_verdict_and_a_click_at_once()
    {
        _connection.Start();
        _transport.Push("""{"type":"hello"}""");
        await _connection.Hello.WaitAsync(TimeSpan.FromSeconds(10));

        _transport.Push("""{"envelope_id":"env-view","type":"interactive","accepts_response_payload":true,"payload":{"type":"view_submission","user":{"id":"U1"},"view":{"id":"V1","callback_id":"kbedit:phd-value:0","private_metadata":"C1","state":{"values":{"kb_answer":{"text":{"type":"plain_text_input","value":"new"}}}}}}}""");
        _transport.Push("""{"envelope_id":"env-click","type":"interactive","accepts_response_payload":true,"payload":{"type":"block_actions","user":{"id":"U1"},"container":{"message_ts":"1.000002"},"response_url":"https://r","actions":[{"action_id":"rate_up","value":"rate:+:phd-value:q"}]}}""");

        // The click is acked by the read loop; the submission is not, until its worker has a verdict.
        Assert.Equal("""{"envelope_id":"env-click"}""", await NextSentAsync());
        var submission = Assert.IsType<SlackViewSubmission>(await _queue.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.IsType<SlackButtonClick>(await _queue.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(_transport.Sent.Reader.TryRead(out _));

        await submission.AcknowledgeAsync(new System.Text.Json.Nodes.JsonObject { ["response_action"] = "errors", ["errors"] = new System.Text.Json.Nodes.JsonObject { ["kb_answer"] = "stale" } }, CancellationToken.None);

        Assert.Equal("""{"envelope_id":"env-view","payload":{"response_action":"errors","errors":{"kb_answer":"stale"}}}""", await NextSentAsync());
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task A_retired_connection_keeps_acking_until_the_server_closes_it()
    {
        _connection.Start();
        _transport.Push("""{"type":"hello"}""");
        await _connection.Hello.WaitAsync(TimeSpan.FromSeconds(10));
        var retiring = _connection.RetireAsync(TimeSpan.FromHours(1), TimeProvider.System, CancellationToken.None).AsTask();

        _transport.Push(Mention("env-late", "Ev9", 0));
        Assert.Equal("""{"envelope_id":"env-late"}""", await NextSentAsync());
        Assert.False(retiring.IsCompleted);
        Assert.False(_transport.Closed);

        _transport.ServerClose();
        await retiring.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
