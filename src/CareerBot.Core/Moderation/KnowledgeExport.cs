using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>Writes entries as knowledge files named {id}.md, leaving files whose content is unchanged untouched.</summary>
public static class KnowledgeExport
{
    /// <summary>Returns the files created or changed, with what each said before, so the caller can show both texts.</summary>
    public static IReadOnlyList<ExportedFile> Write(IEnumerable<KnowledgeEntry> entries, string directory)
    {
        Directory.CreateDirectory(directory);
        var changed = new List<ExportedFile>();
        foreach (var entry in entries)
        {
            var path = Path.Combine(directory, entry.Id + ".md");
            var served = EntryContent.From(entry);
            var existing = File.Exists(path) ? Read(path) : null;
            // A file that already reads as the same entry is left as it is, so hand formatting survives an export.
            if (existing is not null && existing.SameAs(served)) continue;
            File.WriteAllText(path, KnowledgeFileWriter.Write(entry));
            changed.Add(new ExportedFile(entry.Id, existing, served));
        }
        return changed;
    }

    private static EntryContent? Read(string path)
    {
        try
        {
            return EntryContent.From(KnowledgeFileParser.Parse(Path.GetFileName(path), File.ReadAllText(path)));
        }
        catch (KnowledgeFileException)
        {
            return null;
        }
    }
}
