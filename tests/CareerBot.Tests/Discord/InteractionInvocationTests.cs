using System.Text.Json;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Wire;

namespace CareerBot.Tests.Discord;

public class InteractionInvocationTests
{
    private static InteractionData Data(string json) => JsonSerializer.Deserialize<InteractionData>(json, DiscordJson.Options)!;

    [Fact]
    public void Typed_options_arrive_by_name_with_their_values()
    {
        var command = InteractionInvocation.Read(Data("""{"name":"offer","options":[{"name":"base","type":3,"value":"180k"},{"name":"bonus","type":3,"value":"15%"}]}"""));
        Assert.Equal(("offer", null), (command.Name, command.Subcommand));
        Assert.Equal(new Dictionary<string, string> { ["base"] = "180k", ["bonus"] = "15%" }, command.Arguments);
    }

    [Fact]
    public void The_subcommand_is_named_and_numbers_are_their_digits()
    {
        var command = InteractionInvocation.Read(Data("""{"name":"kb","options":[{"name":"diff","type":1,"options":[{"name":"id","type":3,"value":"phd-value"},{"name":"v1","type":4,"value":1},{"name":"v2","type":4,"value":2}]}]}"""));
        Assert.Equal(("kb", "diff", "/kb diff"), (command.Name, command.Subcommand, command.Label));
        Assert.Equal(new Dictionary<string, string> { ["id"] = "phd-value", ["v1"] = "1", ["v2"] = "2" }, command.Arguments);
    }

    [Theory]
    [InlineData("do I need a PhD?")]
    [InlineData("base:180k \"quoted\" stock")]
    [InlineData("comment: id:salary-senior “curly” & <b>x</b> 👩‍💻")]
    public void Values_with_spaces_quotes_or_option_syntax_are_kept_as_sent(string value)
    {
        var data = Data($$"""{"name":"ask","options":[{"name":"question","type":3,"value":{{JsonSerializer.Serialize(value)}}}]}""");
        Assert.Equal(value, InteractionInvocation.Read(data).Arguments["question"]);
    }

    [Fact]
    public void A_submitted_modal_is_its_custom_id_and_its_text_inputs()
    {
        var form = InteractionInvocation.ReadForm(Data("""{"custom_id":"kbedit:phd-value:3","components":[{"type":1,"components":[{"type":4,"custom_id":"body","value":"from:1 new"}]}]}"""));
        Assert.Equal("kbedit:phd-value:3", form.FormId);
        Assert.Equal("from:1 new", form.Fields["body"]);
    }
}
