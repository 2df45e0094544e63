using CareerBot.Slack.Outbound;
using FsCheck.Xunit;

namespace CareerBot.Tests.Slack;

public sealed class SlackMrkdwnTests
{
    [Theory]
    [InlineData("**Yes**, mostly", "*Yes*, mostly")]
    [InlineData("__Yes__", "*Yes*")]
    [InlineData("an *important* point", "an _important_ point")]
    [InlineData("~~old~~ new", "~old~ new")]
    [InlineData("## Salary bands", "*Salary bands*")]
    [InlineData("- first\n- second", "• first\n• second")]
    [InlineData("* first", "• first")]
    [InlineData("see [levels.fyi](https://www.levels.fyi/?a=1&b=2)", "see <https://www.levels.fyi/?a=1&amp;b=2|levels.fyi>")]
    [InlineData("`**not bold**` but **bold**", "`**not bold**` but *bold*")]
    [InlineData("```\nx < y && **z**\n```", "```\nx &lt; y &amp;&amp; **z**\n```")]
    [InlineData("3 < 5 & 7 > 6", "3 &lt; 5 &amp; 7 &gt; 6")]
    public void Markdown_becomes_mrkdwn(string markdown, string expected) =>
        Assert.Equal(expected, SlackMrkdwn.FromMarkdown(markdown));

    [Theory]
    [InlineData("<!channel> hello", "&lt;!channel&gt; hello")]
    [InlineData("<!here|here>", "&lt;!here|here&gt;")]
    [InlineData("ping <@U012AB3CD>", "ping &lt;@U012AB3CD&gt;")]
    [InlineData("<https://evil.example|your bank>", "&lt;https://evil.example|your bank&gt;")]
    [InlineData("<!subteam^S123>", "&lt;!subteam^S123&gt;")]
    public void User_text_cannot_produce_pings_or_fake_links(string text, string expected) =>
        Assert.Equal(expected, SlackMrkdwn.FromMarkdown(text));

    [Fact]
    public void Only_web_and_mail_links_become_control_sequences() =>
        Assert.Equal("[click](javascript:alert(1))", SlackMrkdwn.FromMarkdown("[click](javascript:alert(1))"));

    [Fact]
    public void A_link_label_cannot_smuggle_a_mention() =>
        Assert.Equal("<https://x.example|&lt;!channel&gt;>", SlackMrkdwn.FromMarkdown("[<!channel>](https://x.example)"));

    /// <summary>Whatever the input, the only '&lt;' in the output opens a link the converter wrote itself.</summary>
    [Property]
    public bool No_input_produces_a_mention_or_broadcast(string? input)
    {
        var output = SlackMrkdwn.FromMarkdown(input ?? "");
        for (var i = output.IndexOf('<'); i >= 0; i = output.IndexOf('<', i + 1))
        {
            var rest = output.AsSpan(i + 1);
            if (!(rest.StartsWith("http://") || rest.StartsWith("https://") || rest.StartsWith("mailto:"))) return false;
        }
        return true;
    }

    [Fact]
    public void Unescape_reverses_slacks_escaping() =>
        Assert.Equal("a < b & c > d &amp;", SlackMrkdwn.Unescape("a &lt; b &amp; c &gt; d &amp;amp;"));

    [Fact]
    public void Plain_text_drops_code_blocks_and_bold_marks()
    {
        Assert.Equal("Not saved: `x` changed\n…\nSend it again", SlackMrkdwn.ToPlainText("**Not saved:** `x` changed\n```diff\n- a\n+ b\n```\nSend it again"));
        Assert.Equal("Cut …", SlackMrkdwn.ToPlainText("Cut ```unclosed"));
    }
}
