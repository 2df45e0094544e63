using CareerBot.Core.Commands;
using CareerBot.Core.ModeratorCommands;

namespace CareerBot.Tests.Moderation;

public class KbArgumentsTests
{
    private static CommandDescriptor Sub(string name) => CommandCatalog.Kb.SubCommands.Single(s => s.Name == name);

    /// <summary>Typed text as it reaches /kb: named once by the command reader, then checked as typed arguments.</summary>
    private static (KbArguments? Arguments, string? Problem) ReadText(string sub, string text)
    {
        var invocation = CommandTextReader.Read($"/kb {sub} {text}")!;
        Assert.Equal(sub, invocation.Subcommand);
        return KbArguments.Typed(invocation.Arguments, Sub(sub), invocation.Unplaced);
    }

    private static KbArguments Read(string sub, string text)
    {
        var (args, problem) = ReadText(sub, text);
        Assert.True(args is not null, problem);
        return args;
    }

    [Fact]
    public void Positional_form_keeps_the_markdown_exactly_as_typed()
    {
        var args = Read("set", "phd-value from:3 comment:\"typo fix\" **Short answer:** no. Note: key: value \"quotes\" stay");
        Assert.Equal("phd-value", args["id"]);
        Assert.Equal((3, (string?)null), args.Version("from"));
        Assert.Equal("typo fix", args["comment"]);
        Assert.Equal("**Short answer:** no. Note: key: value \"quotes\" stay", args["markdown"]);
    }

    [Theory]
    [InlineData("phd-value from:0 id:salary-senior is the entry to read next", "id:salary-senior is the entry to read next")]
    [InlineData("phd-value from:1 from:0 is where we started", "from:0 is where we started")]
    [InlineData("id:phd-value from:1 id:salary-senior and from:2", "id:salary-senior and from:2")]
    public void An_option_already_given_starts_the_markdown_instead_of_replacing_it(string text, string markdown)
    {
        var args = Read("set", text);
        Assert.Equal(("phd-value", markdown), (args["id"], args["markdown"]));
    }

    [Fact]
    public void An_optional_source_after_the_markdown_is_given_by_name_and_the_markdown_stays_the_free_text()
    {
        var typed = Read("set", "phd-value source:\"https://www.bls.gov/ooh/ | BLS\" New text with source: in it");
        var named = Read("set", "id:phd-value markdown:\"New text\" source:https://www.bls.gov/ooh/");
        var without = Read("set", "phd-value New text");

        Assert.Equal(("https://www.bls.gov/ooh/ | BLS", "New text with source: in it"), (typed[KbArguments.Source], typed["markdown"]));
        Assert.Equal(("https://www.bls.gov/ooh/", "New text"), (named[KbArguments.Source], named["markdown"]));
        Assert.Equal((null, "New text"), (without[KbArguments.Source], without["markdown"]));
    }

    [Fact]
    public void Line_breaks_in_the_markdown_are_kept()
    {
        var args = Read("set", "phd-value from:2\n**Short answer:** no.\n\n- one\n- two");
        Assert.Equal(("phd-value", "**Short answer:** no.\n\n- one\n- two"), (args["id"], args["markdown"]));
    }

    [Fact]
    public void Named_form_as_discord_sends_it()
    {
        var args = Read("set", "id:phd-value markdown:\"He said \"hi\" to me\" from:v2");
        Assert.Equal("phd-value", args["id"]);
        Assert.Equal("He said \"hi\" to me", args["markdown"]);
        Assert.Equal(2, args.Version("from").Version);
    }

    [Fact]
    public void Add_reads_every_named_option_with_quotes()
    {
        var args = Read("add", "id:visa title:\"Visa sponsorship\" questions:\"a? | b\" answer:\"Yes: often.\"");
        Assert.Equal(("visa", "Visa sponsorship", "a? | b", "Yes: often."), (args["id"], args["title"], args["questions"], args["answer"]));
    }

    [Fact]
    public void Teach_takes_the_rest_as_the_question()
    {
        var args = Read("teach", "phd-value is a doctorate worth the grind");
        Assert.Equal(("phd-value", "is a doctorate worth the grind"), (args["id"], args["question"]));
    }

    [Theory]
    [InlineData("diff", "phd-value 1", "needs v2")]
    [InlineData("show", "", "needs id")]
    [InlineData("show", "phd-value extra", "I don't know what `extra` is for here")]
    public void Missing_or_extra_arguments_are_named(string sub, string text, string problem)
    {
        var (args, message) = ReadText(sub, text);
        Assert.Null(args);
        Assert.Contains(problem, message);
    }

    [Fact]
    public void A_version_that_is_not_a_number_is_a_problem()
    {
        Assert.Equal("from must be a version number like 3, got `three`", Read("set", "phd-value from:three text").Version("from").Problem);
        Assert.Equal("from must be a version number like 3, got `-1`", Read("set", "phd-value from:-1 text").Version("from").Problem);
    }
}
