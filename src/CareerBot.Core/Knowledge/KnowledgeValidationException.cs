namespace CareerBot.Core.Knowledge;

/// <summary>One or more knowledge files are invalid; lists every problem so they can be fixed at once.</summary>
public sealed class KnowledgeValidationException(IReadOnlyList<KnowledgeFileException> problems)
    : Exception("Invalid knowledge base:\n" + string.Join('\n', problems.Select(p => "  " + p.Message)))
{
    public IReadOnlyList<KnowledgeFileException> Problems { get; } = problems;
}
