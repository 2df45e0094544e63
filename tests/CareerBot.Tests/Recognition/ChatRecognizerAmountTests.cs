using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Recognition;

public class ChatRecognizerAmountTests
{
    private static readonly ChatRecognizer Recognizer = new();

    private static Entity Single(string text, EntityType type)
    {
        var found = Recognizer.Recognize(text).Where(e => e.Type == type).ToList();
        Assert.True(found.Count == 1, $"expected one {type} in \"{text}\", got: {string.Join("; ", Recognizer.Recognize(text))}");
        return found[0];
    }

    [Theory]
    [InlineData("I got 180k", "180k", 180000, "USD")]
    [InlineData("offer is $180K total", "$180K", 180000, "USD")]
    [InlineData("they said 180,000", "180,000", 180000, "USD")]
    [InlineData("base $150,000.50 lol", "$150,000.50", 150000.50, "USD")]
    [InlineData("stock worth 1.2M", "1.2M", 1200000, "USD")]
    [InlineData("a grant of $1.2 mil", "$1.2 mil", 1200000, "USD")]
    [InlineData("about 180 thousand", "180 thousand", 180000, "USD")]
    [InlineData("one hundred eighty thousand dollars base", "one hundred eighty thousand dollars", 180000, "USD")]
    [InlineData("150K USD in Berlin", "150K USD", 150000, "USD")]
    [InlineData("offer: €90k", "€90k", 90000, "EUR")]
    [InlineData("got £75k in London", "£75k", 75000, "GBP")]
    [InlineData("roughly ~$200k", "~$200k", 200000, "USD")]
    [InlineData("paying 180k/yr", "180k/yr", 180000, "USD")]
    [InlineData("180k per year", "180k per year", 180000, "USD")]
    [InlineData("180k base", "180k", 180000, "USD")]
    [InlineData("base of 180000", "180000", 180000, "USD")]
    [InlineData("stock: 600k", "600k", 600000, "USD")]
    [InlineData("180000 salary", "180000", 180000, "USD")]
    [InlineData("$12m seed", "$12m", 12000000, "USD")]
    [InlineData("12M USD", "12M USD", 12000000, "USD")]
    [InlineData("a 2.5m grant", "2.5m", 2500000, "USD")]
    [InlineData("stock: 2m", "2m", 2000000, "USD")]
    [InlineData("USD 150,000", "USD 150,000", 150000, "USD")]
    [InlineData("90 thousand euros", "90 thousand euros", 90000, "EUR")]
    [InlineData("twenty five thousand dollars", "twenty five thousand dollars", 25000, "USD")]
    [InlineData("a million dollars", "a million dollars", 1000000, "USD")]
    [InlineData("$2B valuation", "$2B", 2000000000, "USD")]
    // A valuation is a sum of money: "1B" beside it is a billion dollars, not a parameter count.
    [InlineData("valuation was 1B", "1B", 1000000000, "USD")]
    [InlineData("they're valued at 3bn", "3bn", 3000000000, "USD")]
    [InlineData("180k+", "180k+", 180000, "USD")]
    [InlineData("$180,000/year", "$180,000/year", 180000, "USD")]
    [InlineData("1mil in RSUs", "1mil", 1000000, "USD")]
    [InlineData("180k usd", "180k usd", 180000, "USD")]
    [InlineData("$180k USD", "$180k USD", 180000, "USD")]
    public void Money(string text, string span, decimal value, string unit)
    {
        var e = Single(text, EntityType.Money);
        Assert.Equal(span, e.Text);
        Assert.Equal(value, e.Value);
        Assert.Equal(unit, e.Unit);
        Assert.Null(e.Max);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), e.Start);
        Assert.Equal(e.Start + span.Length, e.End);
    }

    [Theory]
    [InlineData("range 200-230k", "200-230k", 200000, 230000, "USD")]
    [InlineData("200k-230k base", "200k-230k", 200000, 230000, "USD")]
    [InlineData("band $200K–$230K total", "$200K–$230K", 200000, 230000, "USD")]
    [InlineData("$200K-230K", "$200K-230K", 200000, 230000, "USD")]
    [InlineData("200k to 230k", "200k to 230k", 200000, 230000, "USD")]
    [InlineData("€80-90k", "€80-90k", 80000, 90000, "EUR")]
    [InlineData("1-1.5M", "1-1.5M", 1000000, 1500000, "USD")]
    [InlineData("base 150000-180000", "150000-180000", 150000, 180000, "USD")]
    [InlineData("between 150k and 200k", "150k and 200k", 150000, 200000, "USD")]
    [InlineData("~180-200k", "~180-200k", 180000, 200000, "USD")]
    [InlineData("180K - 200K", "180K - 200K", 180000, 200000, "USD")]
    [InlineData("$180k-$200k/yr", "$180k-$200k/yr", 180000, 200000, "USD")]
    public void Money_ranges_give_both_ends_the_magnitude(string text, string span, decimal low, decimal high, string unit)
    {
        var e = Single(text, EntityType.Money);
        Assert.Equal(span, e.Text);
        Assert.Equal(low, e.Value);
        Assert.Equal(high, e.Max);
        Assert.Equal(unit, e.Unit);
    }

    [Theory]
    [InlineData("bonus 15%", "15%", 15)]
    [InlineData("15 percent bonus", "15 percent", 15)]
    [InlineData("15pct target", "15pct", 15)]
    [InlineData("20% of base", "20%", 20)]
    [InlineData("12.5 % target", "12.5 %", 12.5)]
    [InlineData("twenty five percent", "twenty five percent", 25)]
    [InlineData("10 per cent", "10 per cent", 10)]
    [InlineData("10% per year growth", "10%", 10)]
    [InlineData("stock grows 10% per year", "10%", 10)]
    [InlineData("20% yearly growth", "20%", 20)]
    [InlineData("401k match of 4%", "4%", 4)]
    public void Percent(string text, string span, decimal value)
    {
        var e = Single(text, EntityType.Percent);
        Assert.Equal(span, e.Text);
        Assert.Equal(value, e.Value);
        Assert.Equal("%", e.Unit);
    }

    [Fact]
    public void Percent_range()
    {
        var e = Single("bonus 10-15%", EntityType.Percent);
        Assert.Equal((10m, 15m, "10-15%"), (e.Value!.Value, e.Max!.Value, e.Text));
    }

    [Theory]
    [InlineData("over 4 years", "4 years", 4, "year")]
    [InlineData("four yrs in", "four yrs", 4, "year")]
    [InlineData("18 months later", "18 months", 18, "month")]
    [InlineData("4y", "4y", 4, "year")]
    [InlineData("12m", "12m", 12, "month")]
    [InlineData("after 6mo", "6mo", 6, "month")]
    [InlineData("a 2-year contract", "2-year", 2, "year")]
    [InlineData("5 yoe", "5 yoe", 5, "year")]
    [InlineData("one year in", "one year", 1, "year")]
    [InlineData("10+ years of experience", "10+ years", 10, "year")]
    public void Duration(string text, string span, decimal value, string unit)
    {
        var e = Single(text, EntityType.Duration);
        Assert.Equal(span, e.Text);
        Assert.Equal(value, e.Value);
        Assert.Equal(unit, e.Unit);
    }

    [Fact]
    public void Duration_range()
    {
        var e = Single("3-5 years of experience", EntityType.Duration);
        Assert.Equal((3m, 5m, "year"), (e.Value!.Value, e.Max!.Value, e.Unit));
    }

    [Theory]
    [InlineData("vesting 5/15/40/40 at amazon", "5/15/40/40", new[] { 5, 15, 40, 40 })]
    [InlineData("33-33-22-12", "33-33-22-12", new[] { 33, 33, 22, 12 })]
    [InlineData("25/25/25/25 schedule", "25/25/25/25", new[] { 25, 25, 25, 25 })]
    [InlineData("25%/25%/25%/25%", "25%/25%/25%/25%", new[] { 25, 25, 25, 25 })]
    [InlineData("10–20–30–40", "10–20–30–40", new[] { 10, 20, 30, 40 })]
    public void Vesting_custom_schedules(string text, string span, int[] schedule)
    {
        var e = Single(text, EntityType.Vesting);
        Assert.Equal(span, e.Text);
        Assert.Equal("custom", e.Canonical);
        Assert.Equal(schedule.Select(p => (decimal)p), e.Schedule!);
    }

    [Fact]
    public void Vesting_percent_per_year_is_an_even_schedule()
    {
        var e = Single("it vests 25% per year", EntityType.Vesting);
        Assert.Equal("25% per year", e.Text);
        Assert.Equal("even", e.Canonical);
        Assert.Equal([25m, 25m, 25m, 25m], e.Schedule!);
        Assert.Equal((4m, "year"), (e.Value!.Value, e.Unit));
    }

    [Theory]
    [InlineData("monthly after a 1-year cliff", "monthly after a 1-year cliff", "monthly", 12, "month")]
    [InlineData("vesting quarterly with a 6 month cliff", "vesting quarterly with a 6 month cliff", "quarterly", 6, "month")]
    [InlineData("has a 1 year cliff", "1 year cliff", "cliff", 12, "month")]
    [InlineData("cliff of 12 months", "cliff of 12 months", "cliff", 12, "month")]
    [InlineData("standard 4 year vest", "4 year vest", "even", 4, "year")]
    [InlineData("4-year vesting", "4-year vesting", "even", 4, "year")]
    [InlineData("vesting over 4 years", "vesting over 4 years", "even", 4, "year")]
    [InlineData("vests over 48 months", "vests over 48 months", "even", 48, "month")]
    public void Vesting_phrases(string text, string span, string canonical, decimal value, string unit)
    {
        var e = Single(text, EntityType.Vesting);
        Assert.Equal(span, e.Text);
        Assert.Equal(canonical, e.Canonical);
        Assert.Equal(value, e.Value);
        Assert.Equal(unit, e.Unit);
    }

    [Fact]
    public void Monthly_vesting_without_cliff_names_the_cadence()
    {
        var e = Single("monthly vesting", EntityType.Vesting);
        Assert.Equal(("monthly", null), (e.Canonical, e.Value));
    }
}
