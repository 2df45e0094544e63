using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using CareerBot.Tests.Offers;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Answers;

/// <summary>Issue #20 in the pipeline: a lead with its detail behind More, sources once, buttons that click through, /help once.</summary>
public class AnswerShapeTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private KnowledgeSnapshot Knowledge => pipeline.Services.GetRequiredService<KnowledgeBase>().Current;

    [Fact]
    public async Task A_knowledge_answer_is_the_entrys_lead_with_its_detail_behind_more()
    {
        var reply = await pipeline.AskAsync("how much does a new grad ml engineer make");
        var entry = Knowledge.Find("salary-entry-level")!;

        Assert.Equal(entry.Answer, reply.Markdown);
        Assert.True(reply.Markdown.Length <= KnowledgeLimits.MaxLeadLength);
        Assert.Equal((entry.Detail, "salary-entry-level"), (reply.Detail, reply.MoreIntent));
        Assert.DoesNotContain("Sources", reply.Markdown + reply.Detail);
    }

    [Fact]
    public async Task Ask_json_keeps_reply_as_the_whole_answer_and_adds_the_lead()
    {
        var reply = await pipeline.AskAsync("do I need a phd");
        using var json = JsonDocument.Parse(ReplyJson.Serialize(reply));

        Assert.Equal(reply.Markdown + "\n\n" + reply.Detail, json.RootElement.GetProperty("reply").GetString());
        Assert.Equal(reply.Markdown, json.RootElement.GetProperty("lead").GetString());
    }

    [Fact]
    public void Every_shipped_lead_keeps_a_base_or_total_comp_label_for_each_of_its_figures()
    {
        foreach (var entry in Knowledge.Ordered.Where(e => Regex.IsMatch(e.Answer, @"\$\d")))
            Assert.True(Regex.IsMatch(entry.Answer, "base|total comp|TC", RegexOptions.IgnoreCase), $"{entry.Id}'s lead has figures but says neither base nor total comp");
    }

    [Fact]
    public async Task Help_lists_each_command_once()
    {
        var help = (await pipeline.AskAsync("/help")).Markdown;

        Assert.Single(Regex.Matches(help, Regex.Escape("`/offer base:")));
        Assert.Single(Regex.Matches(help, Regex.Escape("`/compare a:")));
        Assert.Single(Regex.Matches(help, "\\*\\*Commands\\*\\*"));
    }

    /// <summary>A click as adapters deliver it: a typed action through the pipeline.</summary>
    private Task<Reply> ClickAsync(IncomingMessage clicker, string buttonId) =>
        pipeline.Services.GetRequiredService<IMessagePipeline>()
            .HandleAsync(clicker with { Invocation = new ComponentAction("button", buttonId, "answer-1") }, CancellationToken.None).AsTask();

    [Fact]
    public async Task More_gives_the_detail_and_a_follow_up_asks_its_question_in_the_same_conversation()
    {
        var asker = new IncomingMessage("test", "conversation-1", new ChatUser("test", "member-1", "Member"), "");

        var more = await ClickAsync(asker, ReplyButtons.More("phd-value"));
        var asked = await ClickAsync(asker, ReplyButtons.Ask("What is the entry-level machine learning engineer salary?", 100)!);
        var next = await pipeline.Services.GetRequiredService<IMessagePipeline>().HandleAsync(asker with { Text = "and for senior?" }, CancellationToken.None);
        var stale = await ClickAsync(asker, ReplyButtons.More("no-such-entry"));
        var staleRating = await ClickAsync(asker, "rate:+:no-such-entry:q");

        Assert.Equal(Knowledge.Find("phd-value")!.Detail, more.Markdown);
        Assert.Equal("salary-entry-level", asked.Intent);
        Assert.Equal("salary-senior", next.Intent);
        Assert.Equal((ReplyKind.InputError, ReplyButtonClicks.StaleButton, true), (stale.Kind, stale.Markdown, stale.IsPrivate));
        Assert.Equal((ReplyKind.InputError, ReplyButtonClicks.StaleButton, true), (staleRating.Kind, staleRating.Markdown, staleRating.IsPrivate));
    }

    [Fact]
    public async Task Share_runs_the_private_command_again_and_returns_it_public()
    {
        var offer = await pipeline.AskAsync("/offer base:180k bonus:15% stock:600k vesting:4y");
        var shared = await ClickAsync(new IncomingMessage("test", "c", new ChatUser("test", "m", "M"), ""), ReplyButtons.Share(offer.ShareCommand!, 100)!);

        Assert.True(offer.IsPrivate);
        Assert.Equal(offer.Markdown, shared.Markdown);
        Assert.False(shared.IsPrivate);
        Assert.Null(shared.ShareCommand);
        Assert.NotNull(shared.Chart);
    }

    [Fact]
    public async Task A_decline_offers_its_did_you_mean_choices_as_questions_to_click()
    {
        var reply = await pipeline.AskAsync("career");
        Assert.Equal(ReplyKind.Decline, reply.Kind);
        Assert.NotEmpty(reply.FollowUps);
        Assert.All(reply.FollowUps, q => Assert.NotNull(ReplyButtons.Ask(q, 100)));
    }

    [Fact]
    public async Task A_follow_up_on_one_term_quotes_a_fact_once_even_when_the_lead_and_the_detail_both_say_it()
    {
        using var bot = new TestBot();
        await bot.AskAsync("what is mlops", "c1");
        var reply = await bot.AskAsync("how about docker", "c1");

        Assert.Equal("mlops-tools", reply.Intent);
        Assert.Single(Regex.Matches(reply.Markdown, "Docker, Kubernetes"));
    }

    [Fact]
    public async Task A_follow_up_quotes_the_lines_its_rarer_words_name_not_every_line_saying_ml()
    {
        using var bot = new TestBot();
        await bot.AskAsync("what certs are worth it", "c1");
        var reply = await bot.AskAsync("aws ml specialty worth it?", "c1");

        Assert.Equal("certifications", reply.Intent);
        Assert.Contains("AWS Certified Machine Learning Specialty", reply.Markdown);
        Assert.DoesNotContain("Google Professional Machine Learning Engineer", reply.Markdown);
    }
}
