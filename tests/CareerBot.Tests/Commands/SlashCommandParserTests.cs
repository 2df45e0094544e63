using CareerBot.Core.Commands;

namespace CareerBot.Tests.Commands;

public class SlashCommandParserTests
{
    [Fact]
    public void Parses_named_options()
    {
        var c = SlashCommandParser.Parse("/offer base:180k bonus:15% stock:600k vesting:5-15-40-40")!;
        Assert.Equal("offer", c.Name);
        Assert.Equal("180k", c.Options["base"]);
        Assert.Equal("15%", c.Options["BONUS"]);
        Assert.Equal("5-15-40-40", c.Options["vesting"]);
        Assert.Empty(c.Positionals);
    }

    [Theory]
    [InlineData("/compare a:\"base:180k stock:400k\" b:\"base:200k\"")]
    [InlineData("/compare a:“base:180k stock:400k” b:“base:200k”")]
    public void Quoted_values_keep_their_spaces_and_inner_colons(string text)
    {
        var c = SlashCommandParser.Parse(text)!;
        Assert.Equal("base:180k stock:400k", c.Options["a"]);
        Assert.Equal("base:200k", c.Options["b"]);
    }

    [Fact]
    public void Positionals_and_free_text_after_them()
    {
        var c = SlashCommandParser.Parse("/kb set phd-value **New** text: with a colon")!;
        Assert.Equal("kb", c.Name);
        Assert.Equal(["set", "phd-value", "**New**"], c.Positionals.Take(3));
        Assert.Equal("**New** text: with a colon", c.ArgumentsAfter(2));
    }

    [Theory]
    [InlineData("not a command")]
    [InlineData("/")]
    [InlineData("/ space")]
    [InlineData("/123")]
    public void Non_commands_are_not_parsed(string text) => Assert.Null(SlashCommandParser.Parse(text));

    [Fact]
    public void Unclosed_quote_takes_the_rest()
    {
        var c = SlashCommandParser.Parse("/compare a:\"base:180k b:x")!;
        Assert.Equal("base:180k b:x", c.Options["a"]);
    }
}
