namespace CareerBot.Core.Knowledge;

/// <summary>A knowledge file is invalid; the message names the file and what is wrong with it.</summary>
public sealed class KnowledgeFileException(string file, string problem)
    : Exception($"{file}: {problem}")
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
}
