using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using CareerBot.Core.Moderation;
using CareerBot.Core.Pipeline;
using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>Issue #19 in Slack: a button click reaches the pipeline as a typed action, inside its metrics, rate limit and error boundary.</summary>
public sealed class SlackClickPipelineTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = (await TestDatabase.CreateAsync(TestDatabase.Sqlite, output))!;

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private Task<SlackBotHost> StartBotAsync(FakeSlackServer fake, IReadOnlyDictionary<string, string?>? extra = null, Action<IServiceCollection>? configure = null)
    {
        var settings = new Dictionary<string, string?>(_db.Settings);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return SlackBotHost.StartAsync(fake, extra: settings, configure: configure);
    }

    private static async Task<FakePost> ChannelAnswerAsync(FakeSlackServer fake, string channel, string ts, string question)
    {
        fake.SendEvent(new JsonObject
        {
            ["type"] = "app_mention", ["user"] = "UASKER40", ["channel"] = channel, ["ts"] = ts, ["text"] = "<@UCAREERBOT> " + question,
        });
        return await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == channel && p.ThreadTs == ts), "the answer");
    }

    private static async Task<FakeResponse> ClickAsync(FakeSlackServer fake, FakePost answer, string user)
    {
        var (click, url) = fake.ButtonClick(answer, "rate_up", user);
        fake.SendInteractive(click);
        return await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == url), "the answer to the click");
    }

    [Fact]
    public async Task A_rating_click_is_counted_in_the_pipeline_metrics_and_rate_limited_like_a_message()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake, new Dictionary<string, string?> { ["RateLimit:UserBurst"] = "2", ["RateLimit:UserInterval"] = "00:10:00" });
        using var handled = new MetricCollector<long>(bot.Host.Services.GetRequiredService<IMeterFactory>(), PipelineMetrics.MeterName, "careerbot.messages");
        var answer = await ChannelAnswerAsync(fake, "C0CLICK", "1700000400.000100", "do I need a PhD?");

        var first = await ClickAsync(fake, answer, "UCLICKER41");
        var second = await ClickAsync(fake, answer, "UCLICKER41");
        var third = await ClickAsync(fake, answer, "UCLICKER41");

        Assert.Contains("Glad it helped", first.Text);
        Assert.Contains("already rated", second.Text);
        Assert.Contains("faster than I can answer", third.Text);
        Assert.Equal("ephemeral", third.ResponseType);
        var kinds = handled.GetMeasurementSnapshot().Where(m => (string?)m.Tags["platform"] == "slack").Select(m => (string?)m.Tags["kind"]);
        Assert.Equal(["answer", "answer", "answer", "slowdown"], kinds);
    }

    [Fact]
    public async Task A_bug_during_a_click_gets_the_error_boundary_reply_privately_and_the_bot_keeps_answering()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake, configure: services => services.AddSingleton<IQuestionLog, BrokenFeedbackLog>());
        var answer = await ChannelAnswerAsync(fake, "C0BROKEN", "1700000401.000100", "do I need a PhD?");

        var click = await ClickAsync(fake, answer, "UCLICKER42");
        var after = await ChannelAnswerAsync(fake, "C0BROKEN", "1700000402.000100", "what does a senior ML engineer make?");

        Assert.Contains("something went wrong on my side", click.Text);
        Assert.Equal("ephemeral", click.ResponseType);
        Assert.Contains("Senior", after.Text + after.Blocks?.ToJsonString());
    }
}
