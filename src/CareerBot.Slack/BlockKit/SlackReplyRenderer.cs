using CareerBot.Core.Pipeline;

namespace CareerBot.Slack.BlockKit;

/// <summary>
/// Renders a pipeline reply as one or more Slack messages: sections for the answer, context blocks for sources and
/// follow-ups, and 👍/👎 buttons under a knowledge answer, all within Slack's limits.
/// </summary>
public static class SlackReplyRenderer
{
    public const string RatingBlockId = "careerbot_rating";
    public const string RateUpActionId = "rate_up";
    public const string RateDownActionId = "rate_down";
    /// <summary>Slack's limit for a button value, which carries the rated question.</summary>
    public const int ButtonValueLength = 2000;

    public static IReadOnlyList<SlackMessageContent> Render(Reply reply)
    {
        var blocks = new List<SlackBlock>();
        AddSections(blocks, reply.Markdown);
        if (!string.IsNullOrWhiteSpace(reply.Detail)) AddSections(blocks, reply.Detail);
        if (reply.Sources.Count > 0) blocks.Add(Context("Sources: " + string.Join(" · ", reply.Sources.Select(SlackMrkdwn.FromMarkdown))));
        if (reply.FollowUps.Count > 0) blocks.Add(Context("You could ask: " + string.Join(" · ", reply.FollowUps.Select(SlackMrkdwn.Escape))));
        if (reply.Feedback is { } feedback) blocks.Add(RatingButtons(feedback));
        return Group(blocks);
    }

    private static void AddSections(List<SlackBlock> blocks, string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return;
        foreach (var piece in TextChunker.Split(SlackMrkdwn.FromMarkdown(markdown), SlackLimits.SectionText))
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
        new([SlackText.Mrkdwn(TextChunker.Truncate(mrkdwn, SlackLimits.ContextElementText))]);

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
        return new SlackMessageContent(TextChunker.Truncate(fallback, SlackLimits.FallbackText), blocks);
    }

    private static string TextOf(SlackBlock block) => block switch
    {
        SectionBlock s => s.Text.Text,
        ContextBlock c => string.Join(" ", c.Elements.Select(e => e.Text)),
        _ => "",
    };
}
