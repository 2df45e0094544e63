using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>Writes entries as knowledge files named {id}.md, leaving files whose content is unchanged untouched.</summary>
public static class KnowledgeExport
{
    /// <summary>Returns how many files were created or changed.</summary>
    public static int Write(IEnumerable<KnowledgeEntry> entries, string directory)
    {
        Directory.CreateDirectory(directory);
        var changed = 0;
        foreach (var entry in entries)
        {
            var path = Path.Combine(directory, entry.Id + ".md");
            var text = KnowledgeFileWriter.Write(entry);
            if (File.Exists(path) && SameEntry(path, entry)) continue;
            File.WriteAllText(path, text);
            changed++;
        }
        return changed;
    }

    /// <summary>A file is left as it is when it already reads as the same entry, so hand formatting survives an export.</summary>
    private static bool SameEntry(string path, KnowledgeEntry entry)
    {
        try
        {
            var existing = KnowledgeFileParser.Parse(Path.GetFileName(path), File.ReadAllText(path));
            return EntryContent.From(existing).SameAs(EntryContent.From(entry));
        }
        catch (KnowledgeFileException)
        {
            return false;
        }
    }
}
