using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>Everything needed to rebuild a knowledge entry from a revision: the front matter fields and the answer body.</summary>
public sealed record EntryContent(
    string Title,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Related,
    string Answer,
    string? Detail)
{
    public static EntryContent From(KnowledgeEntry entry) =>
        new(entry.Title, entry.Questions, entry.Tags, entry.Sources, entry.Related, entry.Answer, entry.Detail);

    /// <param name="reviewed">A revision's date stands in for the file's <c>reviewed</c> field.</param>
    public KnowledgeEntry ToEntry(string id, DateOnly reviewed) =>
        new(id, Title, Questions, Tags, Sources, Related, reviewed, Answer, Detail);

    /// <summary>Field-by-field equality (records compare lists by reference).</summary>
    public bool SameAs(EntryContent other) =>
        Title == other.Title && Answer == other.Answer && Detail == other.Detail
        && Questions.SequenceEqual(other.Questions) && Tags.SequenceEqual(other.Tags)
        && Sources.SequenceEqual(other.Sources) && Related.SequenceEqual(other.Related);

    /// <summary>The answer body as a moderator edits it: answer, then the more-marker and the detail when there is one.</summary>
    public string Body => Detail is null ? Answer : $"{Answer}\n\n{KnowledgeLimits.MoreMarker}\n\n{Detail}";
}
