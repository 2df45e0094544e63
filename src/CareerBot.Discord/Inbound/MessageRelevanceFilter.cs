using System.Text;
using System.Text.Json;
using CareerBot.Discord.Connection;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Inbound;

/// <summary>
/// Keeps only the MESSAGE_CREATE events <see cref="DiscordMessageMapper"/> could answer, judged from the raw JSON without
/// parsing it: anything containing the bot's id (a mention in the text or in <c>mentions</c>, a reply to it) unless a bot, a
/// webhook or the bot itself wrote it (its own replies come back as MESSAGE_CREATE, one per answer), DMs (no top-level
/// <c>guild_id</c>), the configured channels, and empty-content messages (which may mean the Message Content intent is off,
/// which the handler reports), and threads or forum posts under the configured channels (<see cref="ConfiguredThreads"/>,
/// which learns them here from the channel events as they are read). Every other event passes untouched.
/// </summary>
public sealed class MessageRelevanceFilter(IOptions<DiscordOptions> options, DiscordIdentity identity, ConfiguredThreads threads) : IDispatchFilter
{
    public const string MessageCreate = "MESSAGE_CREATE";

    private readonly byte[][] _channels = options.Value.ChannelIds.Select(Encoding.UTF8.GetBytes).ToArray();
    private byte[]? _botId;

    public bool Wants(string eventName, ReadOnlySpan<byte> data)
    {
        if (ConfiguredThreads.Tells(eventName))
        {
            try
            {
                threads.Observe(eventName, data);
            }
            catch (JsonException)
            {
                // The handlers' parsers report a malformed event.
            }
            return true;
        }
        if (eventName != MessageCreate) return true;
        var botId = _botId ??= identity.BotUserId is { } id ? Encoding.UTF8.GetBytes(id) : null;
        if (botId is null) return true;
        try
        {
            return Answerable(data, botId, addressed: data.IndexOf(botId) >= 0);
        }
        catch (JsonException)
        {
            // Let the handler's parser report it.
            return true;
        }
    }

    /// <summary>
    /// Reads only the top-level <c>guild_id</c>, <c>channel_id</c>, <c>content</c> and <c>webhook_id</c>, and — for a message
    /// that contains the bot's id — the author's <c>id</c> and <c>bot</c> flag, skipping everything else.
    /// </summary>
    private bool Answerable(ReadOnlySpan<byte> data, byte[] botId, bool addressed)
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
                if (!configuredChannel && !threads.IsEmpty && reader.TokenType == JsonTokenType.String)
                    configuredChannel = threads.Contains(reader.GetString()!);
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                reader.Read();
                emptyContent = reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length == 0;
            }
            else if (addressed && reader.ValueTextEquals("webhook_id"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String) return false;
            }
            else if (addressed && reader.ValueTextEquals("author"u8))
            {
                reader.Read();
                if (IsBotOrSelf(ref reader, botId)) return false;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return addressed || !inGuild || configuredChannel || emptyContent;
    }

    /// <summary>Reads the author object the reader stands on; true for a bot (<c>"bot": true</c>) or the bot's own id.</summary>
    private static bool IsBotOrSelf(ref Utf8JsonReader reader, byte[] botId)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return false;
        }
        var botOrSelf = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("bot"u8) ? 2 : 0;
            reader.Read();
            if (property == 1) botOrSelf |= reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(botId);
            else if (property == 2) botOrSelf |= reader.TokenType == JsonTokenType.True;
            else reader.Skip();
        }
        return botOrSelf;
    }
}
