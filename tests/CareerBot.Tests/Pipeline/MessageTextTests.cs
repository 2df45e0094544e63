using CareerBot.Core.Pipeline;

namespace CareerBot.Tests.Pipeline;

public class MessageTextTests
{
    [Fact]
    public void Line_breaks_survive_so_markdown_edits_keep_their_shape() =>
        Assert.Equal("**Title**\n\n- one\n- two", MessageText.Clean("**Title**\r\n\r\n- one\r\n- two\u200B"));

    [Fact]
    public void Tabs_become_spaces_and_control_characters_go() =>
        Assert.Equal("a b", MessageText.Clean("a\tb\u0007\u001b"));
}
