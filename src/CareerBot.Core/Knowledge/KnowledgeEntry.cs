namespace CareerBot.Core.Knowledge;

/// <summary>One reviewed answer: a Markdown file in knowledge/ with YAML front matter, possibly overlaid by a moderator's revision.</summary>
/// <param name="Answer">The lead a channel shows: key figures and the one-line answer (≤ <see cref="KnowledgeLimits.MaxLeadLength"/> characters).</param>
/// <param name="Detail">The rest, after <c>&lt;!-- more --&gt;</c>: shown on "More".</param>
public sealed record KnowledgeEntry(
    string Id,
    string Title,
    IReadOnlyList<string> Questions,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Related,
    DateOnly Reviewed,
    string Answer,
    string? Detail)
{
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How the entry is offered as a follow-up or a "did you mean" choice: its first phrasing written as a question
    /// ("How much does a senior machine learning engineer earn?"), else its title; never a raw search phrasing.
    /// </summary>
    public string AskedAs => Questions.FirstOrDefault(q => q.Length > 1 && char.IsUpper(q[0]) && q.EndsWith('?')) ?? Title;
}
