using System.Text.Json.Nodes;
using CareerBot.Composition;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using CareerBot.FakeDiscord;
using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Discord;
using CareerBot.IntegrationTests.Slack;
using CareerBot.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.IntegrationTests.Operations;

/// <summary>
/// Issue 8: logs never contain a token or a signing secret. Each test runs the real host with every log level of every
/// category captured (HttpClient, ASP.NET Core and Npgsql included) through the paths most likely to leak one:
/// connecting, answering, interaction callbacks, reconnects, refused credentials and forged requests.
/// </summary>
[Collection(DiscordCollection.Name)]
public class SecretsNotLoggedTests
{
    [Fact]
    public async Task Discord_token_and_interaction_tokens_never_reach_the_logs()
    {
        var logs = new CapturedLogs();
        await using var bot = await DiscordBotHarness.StartAsync(configure: logs.AddTo);
        var question = await bot.Fake.SendMessageAsync("do I need a PhD to be an ML engineer?", mentionBot: true);
        var ask = await bot.Fake.SendCommandAsync("ask", [new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = "what do senior ML engineers earn?" }]);
        await FakeDiscordServer.WaitUntilAsync(() => bot.RepliesTo(question).Count > 0 && ask.Content is not null, what: "both answers");
        await bot.Fake.Gateway.ForceReconnectAsync();
        await FakeDiscordServer.WaitUntilAsync(() => bot.Fake.Gateway.ResumeCount > 0 && bot.Fake.Gateway.LiveConnections > 0, what: "the resume");
        await bot.Fake.Gateway.CloseConnectionsAsync(4004, "Authentication failed.");
        await FakeDiscordServer.WaitUntilAsync(() => logs.AllText.Contains("4004", StringComparison.Ordinal), what: "the refused token to be logged");

        AssertLogged(logs, "Discord");
        AssertNoSecret(logs, bot.Fake.Options.Token, ask.Token);
    }

    [Fact]
    public async Task Slack_tokens_signing_secret_and_socket_tickets_never_reach_the_logs()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var logs = new CapturedLogs();
        using (var host = await SlackTestHost.StartAsync(fake, logs))
        {
            fake.SendEvent(Mention("C0SECRET", "1700000100.000100"));
            var response = fake.SendSlashCommand("/careerbot", "what do senior ML engineers earn?", "UMEMBER01", "C0SECRET");
            await Eventually.WaitUntilAsync(() => fake.Posts.Any(p => p.Channel == "C0SECRET") && fake.Responses.Any(r => r.ResponseUrlId == response), "both answers");
            var opened = fake.SocketsOpened;
            await fake.DisconnectAllAsync("refresh_requested");
            await Eventually.WaitUntilAsync(() => fake.SocketsOpened > opened, "the new socket");
            await host.StopAsync();
        }

        var httpSettings = SlackBotHost.Settings(fake, SlackMode.Http);
        using (var host = await SlackTestHost.StartAsync(fake, logs, SlackMode.Http, httpSettings))
        {
            var events = SlackTestHost.EventsUrl(httpSettings);
            using var forged = await fake.PostEventToBotAsync(events, Mention("C0FORGED", "1700000100.000200"), tamper: SignatureTamper.WrongSecret);
            using var good = await fake.PostEventToBotAsync(events, Mention("C0SIGNED", "1700000100.000300"));
            Assert.False(forged.IsSuccessStatusCode);
            await Eventually.WaitUntilAsync(() => fake.Posts.Any(p => p.Channel == "C0SIGNED"), "the signed event's answer");
            await host.StopAsync();
        }

        AssertLogged(logs, "Slack");
        Assert.Contains(logs.Entries, e => e.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal) && e.Contains("chat.postMessage", StringComparison.Ordinal));
        AssertNoSecret(logs, fake.Options.BotToken, fake.Options.AppToken, fake.Options.SigningSecret);
        Assert.DoesNotContain("ticket=", logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Slack_response_urls_are_redacted_at_every_level()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var logs = new CapturedLogs();
        using (var host = await SlackTestHost.StartAsync(fake, logs))
        {
            var response = fake.SendSlashCommand("/careerbot", "what do senior ML engineers earn?", "UMEMBER01", "C0SECRET");
            await Eventually.WaitUntilAsync(() => fake.Responses.Any(r => r.ResponseUrlId == response), "the answer through response_url");
            await host.StopAsync();
            AssertNoSecret(logs, "response/" + response);
        }

        AssertLogged(logs, "Slack");
        // The call itself is still logged, with the URL reduced to its host.
        Assert.Contains(logs.Entries, e => e.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal) && e.Contains("/[redacted]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_password_never_reaches_the_logs_when_the_database_is_down()
    {
        const string password = "pw-that-must-stay-secret-7f3a";
        var logs = new CapturedLogs();
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = $"Host=127.0.0.1;Port=1;Database=careerbot;Username=careerbot;Password={password};Timeout=2",
        });
        logs.AddTo(builder.Services);
        using var host = builder.Build();
        await host.StartAsync();
        var member = new ChatUser("console", "m1", "mod", IsModerator: true);
        var pipeline = host.Services.GetRequiredService<IMessagePipeline>();
        var refused = await pipeline.HandleAsync(new IncomingMessage("console", "c", member, "/kb set phd-value New text."), CancellationToken.None);
        await host.StopAsync();

        Assert.Equal(ReplyKind.InputError, refused.Kind);
        Assert.Contains(logs.Entries, e => e.StartsWith("Warning", StringComparison.Ordinal) || e.StartsWith("Error", StringComparison.Ordinal));
        AssertNoSecret(logs, password);
    }

    private static JsonObject Mention(string channel, string ts) => new()
    {
        ["type"] = "app_mention", ["user"] = "UMEMBER01", ["channel"] = channel, ["ts"] = ts, ["event_ts"] = ts,
        ["text"] = "<@UCAREERBOT> do I need a PhD to be an ML engineer?",
    };

    /// <summary>The capture really saw the adapter at work, at debug level too, so an empty log cannot pass.</summary>
    private static void AssertLogged(CapturedLogs logs, string adapter)
    {
        Assert.Contains(logs.Entries, e => e.Contains($"CareerBot.{adapter}", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.StartsWith("Debug", StringComparison.Ordinal) || e.StartsWith("Trace", StringComparison.Ordinal));
    }

    private static void AssertNoSecret(CapturedLogs logs, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            var leaks = logs.Entries.Where(e => e.Contains(secret, StringComparison.Ordinal)).ToList();
            Assert.True(leaks.Count == 0, $"{leaks.Count} log entries contain a secret, e.g.: {leaks.FirstOrDefault()?.Replace(secret, "<SECRET>", StringComparison.Ordinal)}");
        }
    }
}
