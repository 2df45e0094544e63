using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareerBot.FakeSlack;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>The fake refuses what Slack refuses, so a bot that passes against it does not fail against Slack.</summary>
public sealed class FakeSlackRulesTests
{
    private static readonly JsonObject Modal = new()
    {
        ["type"] = "modal", ["callback_id"] = "kbedit:x:0", ["title"] = Plain("Edit answer"), ["submit"] = Plain("Save"),
        ["blocks"] = new JsonArray(new JsonObject
        {
            ["type"] = "input", ["block_id"] = "kb_answer", ["label"] = Plain("Answer"),
            ["element"] = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = "text", ["multiline"] = true, ["initial_value"] = "old" },
        }),
    };

    private static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text };

    private static async Task<JsonObject> CallAsync(FakeSlackServer fake, string method, JsonObject body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fake.ApiUrl, method)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fake.Options.BotToken);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>A trigger_id as Slack hands one out with a click (or a slash command).</summary>
    private static string Trigger(FakeSlackServer fake)
    {
        var (payload, _) = fake.ButtonClick("C0RULES", "1700000400.000100", ephemeral: false, "b", new JsonObject { ["type"] = "button", ["action_id"] = "a", ["value"] = "v" }, "U0RULES");
        return payload["trigger_id"]!.GetValue<string>();
    }

    private static JsonObject With(Action<JsonObject> change)
    {
        var view = (JsonObject)Modal.DeepClone();
        change(view);
        return view;
    }

    public static TheoryData<string, JsonObject> InvalidModals => new()
    {
        { "title over 24 characters", With(v => v["title"] = Plain(new string('t', 25))) },
        { "input block without submit", With(v => v.Remove("submit")) },
        { "initial_value over max_length", With(v => v["blocks"]![0]!["element"]!["max_length"] = 2) },
        { "max_length over 3000", With(v => v["blocks"]![0]!["element"]!["max_length"] = 3001) },
        { "mrkdwn title", With(v => v["title"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "Edit" }) },
        { "not a modal", With(v => v["type"] = "home") },
    };

    [Theory, MemberData(nameof(InvalidModals))]
    public async Task Views_open_refuses_a_view_slack_would_refuse(string why, JsonObject view)
    {
        await using var fake = await FakeSlackServer.StartAsync();

        var answer = await CallAsync(fake, "views.open", new JsonObject { ["trigger_id"] = Trigger(fake), ["view"] = view });

        Assert.False(answer["ok"]!.GetValue<bool>(), why);
        Assert.Equal("invalid_arguments", answer["error"]!.GetValue<string>());
        Assert.Contains("json-pointer:/view", answer["response_metadata"]!["messages"]![0]!.GetValue<string>());
        Assert.Empty(fake.Views);
    }

    [Fact]
    public async Task A_trigger_opens_one_view_and_unknown_or_expired_triggers_open_none()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var expiring = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { TriggerLifetime = TimeSpan.Zero });
        var trigger = Trigger(fake);

        var first = await CallAsync(fake, "views.open", new JsonObject { ["trigger_id"] = trigger, ["view"] = Modal.DeepClone() });
        var again = await CallAsync(fake, "views.open", new JsonObject { ["trigger_id"] = trigger, ["view"] = Modal.DeepClone() });
        var unknown = await CallAsync(fake, "views.open", new JsonObject { ["trigger_id"] = "trigger.made-up", ["view"] = Modal.DeepClone() });
        var expired = await CallAsync(expiring, "views.open", new JsonObject { ["trigger_id"] = Trigger(expiring), ["view"] = Modal.DeepClone() });

        Assert.True(first["ok"]!.GetValue<bool>());
        Assert.StartsWith("V", first["view"]!["id"]!.GetValue<string>());
        Assert.Equal("exchanged_trigger_id", again["error"]!.GetValue<string>());
        Assert.Equal("invalid_trigger_id", unknown["error"]!.GetValue<string>());
        Assert.Equal("expired_trigger_id", expired["error"]!.GetValue<string>());
        Assert.Single(fake.Views);
    }

    public static TheoryData<string, JsonArray> InvalidActionRows => new()
    {
        { "26 buttons", new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)Button($"a{i}", "v"))]) },
        { "value over 2000", new JsonArray(Button("a", new string('v', 2001))) },
        { "action_id over 255", new JsonArray(Button(new string('a', 256), "v")) },
        { "duplicate action_id", new JsonArray(Button("a", "1"), Button("a", "2")) },
        { "no elements", new JsonArray() },
    };

    private static JsonObject Button(string actionId, string value) => new() { ["type"] = "button", ["text"] = Plain("👍"), ["action_id"] = actionId, ["value"] = value };

    [Theory, MemberData(nameof(InvalidActionRows))]
    public async Task Messages_with_invalid_button_rows_are_refused(string why, JsonArray elements)
    {
        await using var fake = await FakeSlackServer.StartAsync();
        var blocks = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "answer" } },
            new JsonObject { ["type"] = "actions", ["block_id"] = "rating", ["elements"] = elements });

        var answer = await CallAsync(fake, "chat.postMessage", new JsonObject { ["channel"] = "C0RULES", ["text"] = "answer", ["blocks"] = blocks });

        Assert.False(answer["ok"]!.GetValue<bool>(), why);
        Assert.Equal("invalid_blocks", answer["error"]!.GetValue<string>());
        Assert.Empty(fake.Posts);
    }

    [Fact]
    public async Task Posting_faster_than_slack_allows_in_one_channel_gets_429_with_retry_after_and_other_channels_do_not()
    {
        await using var fake = await FakeSlackServer.StartAsync(options: new FakeSlackOptions { ChannelPostBurst = 2, ChannelPostInterval = TimeSpan.FromMinutes(1) });
        using var http = new HttpClient();
        async Task<HttpResponseMessage> PostAsync(string channel)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fake.ApiUrl, "chat.postMessage"))
            {
                Content = JsonContent.Create(new JsonObject { ["channel"] = channel, ["text"] = "hi" }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fake.Options.BotToken);
            return await http.SendAsync(request);
        }

        using var first = await PostAsync("C0BUSY");
        using var second = await PostAsync("C0BUSY");
        using var third = await PostAsync("C0BUSY");
        using var elsewhere = await PostAsync("C0OTHER");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK],
            new[] { first, second, third, elsewhere }.Select(r => r.StatusCode));
        Assert.Equal(TimeSpan.FromSeconds(60), third.Headers.RetryAfter!.Delta);
        Assert.Equal("ratelimited", JsonNode.Parse(await third.Content.ReadAsStringAsync())!["error"]!.GetValue<string>());
        Assert.Equal(3, fake.Posts.Count);
    }
}
