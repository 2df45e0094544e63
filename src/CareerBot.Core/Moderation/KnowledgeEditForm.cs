using System.Globalization;

namespace CareerBot.Core.Moderation;

/// <summary>
/// What an adapter needs to pre-fill an edit modal: the entry, the version the edit starts from, and its current text.
/// The modal carries <see cref="ModalId"/>; its submitted text becomes <c>/kb set {EntryId} from:{Version} {new text}</c>,
/// so a modal edit goes through the same permission, validation and conflict checks as a typed one.
/// </summary>
public sealed record KnowledgeEditForm(string EntryId, int Version, string Title, string Body)
{
    private const string ModalPrefix = "kbedit:";

    /// <summary>Identifies the modal and the version it was opened on; short enough for Discord's 100-character custom_id.</summary>
    public string ModalId => $"{ModalPrefix}{EntryId}:{Version.ToString(CultureInfo.InvariantCulture)}";

    public string SetCommand(string newBody) => SetCommand(EntryId, Version, newBody);

    /// <summary>The /kb set command for a submitted modal, or null when <paramref name="modalId"/> is not an edit modal.</summary>
    public static string? SubmitCommand(string modalId, string newBody)
    {
        if (!modalId.StartsWith(ModalPrefix, StringComparison.Ordinal)) return null;
        var rest = modalId.AsSpan(ModalPrefix.Length);
        var colon = rest.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return null;
        return SetCommand(rest[..colon].ToString(), version, newBody);
    }

    private static string SetCommand(string id, int version, string newBody) => $"/kb set {id} from:{version} {newBody}";
}
