using CareerBot.Adapters.Outbound;
using CareerBot.Core.Messages;
using CareerBot.Slack.Wire;

namespace CareerBot.Slack.Outbound;

/// <summary>
/// Renders a pipeline reply as Slack messages (one, unless the text outgrows one): sections for the answer (tables as
/// aligned code blocks), the detail only where no More button offers it, one context line for the sources, then buttons:
/// More, 👍/👎, Share in channel (private replies about a member's own numbers), and the follow-up questions ("did you
/// mean" choices on a decline). Every button's value carries what its click needs. All within Slack's limits.
/// </summary>
public static class SlackReplyRenderer
{
    public const string RatingBlockId = "careerbot_rating";
    public const string RateUpActionId = "rate_up";
    public const string RateDownActionId = "rate_down";
    /// <summary>Slack's limit for a button value, which carries the rated question.</summary>
    public const int ButtonValueLength = 2000;
    public const string AnswerActionsBlockId = "careerbot_answer";
    public const string QuestionsBlockId = "careerbot_questions";
    public const string MoreActionId = "more";
    public const string ShareActionId = "share";
    public const string AskActionIdPrefix = "ask_";
    /// <summary>Slack's limit for a button's text.</summary>
    public const int ButtonTextLength = 75;
    private const int MaxQuestionButtons = 5;

    public static IReadOnlyList<SlackMessageContent> Render(Reply reply)
    {
        var blocks = new List<SlackBlock>();
        AddSections(blocks, reply.Markdown);
        if (!string.IsNullOrWhiteSpace(reply.Detail) && !reply.OffersMore) AddSections(blocks, reply.Detail);
        if (reply.Sources.Count > 0) blocks.Add(Context("Sources: " + string.Join(" · ", reply.Sources.Select(SlackMrkdwn.FromMarkdown))));
        if (AnswerButtons(reply) is { Count: > 0 } buttons) blocks.Add(new ActionsBlock(AnswerActionsBlockId, buttons));
        if (QuestionButtons(reply) is { Count: > 0 } questions) blocks.Add(new ActionsBlock(QuestionsBlockId, questions));
        return Group(blocks);
    }

    private static List<ButtonElement> AnswerButtons(Reply reply)
    {
        var buttons = new List<ButtonElement>();
        if (reply.OffersMore)
            buttons.Add(new ButtonElement(SlackText.Plain("More"), MoreActionId, ReplyButtons.More(reply.MoreIntent!)));
        if (reply.Feedback is { } feedback) buttons.AddRange(RatingButtons(feedback).Elements);
        if (reply.OffersShare && ReplyButtons.Share(reply.ShareCommand!, ButtonValueLength) is { } share)
            buttons.Add(new ButtonElement(SlackText.Plain("Share in channel"), ShareActionId, share));
        return buttons;
    }

    private static List<ButtonElement> QuestionButtons(Reply reply) =>
        reply.FollowUps.Select(q => (Value: ReplyButtons.Ask(q, ButtonValueLength), Question: q))
            .Where(b => b.Value is not null)
            .Take(MaxQuestionButtons)
            .Select((b, i) => new ButtonElement(SlackText.Plain(TextSplitter.Truncate(b.Question, ButtonTextLength)), AskActionIdPrefix + i, b.Value!))
            .ToList();

    /// <summary>True for the actions this renderer puts under answers (the values say what to do).</summary>
    public static bool IsAnswerAction(string? actionId) =>
        IsRatingAction(actionId) || actionId is MoreActionId or ShareActionId || actionId?.StartsWith(AskActionIdPrefix, StringComparison.Ordinal) == true;

    private static void AddSections(List<SlackBlock> blocks, string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return;
        foreach (var piece in TextSplitter.Split(SlackMrkdwn.FromMarkdown(MonospaceTables.Convert(markdown)), SlackLimits.SectionText))
            blocks.Add(new SectionBlock(SlackText.Mrkdwn(piece)));
    }

    /// <summary>The values carry the rating itself, so a click needs nothing remembered from the answer.</summary>
    public static ActionsBlock RatingButtons(AnswerFeedback feedback) => new(RatingBlockId,
    [
        new ButtonElement(SlackText.Plain("👍 Helpful"), RateUpActionId, feedback.ButtonId(helpful: true, ButtonValueLength)),
        new ButtonElement(SlackText.Plain("👎 Not helpful"), RateDownActionId, feedback.ButtonId(helpful: false, ButtonValueLength)),
    ]);

    public static bool IsRatingAction(string? actionId) => actionId is RateUpActionId or RateDownActionId;

    private static ContextBlock Context(string mrkdwn) =>
        new([SlackText.Mrkdwn(TextSplitter.Truncate(mrkdwn, SlackLimits.ContextElementText))]);

    /// <summary>Packs blocks into messages of at most 50 blocks and a bounded amount of text, each with its fallback.</summary>
    private static List<SlackMessageContent> Group(List<SlackBlock> blocks)
    {
        var messages = new List<SlackMessageContent>();
        var current = new List<SlackBlock>();
        var length = 0;
        foreach (var block in blocks)
        {
            var blockLength = TextOf(block).Length;
            if (current.Count > 0 && (current.Count == SlackLimits.BlocksPerMessage || length + blockLength > SlackLimits.TextPerMessage))
            {
                messages.Add(Message(current));
                current = [];
                length = 0;
            }
            current.Add(block);
            length += blockLength;
        }
        if (current.Count > 0) messages.Add(Message(current));
        return messages;
    }

    private static SlackMessageContent Message(List<SlackBlock> blocks)
    {
        var sections = blocks.OfType<SectionBlock>().Select(TextOf).ToList();
        var fallback = string.Join("\n", sections.Count > 0 ? sections : blocks.Select(TextOf));
        return new SlackMessageContent(TextSplitter.Truncate(fallback, SlackLimits.FallbackText), blocks);
    }

    private static string TextOf(SlackBlock block) => block switch
    {
        SectionBlock s => s.Text.Text,
        ContextBlock c => string.Join(" ", c.Elements.Select(e => e.Text)),
        _ => "",
    };
}
