using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using FsCheck;
using FsCheck.Fluent;

namespace CareerBot.Tests.Moderation;

public class KnowledgeFileWriterTests
{
    private static IReadOnlyList<KnowledgeEntry> Files() => KnowledgeLoader.LoadDirectory(RepositoryPath.Resolve("knowledge"));

    [Fact]
    public void Every_knowledge_file_reads_back_the_same_after_writing()
    {
        foreach (var entry in Files())
        {
            var back = KnowledgeFileParser.Parse(entry.Id + ".md", KnowledgeFileWriter.Write(entry));
            Assert.True(EntryContent.From(back).SameAs(EntryContent.From(entry)), entry.Id);
            Assert.Equal(entry.Reviewed, back.Reviewed);
        }
    }

    [Fact]
    public void Any_title_and_question_text_survives_the_round_trip()
    {
        var entry = Files()[0];
        var text = ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get.Trim()).Where(s => s.Length > 0 && !s.Any(char.IsControl) && !s.Any(char.IsSurrogate));
        Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), (title, question) =>
        {
            var changed = entry with { Title = title, Questions = [.. entry.Questions.Skip(1), question] };
            var back = KnowledgeFileParser.Parse("x.md", KnowledgeFileWriter.Write(changed));
            return back.Title == title && back.Questions[^1] == question;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Export_writes_files_the_loader_reads_back_and_leaves_unchanged_files_alone()
    {
        var directory = Path.Combine(Path.GetTempPath(), "careerbot-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = Files();
            Assert.Equal(files.Count, KnowledgeExport.Write(files, directory).Count);
            var edited = files.Select(e => e.Id == "phd-value" ? e with { Answer = "New: \"quoted\" answer", Detail = "More detail." } : e).ToList();

            Assert.Equal("phd-value", Assert.Single(KnowledgeExport.Write(edited, directory)).Id);

            var loaded = KnowledgeLoader.LoadDirectory(directory);
            Assert.Equal(edited.Count, loaded.Count);
            foreach (var (expected, actual) in edited.Zip(loaded))
                Assert.True(EntryContent.From(expected).SameAs(EntryContent.From(actual)), expected.Id);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("../../pwned")]
    [InlineData("/tmp/pwned")]
    [InlineData("Phd-Value")]
    public void Export_refuses_an_id_that_is_not_a_file_name_and_writes_nothing(string id)
    {
        var root = Path.Combine(Path.GetTempPath(), "careerbot-export-" + Guid.NewGuid().ToString("N"));
        var directory = Path.Combine(root, "a", "b");
        try
        {
            var files = Files();
            var entries = files.Append(files[0] with { Id = id }).ToList();

            var refused = Assert.Throws<ArgumentException>(() => KnowledgeExport.Write(entries, directory));

            Assert.Contains($"`{id}` is not a valid knowledge id", refused.Message);
            Assert.False(Directory.Exists(root) && Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Any());
            Assert.False(File.Exists("/tmp/pwned.md"));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
