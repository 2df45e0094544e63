using CareerBot.Core.Knowledge;

namespace CareerBot.Tests.Answers;

/// <summary>An answer built from several entries names each article once (a follow-up quoting a level and a place named the two articles twice).</summary>
public class SourceListTests
{
    [Fact]
    public void Lines_naming_the_same_article_file_are_kept_once_in_order()
    {
        string[] sources =
        [
            "Why Are ML Engineers Paid So Much? (why-ml-engineers-are-paid-so-much.txt; cites Levels.fyi, Glassdoor, Indeed)",
            "Machine Learning Engineer Career Path (ml-engineer-career-path.txt)",
            "Why Are ML Engineers Paid So Much? (why-ml-engineers-are-paid-so-much.txt)",
            "https://www.uscis.gov/h-1b",
            "https://www.uscis.gov/h-1b",
        ];

        Assert.Equal([sources[0], sources[1], sources[3]], SourceList.Merge(sources));
    }

    [Fact]
    public async Task A_pay_follow_up_for_a_place_names_each_article_once()
    {
        using var bot = new TestBot();
        await bot.AskAsync("what do mid level mles make");
        var reply = await bot.AskAsync("and in austin?");

        Assert.Equal("salary-mid-level", reply.Intent);
        var files = reply.Sources.Select(s => System.Text.RegularExpressions.Regex.Match(s, @"[\w.-]+\.txt").Value).ToList();
        Assert.Equal(files.Distinct().Count(), files.Count);
        Assert.Contains("why-ml-engineers-are-paid-so-much.txt", files);
    }
}
