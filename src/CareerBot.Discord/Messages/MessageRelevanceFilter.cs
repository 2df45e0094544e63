using System.Text;
using System.Text.Json;
using CareerBot.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Messages;

/// <summary>
/// Keeps only the MESSAGE_CREATE events <see cref="DiscordMessageMapper"/> could answer, judged from the raw JSON without
/// parsing it: anything containing the bot's id (a mention in the text or in <c>mentions</c>, its own echo, a reply to it),
/// DMs (no top-level <c>guild_id</c>), the configured channels, and empty-content messages (which may mean the Message Content
/// intent is off, which the handler reports). Every other event passes untouched.
/// </summary>
public sealed class MessageRelevanceFilter(IOptions<DiscordOptions> options, DiscordIdentity identity) : IDispatchFilter
{
    public const string MessageCreate = "MESSAGE_CREATE";

    private readonly byte[][] _channels = options.Value.ChannelIds.Select(Encoding.UTF8.GetBytes).ToArray();
    private byte[]? _botId;

    public bool Wants(string eventName, ReadOnlySpan<byte> data)
    {
        if (eventName != MessageCreate) return true;
        var botId = _botId ??= identity.BotUserId is { } id ? Encoding.UTF8.GetBytes(id) : null;
        if (botId is null || data.IndexOf(botId) >= 0) return true;
        try
        {
            return UnaddressedButAnswerable(data);
        }
        catch (JsonException)
        {
            // Let the handler's parser report it.
            return true;
        }
    }

    /// <summary>Reads only the top-level <c>guild_id</c>, <c>channel_id</c> and <c>content</c>, skipping everything else.</summary>
    private bool UnaddressedButAnswerable(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return true;
        bool inGuild = false, configuredChannel = false, emptyContent = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("guild_id"u8))
            {
                reader.Read();
                inGuild = reader.TokenType == JsonTokenType.String;
            }
            else if (reader.ValueTextEquals("channel_id"u8))
            {
                reader.Read();
                foreach (var channel in _channels)
                    configuredChannel |= reader.ValueTextEquals(channel);
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                emptyContent = reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 0;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return !inGuild || configuredChannel || emptyContent;
    }
}
