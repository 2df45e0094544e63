namespace CareerBot.Core.Knowledge;

/// <summary>Loads every knowledge file of a folder, validating each and the set (unique ids, file name = id, known related ids).</summary>
public static class KnowledgeLoader
{
    public static IReadOnlyList<KnowledgeEntry> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new KnowledgeValidationException([new KnowledgeFileException(directory, "knowledge folder not found (set Knowledge:Directory)")]);
        var files = Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        return Load(files);
    }

    public static IReadOnlyList<KnowledgeEntry> Load(IEnumerable<(string FileName, string Content)> files)
    {
        var entries = new List<KnowledgeEntry>();
        var problems = new List<KnowledgeFileException>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var questions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (fileName, content) in files)
        {
            try
            {
                var entry = KnowledgeFileParser.Parse(fileName, content);
                if (Path.GetFileNameWithoutExtension(fileName) != entry.Id)
                    throw new KnowledgeFileException(fileName, $"id '{entry.Id}' must match the file name ('{entry.Id}.md')");
                if (ids.TryGetValue(entry.Id, out var other))
                    throw new KnowledgeFileException(fileName, $"duplicate id '{entry.Id}' (also in {other})");
                foreach (var q in entry.Questions)
                    if (questions.TryGetValue(q, out var owner) && owner != entry.Id)
                        throw new KnowledgeFileException(fileName, $"question '{q}' is also listed by '{owner}'");
                ids[entry.Id] = fileName;
                foreach (var q in entry.Questions) questions[q] = entry.Id;
                entries.Add(entry);
            }
            catch (KnowledgeFileException e)
            {
                problems.Add(e);
            }
        }
        foreach (var entry in entries)
            foreach (var related in entry.Related.Where(r => !ids.ContainsKey(r)))
                problems.Add(new KnowledgeFileException(entry.Id + ".md", $"related id '{related}' does not exist"));
        if (entries.Count == 0 && problems.Count == 0)
            problems.Add(new KnowledgeFileException("knowledge/", "no knowledge files (*.md) found"));
        return problems.Count > 0 ? throw new KnowledgeValidationException(problems) : entries;
    }
}
