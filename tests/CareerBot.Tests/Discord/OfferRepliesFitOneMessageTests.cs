using CareerBot.Discord.Outbound;

namespace CareerBot.Tests.Discord;

/// <summary>Issue #20: an offer or a comparison is one Discord message (2,000 characters), sources and all, not two.</summary>
public sealed class OfferRepliesFitOneMessageTests : IDisposable
{
    private readonly TestBot _bot = new();

    [Theory]
    [InlineData("/offer base:180k bonus:30k stock:600k vesting:4y signon:75k level:senior")]
    [InlineData("/offer base:200k bonus:15% stock:400k vesting:backloaded cliff:12m frequency:quarterly signon:50k signon2:25k refresh:80k growth:5% match:4% level:senior")]
    [InlineData("got 2 offers: A is 175k base + 320k rsu/4y, B is 195k base + 120k rsu/4y, which is better?")]
    [InlineData("/compare a:\"base:180k stock:400k signon:50k level:senior\" b:\"base:200k stock:200k bonus:10% match:4%\"")]
    [InlineData("got 2 offers: google 200k base + 400k stock over 4 yrs, startup 170k base + 0.5% equity. thoughts?")]
    public async Task An_offer_or_a_comparison_is_one_discord_message(string text)
    {
        var reply = await _bot.AskAsync(text, Guid.NewGuid().ToString("N"));
        var messages = DiscordReplyRenderer.Render(reply);
        Assert.True(messages.Count == 1, $"{messages.Count} messages, {messages.Sum(m => m.Length)} characters");
    }

    public void Dispose() => _bot.Dispose();
}
