using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Moderation;

/// <summary>
/// Checks a revision read from the database before it is served or exported: its id must be a valid file name (as
/// knowledge/*.md ids are) and its content must pass the knowledge file rules, whatever was written to the row.
/// </summary>
public static class StoredRevisionCheck
{
    /// <summary>What is wrong with <paramref name="revision"/>, or null when it can be served.</summary>
    public static string? Problem(KnowledgeRevision revision)
    {
        if (!KnowledgeId.IsValid(revision.EntryId))
            return "the entry id is not a valid id (lower-case letters, digits and single dashes, at most 64 characters, as in file names)";
        var content = revision.Content;
        // The JSON in the row may lack fields the record promises; the writer below would fail on them without saying which.
        if (content.Title is null || content.Answer is null || content.Questions is null || content.Tags is null || content.Sources is null || content.Related is null)
            return "the content lacks one of title, answer, questions, tags, sources or related";
        try
        {
            KnowledgeFileParser.Parse(revision.EntryId + ".md", KnowledgeFileWriter.Write(content.ToEntry(revision.EntryId, DateOnly.FromDateTime(revision.At.UtcDateTime))));
            return null;
        }
        catch (KnowledgeFileException e)
        {
            return e.Problem;
        }
    }
}
