using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>Writes entries as knowledge files named {id}.md, leaving files whose content is unchanged untouched.</summary>
public static class KnowledgeExport
{
    /// <summary>
    /// Returns the files created or changed, with what each said before, so the caller can show both texts; writes nothing
    /// when any id is not a valid file name.
    /// </summary>
    public static IReadOnlyList<ExportedFile> Write(IReadOnlyList<KnowledgeEntry> entries, string directory)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        // Ids from the database are checked again here, all before the first write: a file only ever lands directly in the folder.
        var files = entries.Select(e => (Entry: e, Path: Path.GetFullPath(Path.Combine(folder, e.Id + ".md")))).ToList();
        if (files.FirstOrDefault(f => !KnowledgeId.IsValid(f.Entry.Id) || Path.GetDirectoryName(f.Path) != folder) is { Entry: { } bad })
            throw new ArgumentException($"`{bad.Id}` is not a valid knowledge id (lower-case letters, digits and single dashes, as in file names); nothing was written", nameof(entries));
        Directory.CreateDirectory(folder);
        var changed = new List<ExportedFile>();
        foreach (var (entry, path) in files)
        {
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
