namespace CareerBot.Slack;

/// <summary>Whether Slack can reach the bot right now, as the receivers last reported it; read by the "slack" health check.</summary>
public sealed class SlackConnectionStatus
{
    private volatile Snapshot _current = new(false, "starting");

    public sealed record Snapshot(bool Connected, string Description);

    public Snapshot Current => _current;

    public void Report(bool connected, string description) => _current = new Snapshot(connected, description);
}
