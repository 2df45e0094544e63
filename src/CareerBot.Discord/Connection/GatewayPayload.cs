using System.Text.Json;

namespace CareerBot.Discord.Connection;

/// <summary>
/// The gateway envelope <c>{op, d, s, t}</c>; <see cref="Sequence"/> and <see cref="EventName"/> are set on dispatches only.
/// <see cref="Filtered"/> dispatches were dropped unparsed by an <see cref="IDispatchFilter"/> (no <see cref="Data"/>).
/// </summary>
public sealed record GatewayPayload(GatewayOpCode Op, JsonElement Data, int? Sequence, string? EventName)
{
    public bool Filtered { get; init; }
}
