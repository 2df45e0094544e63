using CareerBot.Adapters.Outbound;
using CareerBot.Discord.Outbound;

namespace CareerBot.Tests.Adapters;

public sealed class TextSplitterTests
{
    [Fact]
    public void Short_text_is_one_piece() => Assert.Equal(["hello"], TextSplitter.Split("hello", 100));

    [Fact]
    public void Splits_at_line_boundaries_first()
    {
        var pieces = TextSplitter.Split("aaaa aaaa aaaa\nbbbb bbbb bbbb\ncccc cccc cccc", 40);
        Assert.All(pieces, p => Assert.True(p.Length <= 40));
        Assert.Equal("aaaa aaaa aaaa\nbbbb bbbb bbbb\ncccc cccc cccc", string.Join("\n", pieces));
    }

    [Fact]
    public void A_cut_code_fence_is_closed_and_reopened()
    {
        var code = "```\n" + string.Join("\n", Enumerable.Range(0, 30).Select(i => $"line {i:D2} of code")) + "\n```";
        var pieces = TextSplitter.Split(code, 120);
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
        var pieces = TextSplitter.Split(line, 60);
        Assert.Equal([new string('x', 20), "<https://example.com/p|a label with several words>", "yyyy"], pieces);
    }

    [Fact]
    public void Truncate_adds_an_ellipsis_only_when_text_was_cut()
    {
        Assert.Equal("short", TextSplitter.Truncate("short", 50));
        var cut = TextSplitter.Truncate(string.Join(' ', Enumerable.Repeat("word", 50)), 40);
        Assert.True(cut.Length <= 40);
        Assert.EndsWith("…", cut);
    }

    // At Discord's limit: a message of at most 2,000 characters.
    private const int DiscordLimit = DiscordReplyRenderer.MessageLength;

    [Fact]
    public void Short_text_is_one_message()
    {
        Assert.Equal(["hello"], TextSplitter.Split("hello", DiscordLimit));
    }

    [Fact]
    public void Long_text_splits_at_line_breaks_under_the_limit_without_losing_words()
    {
        var lines = Enumerable.Range(0, 300).Select(i => $"Line {i}: a reasonably long sentence about ML careers.").ToList();
        var parts = TextSplitter.Split(string.Join('\n', lines), DiscordLimit);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')));
    }

    [Fact]
    public void A_cut_inside_a_code_fence_closes_and_reopens_it()
    {
        var code = "```python\n" + string.Join('\n', Enumerable.Range(0, 200).Select(i => $"print({i}) # some code here")) + "\n```";
        var parts = TextSplitter.Split(code, DiscordLimit);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p =>
        {
            Assert.InRange(p.Length, 1, 2000);
            Assert.Equal(0, (p.Split("```").Length - 1) % 2);
        });
        Assert.StartsWith("```python", parts[1]);
    }

    [Fact]
    public void A_single_long_line_is_cut_between_words_and_never_inside_a_mention()
    {
        var words = string.Join(' ', Enumerable.Range(0, 600).Select(i => i % 50 == 0 ? "<@1100000000000000004>" : "word"));
        var parts = TextSplitter.Split(words, DiscordLimit);
        Assert.All(parts, p =>
        {
            Assert.InRange(p.Length, 1, 2000);
            Assert.Equal(p.Count(c => c == '<'), p.Count(c => c == '>'));
        });
        Assert.Equal(words.Split(' '), parts.SelectMany(p => p.Split(' ')));
    }

    [Fact]
    public void Blank_text_is_no_piece_at_all() => Assert.Empty(TextSplitter.Split(" \n ", 100));

    [Fact]
    public void A_reopened_fence_keeps_its_language_and_every_piece_stays_within_the_limit()
    {
        var code = "```python\n" + string.Join('\n', Enumerable.Range(0, 12).Select(i => $"x = {i} # " + new string('c', i * 4))) + "\n```";
        var pieces = TextSplitter.Split(code, 60);
        Assert.True(pieces.Count > 2);
        Assert.All(pieces, p =>
        {
            Assert.True(p.Length <= 60, p);
            Assert.StartsWith("```python", p);
            Assert.EndsWith("```", p);
        });
    }
}
