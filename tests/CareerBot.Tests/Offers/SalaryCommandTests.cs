using CareerBot.Core.Messages;

namespace CareerBot.Tests.Offers;

public class SalaryCommandTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    [Fact]
    public async Task Quotes_the_level_place_and_specialization_from_the_knowledge_base()
    {
        var reply = await pipeline.AskAsync("/salary level:senior location:seattle specialization:nlp");
        Assert.Equal((ReplyKind.Answer, "salary"), (reply.Kind, reply.Intent));
        Assert.Contains("**$160,000–$220,000+ base salary**", reply.Markdown);
        Assert.Contains("**$200K–$230K in total compensation**", reply.Markdown);
        Assert.Contains("**Location: seattle** (from *How location affects ML engineer pay*)", reply.Markdown);
        Assert.Contains("no article gives per-city dollar figures", reply.Markdown);
        Assert.Contains("**San Francisco, Seattle and New York** still offer the highest", reply.Markdown);
        Assert.Contains("**Specialization: nlp**", reply.Markdown);
        Assert.Contains("**NLP and LLMs**", reply.Markdown);
        Assert.Contains(reply.Sources, s => s.StartsWith("Why Are ML Engineers Paid So Much?", StringComparison.Ordinal));
        // Each article once, although the level, location and specialization entries each cite it.
        Assert.Single(reply.Sources, s => s.StartsWith("Why Are ML Engineers Paid So Much?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("L6", "**$245K and above**")]
    [InlineData("new grad", "**$100,000–$140,000+ base salary**")]
    [InlineData("principal", "**$245K and above**")]
    [InlineData("mid", "**$165K–$200K**")]
    public async Task Levels_by_other_names(string level, string expected) =>
        Assert.Contains(expected, (await pipeline.AskAsync($"/salary level:\"{level}\"")).Markdown);

    [Fact]
    public async Task Without_a_level_gives_the_overview_with_its_detail_behind_more()
    {
        var reply = await pipeline.AskAsync("/salary");
        Assert.Contains("**ML engineer pay by level:**", reply.Markdown);
        Assert.Contains("**By experience**", reply.Detail);
        Assert.Equal("salary-overview", reply.MoreIntent);
    }

    [Fact]
    public async Task A_quoted_place_line_never_ends_promising_a_list_it_does_not_show()
    {
        var reply = await pipeline.AskAsync("/salary level:senior location:seattle");
        Assert.DoesNotContain(reply.Markdown.Split('\n'), line => line.TrimEnd().EndsWith(':'));
        Assert.DoesNotContain("Its reasons:", reply.Markdown);
    }

    [Fact]
    public async Task An_amount_is_private_until_shared_and_a_level_alone_is_public()
    {
        var amount = await pipeline.AskAsync("/salary level:senior amount:190k");
        var level = await pipeline.AskAsync("/salary level:senior");
        Assert.True(amount.IsPrivate);
        Assert.Equal("/salary level:senior amount:190k", amount.ShareCommand);
        Assert.False(level.IsPrivate);
        Assert.Null(level.ShareCommand);
    }

    [Fact]
    public async Task A_place_the_sources_do_not_name_gets_no_invented_figures()
    {
        var reply = await pipeline.AskAsync("/salary level:senior location:denver");
        Assert.Contains("The knowledge base's articles don't mention denver by name, so I have nothing sourced to add for it.", reply.Markdown);
    }

    [Fact]
    public async Task A_synonym_place_finds_the_sources_wording() =>
        Assert.Contains("San Francisco", (await pipeline.AskAsync("/salary location:SF")).Markdown);

    [Theory]
    [InlineData("/salary level:wizard", "`level`", "expected one of entry, mid, senior, staff")]
    [InlineData("/salary levl:senior", "`levl`", "did you mean `level`?")]
    [InlineData("/salary senior", "`senior`", "has no option name")]
    [InlineData("/salary level:senior amount:lots", "`amount`", "expected one positive amount")]
    [InlineData("/salary level:senior amount:€90k", "`amount`", "US dollars")]
    public async Task Salary_errors_name_the_field_and_list_what_is_valid(string text, string field, string expected)
    {
        var reply = await pipeline.AskAsync(text);
        Assert.Equal((ReplyKind.InputError, "salary"), (reply.Kind, reply.Intent));
        Assert.Contains(field, reply.Markdown);
        Assert.Contains(expected, reply.Markdown);
        Assert.Contains("Example: `", reply.Markdown);
    }
}
