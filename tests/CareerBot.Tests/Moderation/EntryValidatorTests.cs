using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Core.Routing;

namespace CareerBot.Tests.Moderation;

public class EntryValidatorTests
{
    private static readonly string[] Questions = Enumerable.Range(1, KnowledgeLimits.MinQuestions).Select(i => $"question {i}").ToArray();
    private static readonly EntryContent Valid = new("Title", Questions, [], [], [], "An answer.", null);
    private static readonly KnowledgeSnapshot Empty = new([Valid.ToEntry("other", new DateOnly(2026, 1, 1)) with { Questions = ["other question"] }], new RouterOptions());

    [Theory]
    [InlineData("hello @everyone", "`@everyone`")]
    [InlineData("hi @here!", "`@here`")]
    [InlineData("see <!channel>", "`<!channel>`")]
    [InlineData("see <!here|here>", "`<!here|here>`")]
    [InlineData("team <!subteam^S123|mods>", "`<!subteam^S123|mods>`")]
    [InlineData("role <@&123456789>", "`<@&123456789>`")]
    public void Mass_and_role_pings_are_refused(string answer, string named)
    {
        var (content, problem) = EntryValidator.Check("x", Valid with { Answer = answer }, Empty, new DateOnly(2026, 1, 1));
        Assert.Null(content);
        Assert.Contains(named, problem);
    }

    [Fact]
    public void A_user_mention_or_an_email_is_fine_and_text_is_trimmed()
    {
        var (content, problem) = EntryValidator.Check("x", Valid with { Answer = "  ask <@42> or mail ml@example.org  " }, Empty, new DateOnly(2026, 1, 1));
        Assert.Null(problem);
        Assert.Equal("ask <@42> or mail ml@example.org", content!.Answer);
    }

    [Fact]
    public void A_question_of_another_entry_and_an_unknown_related_id_are_refused()
    {
        Assert.Contains("already belongs to `other`", EntryValidator.Check("x", Valid with { Questions = [.. Questions, "Other Question"] }, Empty, default).Problem);
        Assert.Contains("related id `nope` does not exist", EntryValidator.Check("x", Valid with { Related = ["nope"] }, Empty, default).Problem);
        Assert.Contains("listed twice", EntryValidator.Check("x", Valid with { Questions = [.. Questions, "QUESTION 1"] }, Empty, default).Problem);
    }
}
