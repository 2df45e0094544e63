namespace CareerBot.Slack.Inbound;

/// <summary>Something a worker must answer; the socket or HTTP endpoint has already acknowledged it.</summary>
public abstract record SlackWorkItem
{
    public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;
}
