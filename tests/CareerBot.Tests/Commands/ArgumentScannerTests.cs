using CareerBot.Core.ModeratorCommands;

namespace CareerBot.Tests.Commands;

/// <summary>One set of quoting rules: /kb and the offer commands read the same typed value the same way.</summary>
public class ArgumentScannerTests
{
    private static string KbTitle(string value) =>
        CommandTextReader.Read($"/kb add id:visa-sponsorship title:{value} questions:\"q1 | q2\" answer:\"An answer.\"")!.Arguments["title"];

    private static string SalaryLocation(string value) =>
        CommandTextReader.Read($"/salary location:{value} level:senior")!.Arguments["location"];

    [Theory]
    [InlineData("\"the \"bay\" area\"", "the \"bay\" area")]
    [InlineData("\"Seattle: downtown\"", "Seattle: downtown")]
    [InlineData("https://www.bls.gov/ooh/", "https://www.bls.gov/ooh/")]
    [InlineData("\"👩‍💻 & <b>hub</b>\"", "👩‍💻 & <b>hub</b>")]
    [InlineData("“bay area”", "bay area")]
    [InlineData("'bay area'", "'bay")]
    public void Kb_and_the_offer_commands_read_a_value_the_same_way(string typed, string value) =>
        Assert.Equal((value, value), (KbTitle(typed), SalaryLocation(typed)));

    [Fact]
    public void A_single_quote_is_an_apostrophe_so_free_text_keeps_it()
    {
        var set = CommandTextReader.Read("/kb set phd-value markdown:'90s-style answers: it's \"fine\"")!;
        Assert.Equal("'90s-style answers: it's \"fine\"", set.Arguments["markdown"]);
    }

    [Fact]
    public void A_space_after_the_colon_leaves_the_option_empty_in_every_command()
    {
        var salary = CommandTextReader.Read("/salary level: senior")!;
        var kb = CommandTextReader.Read("/kb diff phd-value v1: 1 v2:2")!;
        Assert.Equal("", salary.Arguments["level"]);
        Assert.Equal(["senior"], salary.Unplaced);
        Assert.Equal("", kb.Arguments["v1"]);
    }
}
