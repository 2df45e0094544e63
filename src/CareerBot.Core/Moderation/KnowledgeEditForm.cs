namespace CareerBot.Core.Moderation;

/// <summary>
/// What an adapter needs to pre-fill an edit modal: the entry, the version the edit starts from, and its current text.
/// The submitted form becomes <c>/kb set {EntryId} from:{Version} {new text}</c>.
/// </summary>
public sealed record KnowledgeEditForm(string EntryId, int Version, string Title, string Body)
{
    public string SetCommand(string newBody) => $"/kb set {EntryId} from:{Version} {newBody}";
}
