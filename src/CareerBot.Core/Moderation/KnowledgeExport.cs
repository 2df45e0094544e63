using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>Writes entries as knowledge files named {id}.md, leaving files whose content is unchanged untouched.</summary>
public static class KnowledgeExport
{
    /// <summary>Returns how many files were created or changed; writes nothing when any id is not a valid file name.</summary>
    public static int Write(IReadOnlyList<KnowledgeEntry> entries, string directory)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        // Ids from the database are checked again here, all before the first write: a file only ever lands directly in the folder.
        var files = entries.Select(e => (Entry: e, Path: Path.GetFullPath(Path.Combine(folder, e.Id + ".md")))).ToList();
        if (files.FirstOrDefault(f => !KnowledgeId.IsValid(f.Entry.Id) || Path.GetDirectoryName(f.Path) != folder) is { Entry: { } bad })
            throw new ArgumentException($"`{bad.Id}` is not a valid knowledge id (lower-case letters, digits and single dashes, as in file names); nothing was written", nameof(entries));
        Directory.CreateDirectory(folder);
        var changed = 0;
        foreach (var (entry, path) in files)
        {
            if (File.Exists(path) && SameEntry(path, entry)) continue;
            File.WriteAllText(path, KnowledgeFileWriter.Write(entry));
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
