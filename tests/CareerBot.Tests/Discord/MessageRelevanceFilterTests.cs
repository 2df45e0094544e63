using System.Text.Json;
using CareerBot.Discord;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Inbound;
using CareerBot.Discord.Moderation;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Discord;

public class MessageRelevanceFilterTests
{
    private const string BotId = "1000000000000000009";
    private const string Guild = "1200000000000000003";
    private const string Answered = "1300000000000000007";
    private static readonly DiscordUser Ana = new("1100000000000000004", "ana", "Ana");
    private static readonly DiscordUser Bot = new(BotId, "careerbot", Bot: true);
    private static readonly DiscordUser OtherBot = new("1000000000000000010", "otherbot", Bot: true);

    private static (MessageRelevanceFilter Filter, DiscordMessageMapper Mapper) Create()
    {
        var identity = new DiscordIdentity();
        identity.Observe(new ReadyEvent("s", "wss://resume", Bot, new ReadyApplication(BotId)));
        var options = Options.Create(new DiscordOptions { Token = "t", ChannelIds = [Answered] });
        var threads = new ConfiguredThreads(options);
        return (new MessageRelevanceFilter(options, identity, threads), new DiscordMessageMapper(options, identity, new DiscordModeratorCheck(options), threads));
    }

    private static byte[] Json(string json) => System.Text.Encoding.UTF8.GetBytes(json);

    private static byte[] Unaddressed(string channel) =>
        JsonSerializer.SerializeToUtf8Bytes(new DiscordMessage("20", channel, Ana, "what do seniors earn?", Guild, new DiscordMember()), DiscordJson.Options);

    [Fact]
    public void Threads_and_forum_posts_under_a_configured_channel_are_answered_and_others_are_not()
    {
        var (filter, mapper) = Create();
        const string Thread = "1500000000000000001", ForumPost = "1500000000000000002", Elsewhere = "1500000000000000003", Later = "1500000000000000004";

        Assert.True(filter.Wants("GUILD_CREATE", Json($$"""{"id":"{{Guild}}","threads":[{"id":"{{Thread}}","parent_id":"{{Answered}}","type":11},{"id":"{{Elsewhere}}","parent_id":"1300000000000000002","type":11}]}""")));
        Assert.True(filter.Wants("THREAD_CREATE", Json($$"""{"id":"{{ForumPost}}","parent_id":"{{Answered}}","type":11,"guild_id":"{{Guild}}"}""")));

        Assert.True(filter.Wants("MESSAGE_CREATE", Unaddressed(Thread)));
        Assert.True(filter.Wants("MESSAGE_CREATE", Unaddressed(ForumPost)));
        Assert.False(filter.Wants("MESSAGE_CREATE", Unaddressed(Elsewhere)));
        Assert.False(filter.Wants("MESSAGE_CREATE", Unaddressed(Later)));
        Assert.Equal(Thread, mapper.ToIncoming(JsonSerializer.Deserialize<DiscordMessage>(Unaddressed(Thread), DiscordJson.Options)!)!.ConversationId);
        Assert.Null(mapper.ToIncoming(JsonSerializer.Deserialize<DiscordMessage>(Unaddressed(Elsewhere), DiscordJson.Options)!));

        Assert.True(filter.Wants("THREAD_DELETE", Json($$"""{"id":"{{Thread}}","parent_id":"{{Answered}}","type":11}""")));
        Assert.False(filter.Wants("MESSAGE_CREATE", Unaddressed(Thread)));
    }

    public static TheoryData<string, DiscordMessage> Messages => new()
    {
        { "mention", new("1", "1300000000000000002", Ana, $"<@{BotId}> do I need a PhD?", Guild, new DiscordMember(), [Bot]) },
        { "nickname mention", new("2", "1300000000000000002", Ana, $"<@!{BotId}> hi", Guild, new DiscordMember()) },
        { "DM", new("3", "1300000000000000009", Ana, "do I need a PhD?") },
        { "configured channel", new("4", Answered, Ana, "do I need a PhD?", Guild, new DiscordMember()) },
        { "unaddressed", new("5", "1300000000000000002", Ana, "anyone up for lunch?", Guild, new DiscordMember()) },
        { "content withheld", new("6", "1300000000000000002", Ana, "", Guild, new DiscordMember()) },
        { "own echo", new("7", "1300000000000000002", Bot, "an answer", Guild, new DiscordMember()) },
        { "own echo in a DM", new("9", "1300000000000000009", Bot, "an answer") },
        { "another bot mentioning it", new("10", "1300000000000000002", OtherBot, $"<@{BotId}> ping", Guild, new DiscordMember(), [Bot]) },
        { "a webhook mentioning it", new("11", "1300000000000000002", Ana, $"<@{BotId}> ping", Guild, Mentions: [Bot], WebhookId: "1400000000000000001") },
        { "quotes guild_id in its text", new("8", "1300000000000000009", Ana, "\"guild_id\":\"1\" is what I saw") },
    };

    [Theory, MemberData(nameof(Messages))]
    public void It_never_drops_a_message_the_mapper_would_answer_and_drops_the_rest_of_a_guilds_chatter(string name, DiscordMessage message)
    {
        var (filter, mapper) = Create();
        var kept = filter.Wants(MessageRelevanceFilter.MessageCreate, JsonSerializer.SerializeToUtf8Bytes(message, DiscordJson.Options));

        if (mapper.ToIncoming(message) is not null || mapper.ContentWithheld(message)) Assert.True(kept, $"{name} was dropped");
        else Assert.False(kept, $"{name} was kept");
    }

    [Fact]
    public void Other_events_always_pass()
    {
        var (filter, _) = Create();
        Assert.True(filter.Wants("INTERACTION_CREATE", """{"id":"1"}"""u8));
    }

    [Fact]
    public void A_dropped_dispatch_keeps_its_sequence_number_and_is_not_parsed()
    {
        var (filter, _) = Create();
        var frame = """{"t":"MESSAGE_CREATE","s":42,"op":0,"d":{"id":"5","channel_id":"1300000000000000002","guild_id":"1200000000000000003","content":"lunch?","author":{"id":"1","username":"a"}}}"""u8;

        var payload = GatewayPayloadCodec.Decode(frame, filter);

        Assert.True(payload.Filtered);
        Assert.Equal((GatewayOpCode.Dispatch, 42, "MESSAGE_CREATE"), (payload.Op, payload.Sequence, payload.EventName));
        Assert.Equal(JsonValueKind.Undefined, payload.Data.ValueKind);
        Assert.Equal("lunch?", GatewayPayloadCodec.Decode(frame).Data.GetProperty("content").GetString());
    }
}
