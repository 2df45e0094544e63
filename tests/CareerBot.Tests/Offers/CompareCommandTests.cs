using CareerBot.Core.Messages;

namespace CareerBot.Tests.Offers;

public class CompareCommandTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private const string Compare = "/compare a:\"base:180k bonus:30k stock:600k vesting:4y signon:75k\" b:\"base:200k bonus:10% stock:400k vesting:5-15-40-40\"";

    [Fact]
    public async Task Shows_both_offers_per_year_the_difference_and_who_is_ahead()
    {
        var reply = await pipeline.AskAsync(Compare);
        Assert.Equal((ReplyKind.Answer, "compare"), (reply.Kind, reply.Intent));
        // B: 200k + 20k + 5%/15%/40%/40% of 400k.
        Assert.Contains("| 1 | $435,000 | $240,000 | −$195,000 |", reply.Markdown);
        // Years 3 and 4 pay the same in both offers: one row.
        Assert.Contains("| 3–4 | $360,000 | $380,000 | +$20,000 |", reply.Markdown);
        Assert.Contains("| **4 years** | **$1,515,000** | **$1,280,000** | **−$235,000** |", reply.Markdown);
        Assert.Contains("**Year 1:** A is ahead by $195,000. **Over 4 years:** A is ahead by $235,000.", reply.Markdown);
        Assert.Contains("Only offer B", reply.Markdown);
        Assert.Contains("\"backloaded\"", (await pipeline.AskAsync(Compare.Replace("5-15-40-40", "backloaded", StringComparison.Ordinal))).Markdown);
    }

    [Fact]
    public async Task Chart_puts_the_two_offers_side_by_side_each_year()
    {
        var chart = (await pipeline.AskAsync(Compare)).Chart!;
        Assert.Equal(2, chart.BarsPerGroup);
        Assert.Equal(["Y1 A", "Y1 B", "Y2 A", "Y2 B", "Y3 A", "Y3 B", "Y4 A", "Y4 B"], chart.Categories);
        Assert.Equal([150_000m, 20_000m, 150_000m, 60_000m, 150_000m, 160_000m, 150_000m, 160_000m], chart.Series.Single(s => s.Name == "Stock").Values);
    }

    [Fact]
    public async Task Offers_of_different_lengths_are_lined_up()
    {
        var reply = await pipeline.AskAsync("/compare a:\"base:100k stock:300k vesting:3y\" b:\"base:100k stock:400k vesting:4y\"");
        Assert.Contains("| 4 | $100,000 | $200,000 | +$100,000 |", reply.Markdown);
        Assert.Contains("Shown for 4 years to line up with the other offer", reply.Markdown);
    }

    [Fact]
    public async Task Equal_offers_are_called_equal() =>
        Assert.Contains("**Year 1:** the two offers are equal.", (await pipeline.AskAsync("/compare a:\"base:100k\" b:\"base:100,000\"")).Markdown);

    [Theory]
    [InlineData("/compare a:\"base:180k\"", "`b`", "offer B is missing")]
    [InlineData("/compare a:\"base:abc\" b:\"base:180k\"", "In offer `a`: `base`", "expected an amount")]
    [InlineData("/compare a:\"base:180k\" b:\"base:180k vesting:50-50-50 stock:1k\"", "In offer `b`: `vesting`", "add up to 150%")]
    [InlineData("/compare a:\"base:180k\" b:\"base:€180k\"", "`b`", "offer B is in EUR but offer A is in USD")]
    [InlineData("/compare a:\"base:180k\" c:\"base:180k\"", "`c`", "/compare takes `a` and `b`")]
    [InlineData("/compare base:180k", "`base`", "/compare takes `a` and `b`")]
    public async Task Compare_errors_name_the_offer_and_field(string text, string field, string expected)
    {
        var reply = await pipeline.AskAsync(text);
        Assert.Equal((ReplyKind.InputError, "compare"), (reply.Kind, reply.Intent));
        Assert.Contains(field, reply.Markdown);
        Assert.Contains(expected, reply.Markdown);
        Assert.Contains("Example: `", reply.Markdown);
    }
}
