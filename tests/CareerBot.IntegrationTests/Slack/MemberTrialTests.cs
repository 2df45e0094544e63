using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.FakeSlack;
using CareerBot.IntegrationTests.Storage;
using CareerBot.Slack.Outbound;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Slack;

/// <summary>
/// A member's casual conversation through the fake Slack (Socket Mode), checked as the member sees it: in a DM the answers
/// come in the conversation, a channel mention is answered in its thread, one message per answer with sources once and no
/// pipe table, personal numbers private until shared; then a moderator's /kb set, history and revert. The transcript goes
/// to the test output.
/// </summary>
public sealed partial class MemberTrialTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Member = "UMEMBER77";
    private const string Moderator = "UMODERATOR";
    private const string Dm = "D0TRIAL";
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = (await TestDatabase.CreateAsync(TestDatabase.Sqlite, output))!;

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [GeneratedRegex(@"^\s*\|.*\|\s*$", RegexOptions.Multiline)]
    private static partial Regex PipeTableRow();

    private Task<SlackBotHost> StartBotAsync(FakeSlackServer fake) => SlackBotHost.StartAsync(fake, extra: new Dictionary<string, string?>(_db.Settings)
    {
        ["Slack:ModeratorUserIds:0"] = Moderator,
        // A test types faster than a member; the rate limit is tried on Discord.
        ["RateLimit:UserBurst"] = "100",
    });

    /// <summary>What a member reads: the message's section and context blocks.</summary>
    private static string Shown(string text, JsonArray? blocks) =>
        blocks is null ? text : string.Join("\n", blocks.OfType<JsonObject>().SelectMany(b => b["type"]?.GetValue<string>() switch
        {
            "section" => [b["text"]?["text"]?.GetValue<string>() ?? ""],
            "context" => (b["elements"] as JsonArray ?? []).Select(e => e?["text"]?.GetValue<string>() ?? ""),
            _ => [],
        }));

    private static IEnumerable<string> Buttons(JsonArray? blocks) =>
        (blocks ?? []).OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray()).Select(e => e!["text"]?["text"]?.GetValue<string>() ?? "");

    private void Check(string what, string text, JsonArray? blocks, string where)
    {
        var shown = Shown(text, blocks);
        output.WriteLine($"> {what}\n[{where}] {shown}\n[buttons: {string.Join(" | ", Buttons(blocks))}]\n");
        Assert.False(string.IsNullOrWhiteSpace(shown), $"{what}: an empty message");
        Assert.False(PipeTableRow().IsMatch(shown), $"{what}: a raw Markdown pipe table:\n{shown}");
        Assert.True(Regex.Matches(shown, "Sources?:").Count <= 1, $"{what}: sources more than once:\n{shown}");
    }

    private int _ts = 100;

    private string NextTs() => $"1700001000.{++_ts:000000}";

    private async Task<FakePost> DmAsync(FakeSlackServer fake, string typed)
    {
        var before = fake.Posts.Count(p => p.Channel == Dm);
        fake.SendEvent(new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = Dm, ["user"] = Member, ["text"] = typed, ["ts"] = NextTs() });
        var post = await Eventually.WaitForAsync(() => fake.Posts.Where(p => p.Channel == Dm).Skip(before).FirstOrDefault(), $"the DM answer to \"{typed}\"");
        Check("(DM) " + typed, post.Text, post.Blocks, post.ThreadTs is null ? "in the DM" : "in a thread");
        Assert.Null(post.ThreadTs);
        return post;
    }

    private async Task<FakeResponse> CommandAsync(FakeSlackServer fake, string command, string text, string user = Member, string channel = "C0CAREERS")
    {
        var id = fake.SendSlashCommand(command, text, user, channel);
        var response = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == id), $"the reply to {command} {text}");
        Check($"{command} {text}", response.Text, response.Blocks, response.ResponseType ?? "?");
        return response;
    }

    [Fact]
    public async Task A_member_talks_in_a_dm_and_a_channel_and_each_answer_is_one_readable_message_where_it_belongs()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);

        string[] dm =
        [
            "hi! how much do new grad ml engineers make?",
            "and for senior?",
            "got an offer: 185k base, 10% bonus, 300k stock over 4 years, 20k signing. is that good?",
            "what does year 2 look like",
            "compare that to my current job: 150k base, 15k bonus",
            "which one is better",
            "is leetcode still a thing for ml roles",
            "do i need a phd to get hired",
            "how do i move from backend swe into ml",
            "ok thanks!",
        ];
        var posts = new List<FakePost>();
        foreach (var typed in dm) posts.Add(await DmAsync(fake, typed));
        Assert.Contains("senior", posts[1].Text, StringComparison.OrdinalIgnoreCase);

        // A click on a DM answer's follow-up is answered in the DM too.
        var (click, _) = fake.ButtonClick(posts[0], "ask_0", Member);
        var before = fake.Posts.Count(p => p.Channel == Dm);
        fake.SendInteractive(click);
        var followUp = await Eventually.WaitForAsync(() => fake.Posts.Where(p => p.Channel == Dm).Skip(before).FirstOrDefault(), "the follow-up click's answer");
        Check("(DM) [clicks the first follow-up]", followUp.Text, followUp.Blocks, followUp.ThreadTs is null ? "in the DM" : "in a thread");

        // A channel mention is answered in the mention's thread; More posts the detail in that thread.
        var mentionTs = NextTs();
        fake.SendEvent(new JsonObject { ["type"] = "app_mention", ["user"] = Member, ["channel"] = "C0CAREERS", ["ts"] = mentionTs, ["text"] = "<@UCAREERBOT> whats the difference between an ml engineer and a data scientist" });
        var answer = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0CAREERS"), "the channel answer");
        Check("(#careers) @careerbot whats the difference between an ml engineer and a data scientist", answer.Text, answer.Blocks, $"thread {answer.ThreadTs}");
        Assert.Equal(mentionTs, answer.ThreadTs);
        var (more, _) = fake.ButtonClick(answer, "more", Member);
        fake.SendInteractive(more);
        var detail = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.Channel == "C0CAREERS" && p.Ts != answer.Ts), "the detail");
        Check("(#careers) [clicks More]", detail.Text, detail.Blocks, $"thread {detail.ThreadTs}");
        Assert.Equal(mentionTs, detail.ThreadTs);

        // Personal numbers: private until shared.
        var offer = await CommandAsync(fake, "/offer", "base:200k bonus:15% stock:500k vesting:4y signon:25k");
        Assert.Equal("ephemeral", offer.ResponseType);
        var share = offer.Blocks!.OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]!.AsArray()).OfType<JsonObject>().Single(e => e["action_id"]?.GetValue<string>() == "share");
        var (shareClick, shareUrl) = fake.ButtonClick("C0CAREERS", "1700001999.000100", ephemeral: true, "careerbot_answer", share, Member);
        fake.SendInteractive(shareClick);
        var shared = await Eventually.WaitForAsync(() => fake.Responses.FirstOrDefault(r => r.ResponseUrlId == shareUrl), "the shared offer");
        Check("[clicks Share in channel]", shared.Text, shared.Blocks, shared.ResponseType ?? "?");
        Assert.Equal("in_channel", shared.ResponseType);
        var compare = await CommandAsync(fake, "/compare", "a:\"base:180k bonus:10% stock:400k\" b:\"base:210k stock:100k\"");
        Assert.Equal("ephemeral", compare.ResponseType);
        output.WriteLine("The /compare response body: " + new JsonObject { ["response_type"] = compare.ResponseType, ["text"] = compare.Text, ["blocks"] = compare.Blocks?.DeepClone() }
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("ephemeral", (await CommandAsync(fake, "/salary", "level:senior amount:190k")).ResponseType);

        // One message per DM answer: as many posts as questions and clicks.
        Assert.Equal(dm.Length + 1, fake.Posts.Count(p => p.Channel == Dm));
        output.WriteLine($"Charts uploaded: {string.Join(", ", fake.Uploads.Select(u => $"{u.FileName} to {u.Channel} thread {u.ThreadTs ?? "-"}"))}");
    }

    [Fact]
    public async Task A_moderator_sets_an_answer_with_tricky_text_then_reads_its_history_and_reverts_it()
    {
        await using var fake = await FakeSlackServer.StartAsync();
        await using var bot = await StartBotAsync(fake);
        var knowledge = bot.Host.Services.GetRequiredService<KnowledgeBase>();
        var original = knowledge.Current.Find("phd-value")!.Answer;
        const string typed = "Short answer: \"it depends\" & <b>not</b> always 👩‍💻 ship projects first.";

        // Slack escapes &, < and > in a slash command's text.
        var set = await CommandAsync(fake, "/kb", "set phd-value " + typed.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"), Moderator, "C0MODS");
        Assert.Contains("version 1", Shown(set.Text, set.Blocks));
        Assert.Equal(typed, knowledge.Current.Find("phd-value")!.Answer);

        var mentionTs = NextTs();
        fake.SendEvent(new JsonObject { ["type"] = "app_mention", ["user"] = Member, ["channel"] = "C0CAREERS", ["ts"] = mentionTs, ["text"] = "<@UCAREERBOT> do i need a phd?" });
        var served = await Eventually.WaitForAsync(() => fake.Posts.FirstOrDefault(p => p.ThreadTs == mentionTs), "the member's answer");
        Check("(#careers) @careerbot do i need a phd?", served.Text, served.Blocks, "thread");
        Assert.Contains(typed, SlackMrkdwn.Unescape(served.Text));

        var history = await CommandAsync(fake, "/kb", "history phd-value", Moderator, "C0MODS");
        Assert.Contains("1", Shown(history.Text, history.Blocks));
        var reverted = await CommandAsync(fake, "/kb", "revert phd-value version:0", Moderator, "C0MODS");
        Assert.Contains("version 2", Shown(reverted.Text, reverted.Blocks));
        Assert.Equal(original, knowledge.Current.Find("phd-value")!.Answer);
    }
}
