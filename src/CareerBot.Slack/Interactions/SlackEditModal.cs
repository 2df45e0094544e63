using System.Globalization;
using CareerBot.Adapters.Outbound;
using CareerBot.Core.Messages;
using CareerBot.Slack.Outbound;
using CareerBot.Slack.Wire;

namespace CareerBot.Slack.Interactions;

/// <summary>
/// The /kb edit modal: the entry and version in a section, one multiline field pre-filled with the current text.
/// Its callback_id is the form's ModalId and its private_metadata the channel, so a submission carries everything needed.
/// </summary>
public static class SlackEditModal
{
    public const string InputBlockId = "kb_answer";
    public const string InputActionId = "text";
    /// <summary>Slack's limit for a plain_text_input value; longer bodies fall back to the typed /kb set form.</summary>
    public const int MaxBody = 3000;
    public const int MaxTitle = 24;

    public static bool Fits(KnowledgeEditForm form) => form.Body.Length <= MaxBody;

    public static SlackModalView Build(KnowledgeEditForm form, string channelId) => new(
        form.ModalId,
        SlackText.Plain("Edit answer"),
        SlackText.Plain("Save"),
        SlackText.Plain("Cancel"),
        channelId,
        [
            new SectionBlock(SlackText.Mrkdwn(TextSplitter.Truncate(
                $"*{SlackMrkdwn.Escape(form.Title)}* (`{SlackMrkdwn.Escape(form.EntryId)}`), editing version {form.Version.ToString(CultureInfo.InvariantCulture)}. " +
                "Text after `<!-- more -->` is the longer detail.", SlackLimits.SectionText))),
            new InputBlock(InputBlockId, SlackText.Plain("Answer (Markdown)"), new PlainTextInputElement(InputActionId, Multiline: true, form.Body, MaxBody)),
        ]);
}
