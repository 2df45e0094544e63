using System.Diagnostics;
using System.Diagnostics.Metrics;
using CareerBot.Core.Messages;

namespace CareerBot.Core.Pipeline;

/// <summary>Counters and timings of the pipeline, exported by the host's /metrics endpoint when enabled.</summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "CareerBot";

    private readonly Counter<long> _messages;
    private readonly Histogram<double> _duration;

    public PipelineMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _messages = meter.CreateCounter<long>("careerbot.messages", description: "Messages handled, by platform and reply kind");
        _duration = meter.CreateHistogram<double>("careerbot.message.duration", unit: "s", description: "Time from message to reply in the pipeline");
    }

    public void Record(string platform, ReplyKind kind, TimeSpan elapsed)
    {
        var tags = new TagList { { "platform", platform }, { "kind", kind.ToString().ToLowerInvariant() } };
        _messages.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
