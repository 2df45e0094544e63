using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CareerBot.Core.Knowledge;

/// <summary>Parses and validates one knowledge Markdown file (YAML front matter + answer body).</summary>
public static class KnowledgeFileParser
{
    private static readonly string[] RequiredFields = ["id", "title", "questions", "tags", "sources", "reviewed"];

    public static KnowledgeEntry Parse(string fileName, string content)
    {
        content = content.Replace("\r\n", "\n");
        if (!content.StartsWith("---\n", StringComparison.Ordinal))
            throw new KnowledgeFileException(fileName, "must start with a YAML front matter block between '---' lines");
        var close = content.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0) throw new KnowledgeFileException(fileName, "front matter is not closed with a '---' line");
        var yaml = content[4..close];
        var bodyStart = content.IndexOf('\n', close + 1);
        var body = bodyStart < 0 ? "" : content[(bodyStart + 1)..];

        YamlMappingNode map;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            map = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode m
                ? m : throw new KnowledgeFileException(fileName, "front matter must be a YAML mapping (key: value lines)");
        }
        catch (YamlException e)
        {
            throw new KnowledgeFileException(fileName, $"front matter is not valid YAML (line {e.Start.Line}): {e.Message}");
        }

        foreach (var field in RequiredFields)
            if (!map.Children.ContainsKey(field)) throw new KnowledgeFileException(fileName, $"missing field '{field}'");

        var id = Scalar(map, "id", fileName);
        if (!KnowledgeId.IsValid(id))
            throw new KnowledgeFileException(fileName, $"id '{id}' must be lower-case letters, digits and dashes, e.g. 'phd-value'");
        var title = Scalar(map, "title", fileName);
        var questions = List(map, "questions", fileName);
        if (questions.Count < KnowledgeLimits.MinQuestions)
            throw new KnowledgeFileException(fileName, $"needs at least {KnowledgeLimits.MinQuestions} questions, has {questions.Count}");
        if (questions.Any(string.IsNullOrWhiteSpace))
            throw new KnowledgeFileException(fileName, "has an empty question");
        var reviewedText = Scalar(map, "reviewed", fileName);
        if (!DateOnly.TryParseExact(reviewedText, "yyyy-MM-dd", out var reviewed))
            throw new KnowledgeFileException(fileName, $"'reviewed' must be a date like 2026-11-23, got '{reviewedText}'");

        var (answer, detail) = SplitBody(fileName, body);
        return new KnowledgeEntry(id, title, questions, List(map, "tags", fileName), List(map, "sources", fileName),
            map.Children.ContainsKey("related") ? List(map, "related", fileName) : [], reviewed, answer, detail);
    }

    /// <summary>Splits an answer body at the more-marker into the lead (what a channel shows) and the detail, and checks both lengths.</summary>
    public static (string Answer, string? Detail) SplitBody(string fileName, string body)
    {
        var more = body.IndexOf(KnowledgeLimits.MoreMarker, StringComparison.Ordinal);
        var answer = (more < 0 ? body : body[..more]).Trim();
        var detail = more < 0 ? null : body[(more + KnowledgeLimits.MoreMarker.Length)..].Trim();
        if (answer.Length == 0) throw new KnowledgeFileException(fileName, $"the lead (text after the front matter, before '{KnowledgeLimits.MoreMarker}') is empty");
        if (answer.Length > KnowledgeLimits.MaxLeadLength)
            throw new KnowledgeFileException(fileName, $"the lead (text before '{KnowledgeLimits.MoreMarker}') is {answer.Length} characters; the limit is {KnowledgeLimits.MaxLeadLength}. " +
                $"Keep the key figures and the one-line answer in the lead and move the rest after a '{KnowledgeLimits.MoreMarker}' line");
        if (detail is { Length: > KnowledgeLimits.MaxDetailLength })
            throw new KnowledgeFileException(fileName, $"the detail after '{KnowledgeLimits.MoreMarker}' is {detail.Length} characters; the limit is {KnowledgeLimits.MaxDetailLength}");
        return (answer, string.IsNullOrEmpty(detail) ? null : detail);
    }

    private static string Scalar(YamlMappingNode map, string key, string fileName) =>
        map.Children[key] is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)
            ? v.Trim()
            : throw new KnowledgeFileException(fileName, $"'{key}' must be a non-empty text value");

    private static IReadOnlyList<string> List(YamlMappingNode map, string key, string fileName) =>
        map.Children[key] switch
        {
            YamlSequenceNode seq => seq.Children.Select(n => n is YamlScalarNode s ? (s.Value ?? "").Trim()
                : throw new KnowledgeFileException(fileName, $"'{key}' must be a list of text values")).ToList(),
            YamlScalarNode { Value: null or "" } => [],
            _ => throw new KnowledgeFileException(fileName, $"'{key}' must be a list, e.g. [a, b] or '- a' lines"),
        };
}
