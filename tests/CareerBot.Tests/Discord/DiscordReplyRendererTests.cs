using CareerBot.Core.Messages;
using CareerBot.Discord.Outbound;

namespace CareerBot.Tests.Discord;

public class DiscordReplyRendererTests
{
    [Fact]
    public void Replies_show_sources_small_once_and_follow_ups_as_buttons()
    {
        var reply = new Reply(ReplyKind.Answer, "phd-value", 0.9, "No, a PhD is not required.")
        {
            Sources = ["Guide (guide.txt)", "https://example.com/x"],
            FollowUps = ["What do seniors earn?", "A question far too long for a button id: " + new string('x', 80)],
        };
        var text = Assert.Single(DiscordReplyRenderer.Render(reply));
        var buttons = ReplyComponents.For(reply)!.SelectMany(row => row.Components!).ToList();

        Assert.Equal("No, a PhD is not required.\n-# *Sources: Guide (guide.txt); <https://example.com/x>*\n**You could also ask:** " + reply.FollowUps[1], text);
        Assert.Equal(("ask:What do seniors earn?", "What do seniors earn?"), (buttons.Single().CustomId, buttons.Single().Label));
    }

    [Fact]
    public void A_knowledge_answer_shows_its_lead_with_a_more_button_and_a_kb_reply_shows_its_detail()
    {
        var answer = new Reply(ReplyKind.Answer, "phd-value", 0.9, "Lead.") { Detail = "Detail.", MoreIntent = "phd-value" };
        var kb = new Reply(ReplyKind.InputError, "kb", 1, "Not saved.") { Detail = "Your text, so it is not lost." };

        Assert.Equal("Lead.", Assert.Single(DiscordReplyRenderer.Render(answer)));
        Assert.Equal(("more:phd-value", "More"), (ReplyComponents.For(answer)![0].Components![0].CustomId, ReplyComponents.For(answer)![0].Components![0].Label));
        Assert.Equal("Not saved.\n\nYour text, so it is not lost.", Assert.Single(DiscordReplyRenderer.Render(kb)));
        Assert.Null(ReplyComponents.For(kb));
    }

    [Theory]
    [InlineData(ReplyKind.Answer, false)]
    [InlineData(ReplyKind.Decline, true)]
    [InlineData(ReplyKind.InputError, true)]
    [InlineData(ReplyKind.SlowDown, true)]
    public void Declines_and_input_errors_are_ephemeral_in_interactions(ReplyKind kind, bool ephemeral)
    {
        Assert.Equal(ephemeral, DiscordReplyRenderer.IsEphemeral(new Reply(kind, "x", 0, "text")));
    }
}
