using System.Text.Json;
using CareerBot.Core.Commands;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Wire;

namespace CareerBot.Tests.Discord;

public class InteractionCommandTextTests
{
    private static InteractionData Data(string json) => JsonSerializer.Deserialize<InteractionData>(json, DiscordJson.Options)!;

    [Fact]
    public void Typed_options_become_the_shared_syntax()
    {
        var text = InteractionCommandText.Build(Data("""{"name":"offer","options":[{"name":"base","type":3,"value":"180k"},{"name":"bonus","type":3,"value":"15%"}]}"""));
        Assert.Equal("/offer base:180k bonus:15%", text);
    }

    [Fact]
    public void Subcommands_and_numbers_are_written_in_order()
    {
        var text = InteractionCommandText.Build(Data("""{"name":"kb","options":[{"name":"diff","type":1,"options":[{"name":"id","type":3,"value":"phd-value"},{"name":"v1","type":4,"value":1},{"name":"v2","type":4,"value":2}]}]}"""));
        Assert.Equal("/kb diff id:phd-value v1:1 v2:2", text);
    }

    [Theory]
    [InlineData("do I need a PhD?", "\"do I need a PhD?\"")]
    [InlineData("base:180k \"quoted\" stock", "“base:180k \"quoted\" stock”")]
    [InlineData("plain", "plain")]
    public void Values_with_spaces_or_quotes_survive_the_parser(string value, string quoted)
    {
        Assert.Equal(quoted, InteractionCommandText.Quote(value));
        var parsed = SlashCommandParser.Parse("/ask question:" + InteractionCommandText.Quote(value))!;
        Assert.Equal(value, parsed.Options["question"]);
    }

    [Fact]
    public void A_compare_offer_in_quotes_is_one_option()
    {
        var text = InteractionCommandText.Build(Data("""{"name":"compare","options":[{"name":"a","type":3,"value":"base:180k stock:400k"},{"name":"b","type":3,"value":"base:200k bonus:10%"}]}"""));
        var parsed = SlashCommandParser.Parse(text)!;
        Assert.Equal("base:180k stock:400k", parsed.Options["a"]);
        Assert.Equal("base:200k bonus:10%", parsed.Options["b"]);
    }
}
