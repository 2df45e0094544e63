using System.Text.Json.Nodes;
using CareerBot.Core.Knowledge;
using CareerBot.FakeDiscord;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>Issue #20 on Discord: one message per answer with its lead, sources once and buttons that work when clicked; private offers until shared.</summary>
[Collection(DiscordCollection.Name)]
public class DiscordAnswerShapeTests
{
    private static IReadOnlyList<JsonObject> Buttons(JsonNode? message) =>
        (message?["components"] as JsonArray ?? []).SelectMany(row => row!["components"]!.AsArray()).OfType<JsonObject>().ToList();

    /// <summary>The buttons of a reply that may have been split: they are on its last text message.</summary>
    private static IReadOnlyList<JsonObject> Buttons(FakeInteraction answered) =>
        new[] { answered.Message }.Concat(answered.Followups).SelectMany(Buttons).ToList();

    private static string Id(JsonObject button) => button["custom_id"]!.GetValue<string>();

    private static async Task<FakeInteraction> AnsweredAsync(FakeInteraction interaction)
    {
        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null && (interaction.CallbackType != 5 || interaction.Edits > 0),
            what: $"the answer to interaction {interaction.Name}");
        return interaction;
    }

    private static JsonArray Options(params (string Name, string Value)[] options) =>
        new(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value }).ToArray());

    [Fact]
    public async Task A_knowledge_answer_is_one_message_with_the_lead_sources_once_and_more_and_follow_up_buttons_that_work()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var entry = bot.Host.Services.GetRequiredService<KnowledgeBase>().Current.Find("salary-entry-level")!;

        var question = await bot.Fake.SendMessageAsync("how much do new grad ML engineers make?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "the answer");
        await Task.Delay(300); // a second message would be sent right after the first
        var answer = Assert.Single(bot.Fake.Messages);
        var content = answer["content"]!.GetValue<string>();

        Assert.StartsWith(entry.Answer, content);
        Assert.DoesNotContain(entry.Detail!, content);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(content, "Sources"));
        var buttons = Buttons(answer);
        var more = buttons.Single(b => b["label"]!.GetValue<string>() == "More");
        Assert.Contains(buttons, b => Id(b).StartsWith("rate:+:", StringComparison.Ordinal));
        var followUps = buttons.Where(b => Id(b).StartsWith("ask:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(followUps);
        Assert.DoesNotContain("You could also ask", content);

        var detail = await AnsweredAsync(await bot.Fake.ClickButtonAsync(answer, Id(more)));
        Assert.Equal((4, 64), (detail.CallbackType, detail.Flags & 64));
        Assert.StartsWith(entry.Detail![..80], detail.Content);

        var followUp = followUps.First();
        var asked = await AnsweredAsync(await bot.Fake.ClickButtonAsync(answer, Id(followUp)));
        var relatedLead = bot.Host.Services.GetRequiredService<KnowledgeBase>().Current.Ordered
            .Single(e => e.Questions[0] == Id(followUp)["ask:".Length..]).Answer;
        Assert.Equal((4, 0), (asked.CallbackType, asked.Flags & 64));
        Assert.StartsWith(relatedLead, asked.Content);
    }

    [Fact]
    public async Task A_follow_up_click_asks_in_the_same_conversation_so_a_short_next_message_builds_on_it()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var knowledge = bot.Host.Services.GetRequiredService<KnowledgeBase>().Current;
        var ask = await AnsweredAsync(await bot.Fake.SendCommandAsync("ask", Options(("question", "do I need a PhD?"))));
        var entryPay = Buttons(ask.Message).Single(b => Id(b) == "ask:" + knowledge.Find("salary-entry-level")!.Questions[0]);

        var clicked = await AnsweredAsync(await bot.Fake.ClickButtonAsync(ask.Message!, Id(entryPay)));
        // "and for senior?" only means senior pay after a pay answer: the clicked one, not the PhD answer before it.
        var next = await bot.Fake.SendMessageAsync("and for senior?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(next).Count > 0, what: "the follow-up answer");

        Assert.StartsWith(knowledge.Find("salary-entry-level")!.Answer, clicked.Content);
        Assert.StartsWith(knowledge.Find("salary-senior")!.Answer, bot.RepliesTo(next)[0]["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_offer_is_private_with_an_aligned_table_until_the_member_shares_it()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var offer = await AnsweredAsync(await bot.Fake.SendCommandAsync("offer", Options(("base", "180k"), ("bonus", "15%"), ("stock", "600k"), ("vesting", "4y"))));

        Assert.Equal((4, 64), (offer.CallbackType, offer.Flags & 64));
        Assert.DoesNotContain("| Year |", offer.Content);
        Assert.DoesNotContain("|---", offer.Content);
        Assert.Contains("```\nYear  ", offer.Content);
        var share = Buttons(offer.Message).Single(b => b["label"]!.GetValue<string>() == "Share in channel");

        var shared = await AnsweredAsync(await bot.Fake.ClickButtonAsync(offer.Message!, Id(share)));

        Assert.Equal((4, 0), (shared.CallbackType, shared.Flags & 64));
        Assert.Equal(offer.Content, shared.Content);
        Assert.DoesNotContain(Buttons(shared.Message), b => b["label"]!.GetValue<string>() == "Share in channel");
        // The shared reply carries the chart too, like the private one.
        Assert.Equal(["offer-chart.png"], offer.FileNames);
        Assert.Equal(["offer-chart.png"], shared.FileNames);
    }

    [Fact]
    public async Task Compare_and_salary_with_an_amount_are_private_and_a_level_question_is_not()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var compare = await AnsweredAsync(await bot.Fake.SendCommandAsync("compare", Options(("a", "base:180k stock:400k"), ("b", "base:200k"))));
        var amount = await AnsweredAsync(await bot.Fake.SendCommandAsync("salary", Options(("level", "senior"), ("amount", "190k"))));
        var level = await AnsweredAsync(await bot.Fake.SendCommandAsync("salary", Options(("level", "senior"))));

        Assert.Equal(64, compare.Flags & 64);
        Assert.DoesNotContain("| Year |", compare.Content);
        Assert.Contains(Buttons(compare), b => b["label"]!.GetValue<string>() == "Share in channel");
        Assert.Equal(64, amount.Flags & 64);
        Assert.Contains(Buttons(amount), b => b["label"]!.GetValue<string>() == "Share in channel");
        Assert.Equal(0, level.Flags & 64);
        Assert.DoesNotContain(Buttons(level), b => b["label"]!.GetValue<string>() == "Share in channel");
    }

    [Fact]
    public async Task An_offer_pasted_in_a_channel_is_answered_there_in_one_message_with_its_chart()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var question = await bot.Fake.SendMessageAsync("got an offer: 180k base, 15% bonus, 400k stock over 4 years. is that good?", mentionBot: true);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "the answer");
        await Task.Delay(300); // a separate chart message would be sent right after the answer

        var reply = Assert.Single(bot.Fake.Messages);
        Assert.Equal(["offer-chart.png"], reply["attachments"]!.AsArray().Select(a => a!["filename"]!.GetValue<string>()));
        Assert.Contains("I read your message as", reply["content"]!.GetValue<string>());
        Assert.DoesNotContain("| Year |", reply["content"]!.GetValue<string>());
        Assert.DoesNotContain(Buttons(reply), b => b["label"]!.GetValue<string>() == "Share in channel");
    }
}
