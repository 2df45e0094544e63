using System.Globalization;

namespace CareerBot.Core.Messages;

/// <summary>
/// What an adapter needs to pre-fill an edit modal: the entry, the version the edit starts from, and its current text.
/// The modal carries <see cref="ModalId"/>; its submission becomes the typed <c>/kb set</c> (entry, from-version, body),
/// so a modal edit goes through the same permission, validation and conflict checks as a typed one, and its text is
/// never read as command syntax.
/// </summary>
public sealed record KnowledgeEditForm(string EntryId, int Version, string Title, string Body)
{
    /// <summary>The id of the form's one text field (the new answer text).</summary>
    public const string BodyField = "body";

    public const string UnknownForm = "I don't recognise this form (it may be from an older version of CareerBot). Run `/kb edit <id>` again to get a fresh one; nothing was changed.";

    private const string ModalPrefix = "kbedit:";

    /// <summary>Identifies the modal and the version it was opened on; short enough for Discord's 100-character custom_id.</summary>
    public string ModalId => $"{ModalPrefix}{EntryId}:{Version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The typed command to send instead when no modal can be shown.</summary>
    public string SetCommand(string newBody) => $"/kb set {EntryId} from:{Version.ToString(CultureInfo.InvariantCulture)} {newBody}";

    public static bool IsEditForm(string formId) => formId.StartsWith(ModalPrefix, StringComparison.Ordinal);

    /// <summary>The <c>/kb set</c> a submitted edit form stands for, or null when it is no edit form or lacks its text field.</summary>
    public static CommandInvocation? SubmitCommand(FormSubmission form)
    {
        if (!IsEditForm(form.FormId) || !form.Fields.TryGetValue(BodyField, out var body)) return null;
        var rest = form.FormId.AsSpan(ModalPrefix.Length);
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return null;
        return new CommandInvocation("kb", "set", new Dictionary<string, string>
        {
            ["id"] = rest[..colon].ToString(),
            ["from"] = version.ToString(CultureInfo.InvariantCulture),
            ["markdown"] = body,
        });
    }
}
