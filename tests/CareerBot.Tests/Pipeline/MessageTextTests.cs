using CareerBot.Core.Messages;

namespace CareerBot.Tests.Pipeline;

public class MessageTextTests
{
    [Fact]
    public void Line_breaks_survive_so_markdown_edits_keep_their_shape() =>
        Assert.Equal("**Title**\n\n- one\n- two", MessageText.Clean("**Title**\r\n\r\n- one\r\n- two\u200B"));

    [Fact]
    public void Tabs_become_spaces_and_control_characters_go() =>
        Assert.Equal("a b", MessageText.Clean("a\tb\u0007\u001b"));

    [Theory]
    [InlineData("coder 👩\u200D💻 here")]
    [InlineData("doctor 👩\u200D⚕\uFE0F here")]
    [InlineData("family 👨\u200D👩\u200D👧")]
    public void Joiners_inside_emoji_survive(string text) => Assert.Equal(text, MessageText.Clean(text));

    [Theory]
    [InlineData("pass\u200Dword", "password")]
    [InlineData("👩\u200D", "👩")]
    [InlineData("\u200D💻 x", "💻 x")]
    [InlineData("a\u202Eb\u200Bc", "abc")]
    public void Joiners_and_bidi_controls_outside_emoji_still_go(string text, string cleaned) => Assert.Equal(cleaned, MessageText.Clean(text));
}
