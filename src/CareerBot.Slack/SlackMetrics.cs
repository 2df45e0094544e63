using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CareerBot.Slack;

/// <summary>The Slack adapter's counters and timings (meter "CareerBot.Slack", exported with the host's /metrics).</summary>
public sealed class SlackMetrics
{
    public const string MeterName = "CareerBot.Slack";

    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _ack;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _connections;

    public SlackMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _deliveries = meter.CreateCounter<long>("careerbot.slack.deliveries", description: "Deliveries from Slack by outcome: queued, duplicate, ignored, dropped");
        _ack = meter.CreateHistogram<double>("careerbot.slack.ack.duration", unit: "s", description: "From reading a Socket Mode envelope to its ack being written");
        _rateLimited = meter.CreateCounter<long>("careerbot.slack.ratelimited", description: "Web API calls answered 429, by method");
        _connections = meter.CreateCounter<long>("careerbot.slack.connections", description: "Socket Mode connections opened");
    }

    public void Delivery(string outcome) => _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
    public void Acked(TimeSpan elapsed) => _ack.Record(elapsed.TotalSeconds);
    public void RateLimited(string method) => _rateLimited.Add(1, new KeyValuePair<string, object?>("method", method));
    public void ConnectionOpened() => _connections.Add(1);
}
