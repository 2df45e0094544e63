using CareerBot.Slack.Outbound;

namespace CareerBot.Tests.Slack;

public sealed class TextChunkerTests
{
    [Fact]
    public void Short_text_is_one_piece() => Assert.Equal(["hello"], TextChunker.Split("hello", 100));

    [Fact]
    public void Splits_at_line_boundaries_first()
    {
        var pieces = TextChunker.Split("aaaa aaaa aaaa\nbbbb bbbb bbbb\ncccc cccc cccc", 40);
        Assert.All(pieces, p => Assert.True(p.Length <= 40));
        Assert.Equal("aaaa aaaa aaaa\nbbbb bbbb bbbb\ncccc cccc cccc", string.Join("\n", pieces));
    }

    [Fact]
    public void A_cut_code_fence_is_closed_and_reopened()
    {
        var code = "```\n" + string.Join("\n", Enumerable.Range(0, 30).Select(i => $"line {i:D2} of code")) + "\n```";
        var pieces = TextChunker.Split(code, 120);
        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p =>
        {
            Assert.True(p.Length <= 120, p);
            Assert.StartsWith("```", p);
            Assert.EndsWith("```", p);
        });
    }

    [Fact]
    public void A_link_is_never_cut_in_two()
    {
        // The last space before the limit lies inside the link's label; the cut moves before the '<'.
        var line = new string('x', 20) + " <https://example.com/p|a label with several words> yyyy";
        var pieces = TextChunker.Split(line, 60);
        Assert.Equal([new string('x', 20), "<https://example.com/p|a label with several words>", "yyyy"], pieces);
    }

    [Fact]
    public void Truncate_adds_an_ellipsis_only_when_text_was_cut()
    {
        Assert.Equal("short", TextChunker.Truncate("short", 50));
        var cut = TextChunker.Truncate(string.Join(' ', Enumerable.Repeat("word", 50)), 40);
        Assert.True(cut.Length <= 40);
        Assert.EndsWith("…", cut);
    }
}
