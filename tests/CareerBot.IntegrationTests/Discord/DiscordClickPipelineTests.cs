using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using CareerBot.Core.Moderation;
using CareerBot.Core.Pipeline;
using CareerBot.FakeDiscord;
using CareerBot.IntegrationTests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CareerBot.IntegrationTests.Discord;

/// <summary>Issue #19 on Discord: a button click reaches the pipeline as a typed action, inside its metrics, rate limit and error boundary.</summary>
[Collection(DiscordCollection.Name)]
public class DiscordClickPipelineTests
{
    private const string Asker = "1100000000000000401";
    private const string Clicker = "1100000000000000402";

    private static async Task<FakeInteraction> AnsweredAsync(FakeInteraction interaction)
    {
        await FakeDiscordServer.WaitUntilAsync(() => interaction.CallbackType is not null && (interaction.CallbackType != 5 || interaction.Edits > 0),
            what: $"the answer to interaction {interaction.Name}");
        return interaction;
    }

    private static string RateUp(JsonObject message) =>
        (message["components"] as JsonArray ?? []).SelectMany(row => row!["components"]!.AsArray())
            .Select(b => b!["custom_id"]!.GetValue<string>()).Single(id => id.StartsWith("rate:+:", StringComparison.Ordinal));

    private static async Task<JsonObject> ChannelAnswerAsync(DiscordBotHarness bot, string text = "do I need a PhD?")
    {
        var question = await bot.Fake.SendMessageAsync(text, mentionBot: true, authorId: Asker);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0, what: "the answer");
        return bot.RepliesTo(question).Single();
    }

    [Fact]
    public async Task A_rating_click_is_counted_in_the_pipeline_metrics_and_rate_limited_like_a_message()
    {
        await using var bot = await DiscordBotHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RateLimit:UserBurst"] = "2",
            ["RateLimit:UserInterval"] = "00:10:00",
        });
        using var handled = new MetricCollector<long>(bot.Host.Services.GetRequiredService<IMeterFactory>(), PipelineMetrics.MeterName, "careerbot.messages");
        var answer = await ChannelAnswerAsync(bot);

        var first = await AnsweredAsync(await bot.Fake.ClickButtonAsync(answer, RateUp(answer), userId: Clicker));
        var second = await AnsweredAsync(await bot.Fake.ClickButtonAsync(answer, RateUp(answer), userId: Clicker));
        var third = await AnsweredAsync(await bot.Fake.ClickButtonAsync(answer, RateUp(answer), userId: Clicker));

        Assert.StartsWith("Thanks! Glad it helped", first.Content);
        Assert.Contains("already rated", second.Content);
        Assert.Contains("faster than I can answer", third.Content);
        Assert.Equal(64, third.Flags & 64);
        var kinds = handled.GetMeasurementSnapshot().Where(m => (string?)m.Tags["platform"] == "discord").Select(m => (string?)m.Tags["kind"]);
        Assert.Equal(["answer", "answer", "answer", "slowdown"], kinds);
    }

    [Fact]
    public async Task A_bug_during_a_click_gets_the_error_boundary_reply_privately_and_the_bot_keeps_answering()
    {
        await using var bot = await DiscordBotHarness.StartAsync(configure: services => services.AddSingleton<IQuestionLog, BrokenFeedbackLog>());
        var answer = await ChannelAnswerAsync(bot);

        var click = await AnsweredAsync(await bot.Fake.ClickButtonAsync(answer, RateUp(answer), userId: Clicker));
        var after = await ChannelAnswerAsync(bot, "what does a senior ML engineer make?");

        Assert.Contains("something went wrong on my side", click.Content);
        Assert.Equal(64, click.Flags & 64);
        Assert.Contains("Senior", after["content"]!.GetValue<string>());
    }
}
