namespace CareerBot.Discord.Connection;

/// <summary>
/// Lets the read loop drop a dispatch from its raw bytes, before it is parsed or queued (its sequence number still counts).
/// A busy guild sends thousands of messages a bot has no business with; parsing them would be most of the bot's CPU.
/// </summary>
public interface IDispatchFilter
{
    /// <summary>False when the event certainly needs no handling; when in doubt, true.</summary>
    bool Wants(string eventName, ReadOnlySpan<byte> data);
}
