using CareerBot.Core.Recognition;

namespace CareerBot.Core.Messages;

/// <summary>What the pipeline answers; each adapter renders it for its platform.</summary>
/// <param name="Intent">Knowledge entry id, handler name, or <c>none</c>.</param>
/// <param name="Markdown">The chat-sized answer in Markdown: for a knowledge answer, the entry's lead.</param>
public sealed record Reply(ReplyKind Kind, string Intent, double Confidence, string Markdown)
{
    public const string NoIntent = "none";

    /// <summary>The rest of the answer: behind a More button where <see cref="MoreIntent"/> is set, otherwise shown after the text.</summary>
    public string? Detail { get; init; }
    /// <summary>Set on knowledge answers with a detail: adapters with buttons show More (<see cref="ReplyButtons.More"/>) instead of the detail.</summary>
    public string? MoreIntent { get; init; }
    /// <summary>Set on private replies about a member's own numbers: the command that posts the same reply publicly (Share in channel).</summary>
    public string? ShareCommand { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    /// <summary>Questions the user may want to ask next.</summary>
    public IReadOnlyList<string> FollowUps { get; init; } = [];
    /// <summary>A chart to draw after the text is sent; drawing never delays the text.</summary>
    public ChartRequest? Chart { get; init; }
    /// <summary>Set on knowledge answers: adapters that have buttons offer 👍/👎 for it.</summary>
    public AnswerFeedback? Feedback { get; init; }
    /// <summary>Set by /kb edit: adapters that have modals open one pre-filled with it instead of sending the text.</summary>
    public Messages.KnowledgeEditForm? EditForm { get; init; }

    private readonly bool? _isPrivate;

    /// <summary>Shown only to the asker where the platform allows (ephemeral); by default input errors and slow-down notices.</summary>
    public bool IsPrivate
    {
        get => _isPrivate ?? Kind is ReplyKind.InputError or ReplyKind.SlowDown;
        init => _isPrivate = value;
    }

    /// <summary>Shown only to the asker, with a Share in channel button that runs <paramref name="command"/> again publicly.</summary>
    public Reply PrivateUntilShared(string command) => this with { IsPrivate = true, ShareCommand = command };

    /// <summary>True when adapters with buttons offer More for the detail instead of showing it.</summary>
    public bool OffersMore => MoreIntent is not null && Detail is not null;

    /// <summary>True when adapters with buttons offer Share in channel.</summary>
    public bool OffersShare => IsPrivate && ShareCommand is not null;

    /// <summary>The whole answer text: the lead and, after a blank line, the detail.</summary>
    public string FullMarkdown => Detail is null ? Markdown : Markdown + "\n\n" + Detail;

    /// <summary>False when the adapter must send nothing.</summary>
    public bool ShouldSend => Kind != ReplyKind.Silent;
}
