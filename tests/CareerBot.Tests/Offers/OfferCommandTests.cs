using System.Text.Json;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;

namespace CareerBot.Tests.Offers;

public class OfferCommandTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private const string Golden = "/offer base:180k bonus:30k stock:600k vesting:4y signon:75k";

    [Fact]
    public async Task Golden_offer_shows_each_year_the_totals_and_the_assumptions()
    {
        var reply = await pipeline.AskAsync(Golden);
        Assert.Equal((ReplyKind.Answer, "offer"), (reply.Kind, reply.Intent));
        Assert.Contains("| 1 | $180,000 | $30,000 | $150,000 | $75,000 | **$435,000** |", reply.Markdown);
        Assert.Contains("| 2 | $180,000 | $30,000 | $150,000 | $0 | **$360,000** |", reply.Markdown);
        Assert.Contains("**First-year total: $435,000** · 4-year total: $1,515,000 · average $378,750 a year", reply.Markdown);
        Assert.Contains("**Assumptions:** ", reply.Markdown);
        Assert.Contains(" Stock valued at the grant price (no price change).", reply.Markdown);
        Assert.DoesNotContain("I read your message as", reply.Markdown);
    }

    [Fact]
    public async Task Offer_is_placed_against_the_sourced_figures_with_the_article_cited()
    {
        var reply = await pipeline.AskAsync(Golden + " level:senior");
        Assert.Contains("for senior engineers", reply.Markdown);
        Assert.Contains("First-year total $435,000: above the senior $200K–$230K range (total compensation; *Machine Learning Engineer Career Path*", reply.Markdown);
        Assert.Contains("Base $180,000: within the senior $160,000–$220,000+ range (base salary; *Why Are ML Engineers Paid So Much?*", reply.Markdown);
        Assert.Contains(reply.Sources, s => s.StartsWith(SalaryBands.CareerPath, StringComparison.Ordinal));
        Assert.Contains(reply.Sources, s => s.StartsWith(SalaryBands.WhyPaidSoMuch, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offer_reply_carries_a_stacked_chart_per_year()
    {
        var chart = (await pipeline.AskAsync(Golden)).Chart;
        Assert.NotNull(chart);
        Assert.Equal(["Year 1", "Year 2", "Year 3", "Year 4"], chart.Categories);
        Assert.Equal(["Base", "Bonus", "Stock", "Sign-on"], chart.Series.Select(s => s.Name));
        Assert.Equal([75_000m, 0m, 0m, 0m], chart.Series[3].Values);
        Assert.Equal("USD", chart.Currency);
    }

    [Fact]
    public async Task Offer_in_euros_is_not_placed_against_dollar_figures()
    {
        var reply = await pipeline.AskAsync("/offer base:€90k bonus:10%");
        Assert.Contains("| 1 | €90,000 | €9,000 | **€99,000** |", reply.Markdown);
        Assert.Contains("they are in US dollars and I don't convert currencies", reply.Markdown);
    }

    [Fact]
    public async Task Plain_language_offer_goes_to_the_calculator()
    {
        var reply = await pipeline.AskAsync("I got an offer: 180k base, 30k bonus, 600k RSUs over 4 years and a 75k signing bonus — what's my first-year TC?");
        Assert.Equal((ReplyKind.Answer, "offer"), (reply.Kind, reply.Intent));
        Assert.Contains("I read your message as `/offer base:180k bonus:30k stock:600k vesting:4y signon:75k`", reply.Markdown);
        Assert.Contains("**First-year total: $435,000**", reply.Markdown);
        Assert.Contains("No cliff given", reply.Markdown);
        Assert.NotEmpty(reply.Entities);
        Assert.NotNull(reply.Chart);
    }

    [Fact]
    public async Task Ask_json_reports_intent_offer_for_the_plain_language_offer()
    {
        var reply = await pipeline.AskAsync("I got an offer: 180k base, 30k bonus, 600k RSUs over 4 years and a 75k signing bonus — what's my first-year TC?");
        using var json = JsonDocument.Parse(ReplyJson.Serialize(reply));
        Assert.Equal("offer", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal("answer", json.RootElement.GetProperty("kind").GetString());
        Assert.Contains(json.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("text").GetString() == "600k");
    }

    [Fact]
    public async Task Plain_language_offer_without_a_base_asks_for_it()
    {
        var reply = await pipeline.AskAsync("my offer has 600k RSUs and a 50k sign-on bonus");
        Assert.Equal((ReplyKind.InputError, "offer"), (reply.Kind, reply.Intent));
        Assert.Contains("`base`", reply.Markdown);
        Assert.Contains("base salary is required", reply.Markdown);
    }

    [Theory]
    [InlineData("what is total comp?")]
    [InlineData("how much do seniors make in seattle?")]
    [InlineData("how do RSUs work in an MLE offer")]
    [InlineData("Show me the $435,000 first-year comp example")]
    public async Task Ordinary_questions_are_not_taken_for_offers(string question)
    {
        var reply = await pipeline.AskAsync(question);
        Assert.NotEqual("offer", reply.Intent);
        Assert.Null(reply.Chart);
    }

    [Fact]
    public async Task A_single_figure_with_a_level_is_placed_against_that_levels_sourced_figures()
    {
        var reply = await pipeline.AskAsync("is 180k good for a senior?");
        // A plain question's intent is the knowledge entry the reply quotes.
        Assert.Equal("salary-senior", reply.Intent);
        // The placement answers the question, first; the level's entry waits behind More (the channel shows a short answer).
        Assert.StartsWith("**$180,000 against the knowledge base's figures** for senior engineers", reply.Markdown);
        Assert.DoesNotContain("**Senior / lead ML engineers:**", reply.Markdown);
        Assert.Contains("**Senior / lead ML engineers:**", reply.Detail);
        Assert.Contains("within the senior $160,000–$220,000+ range (base salary", reply.Markdown);
        Assert.Contains("below the senior $200K–$230K range (total compensation", reply.Markdown);
    }

    [Theory]
    [InlineData("/offer base:-50k", "`base`", "can't be negative")]
    [InlineData("/offer base:abc", "`base`", "expected an amount")]
    [InlineData("/offer base:180k stock:600k vesting:50-50-50", "`vesting`", "add up to 150%")]
    [InlineData("/offer base:500M", "`base`", "at most")]
    [InlineData("/offer", "`base`", "needs at least a base salary")]
    [InlineData("/offer bsae:180k", "`bsae`", "did you mean `base`?")]
    [InlineData("/offer base:180k signon:£20k", "`signon`", "is in GBP but `base` is in USD")]
    public async Task Offer_errors_are_private_input_errors_naming_the_field_with_an_example(string text, string field, string expected)
    {
        var reply = await pipeline.AskAsync(text);
        Assert.Equal((ReplyKind.InputError, "offer"), (reply.Kind, reply.Intent));
        Assert.True(reply.IsPrivate);
        Assert.Contains(field, reply.Markdown);
        Assert.Contains(expected, reply.Markdown);
        Assert.Contains("Example: `", reply.Markdown);
        Assert.Null(reply.Chart);
    }
}
