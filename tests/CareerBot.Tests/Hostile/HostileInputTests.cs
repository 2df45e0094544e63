using CareerBot.Core.Commands;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using FsCheck.Xunit;

namespace CareerBot.Tests.Hostile;

public class HostileInputTests : IClassFixture<HostileInputTests.BotFixture>
{
    public sealed class BotFixture : IDisposable
    {
        public TestBot Bot { get; } = new();
        public void Dispose() => Bot.Dispose();
    }

    private static readonly string[] Pings = ["@everyone", "@here", "<@", "<!"];
    private readonly TestBot _bot;

    public HostileInputTests(BotFixture fixture) => _bot = fixture.Bot;

    public static TheoryData<int> CorpusIndexes() => new(Enumerable.Range(0, HostileInputCorpus.All().Count()));

    [Theory]
    [MemberData(nameof(CorpusIndexes))]
    public async Task Every_corpus_input_gets_a_safe_reply(int index)
    {
        var input = HostileInputCorpus.All().ElementAt(index);
        foreach (var user in new[] { TestBot.Member, TestBot.Moderator })
        {
            var reply = await _bot.AskAsync(input, Guid.NewGuid().ToString(), user);
            Assert.False(string.IsNullOrWhiteSpace(reply.Markdown), $"empty reply to corpus #{index}");
            AssertPingsNoOne(reply.Markdown + reply.Detail);
            Assert.True(reply.Markdown.Length <= 20_000, $"reply of {reply.Markdown.Length} chars to corpus #{index}");
            Assert.Equal(0, CountOf(reply.Markdown, "```") % 2);
        }
    }

    [Property(MaxTest = 300)]
    public bool Pipeline_answers_any_text_without_throwing_or_pinging(string? text)
    {
        var reply = _bot.AskAsync(text ?? "", "fuzz").GetAwaiter().GetResult();
        AssertPingsNoOne(reply.Markdown);
        return reply.Markdown.Length > 0;
    }

    [Property(MaxTest = 500)]
    public bool Command_parser_never_throws(string? text) =>
        SlashCommandParser.Parse("/offer " + text) is { Name: "offer" };

    [Property(MaxTest = 300)]
    public bool Knowledge_loader_rejects_garbage_with_a_named_file(string? content)
    {
        try
        {
            KnowledgeLoader.Load([("fuzz.md", content ?? "")]);
            return true;
        }
        catch (KnowledgeValidationException e)
        {
            return e.Message.Contains("fuzz.md", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deeply_nested_yaml_is_refused_not_overflowed()
    {
        var yaml = "---\nid: " + new string('[', 20_000) + "\n---\nbody";
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("deep.md", yaml)]));
        Assert.Contains("deep.md", e.Message);
    }

    [Theory]
    [InlineData("@everyone look")]
    [InlineData("hi @HERE")]
    [InlineData("<@&1234> and <!channel>")]
    public void Mention_guard_breaks_every_ping(string text) => AssertPingsNoOne(MentionGuard.Neutralize(text));

    [Fact]
    public void Inline_code_cannot_be_closed_by_user_backticks() =>
        Assert.Equal(2, CountOf(MentionGuard.InlineCode("a`b``c"), "`"));

    private static void AssertPingsNoOne(string text)
    {
        foreach (var ping in Pings)
            Assert.DoesNotContain(ping, text, StringComparison.OrdinalIgnoreCase);
    }

    private static int CountOf(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
