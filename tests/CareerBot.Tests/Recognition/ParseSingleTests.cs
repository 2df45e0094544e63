using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Recognition;

public class ParseSingleTests
{
    [Theory]
    [InlineData("180k", 180000)]
    [InlineData(" $180,000 ", 180000)]
    [InlineData("180000", 180000)]
    [InlineData("1.2M", 1200000)]
    [InlineData("1m", 1000000)]
    [InlineData("600k", 600000)]
    [InlineData("75 thousand", 75000)]
    public void Money_values(string value, decimal expected)
    {
        var e = ChatRecognizer.ParseSingle(value, EntityType.Money);
        Assert.NotNull(e);
        Assert.Equal(EntityType.Money, e.Type);
        Assert.Equal(expected, e.Value);
        Assert.Equal("USD", e.Unit);
        Assert.Equal(value.Trim(), e.Text);
    }

    [Theory]
    [InlineData("half a million", 500000, "USD")]
    [InlineData("a quarter million us dollars", 250000, "USD")]
    [InlineData("150k CAD", 150000, "CAD")]
    [InlineData("12 million yen", 12000000, "JPY")]
    [InlineData("30 MUSD", 30000000, "USD")]
    public void Money_values_beyond_the_chat_grammar_are_read_by_the_fallback(string value, decimal expected, string unit)
    {
        var e = ChatRecognizer.ParseSingle(value, EntityType.Money);
        Assert.Equal((EntityType.Money, expected, unit, value), (e!.Type, e.Value!.Value, e.Unit, e.Text));
    }

    [Theory]
    [InlineData("50 cents")]
    [InlineData("half")]
    [InlineData("one hundred one hundred thousand")]
    public void Fallback_readings_that_are_no_whole_amount_in_a_known_currency_are_null(string value) =>
        Assert.Null(ChatRecognizer.ParseSingle(value, EntityType.Money));

    [Fact]
    public void Negative_money_keeps_its_sign_so_the_caller_can_name_the_problem()
    {
        var e = ChatRecognizer.ParseSingle("-50k", EntityType.Money);
        Assert.Equal(-50000m, e!.Value);
        Assert.Equal("-50k", e.Text);
    }

    [Theory]
    [InlineData("abc", EntityType.Money)]
    [InlineData("", EntityType.Money)]
    [InlineData("180k base", EntityType.Money)]
    [InlineData("15", EntityType.Percent)]
    [InlineData("180k", EntityType.Percent)]
    [InlineData("4", EntityType.Duration)]
    [InlineData("k8s", EntityType.Money)]
    public void Values_that_are_not_exactly_one_entity_of_the_type_are_null(string value, EntityType expected) =>
        Assert.Null(ChatRecognizer.ParseSingle(value, expected));

    [Theory]
    [InlineData("15%", 15)]
    [InlineData("15 percent", 15)]
    [InlineData("12.5pct", 12.5)]
    [InlineData("10%/yr", 10)]
    [InlineData("25% per year", 25)]
    public void Percent_values(string value, decimal expected) => Assert.Equal(expected, ChatRecognizer.ParseSingle(value, EntityType.Percent)!.Value);

    [Theory]
    [InlineData("12m", 12, "month")]
    [InlineData("12M", 12, "month")]
    [InlineData("4y", 4, "year")]
    [InlineData("18 months", 18, "month")]
    [InlineData("1 year", 1, "year")]
    public void Duration_values(string value, decimal expected, string unit)
    {
        var e = ChatRecognizer.ParseSingle(value, EntityType.Duration);
        Assert.Equal((expected, unit), (e!.Value!.Value, e.Unit));
    }

    [Theory]
    [InlineData("4y", "even", 4, "year", null)]
    [InlineData("48m", "even", 48, "month", null)]
    [InlineData("5-15-40-40", "custom", null, null, new[] { 5, 15, 40, 40 })]
    [InlineData("5/15/40/40", "custom", null, null, new[] { 5, 15, 40, 40 })]
    [InlineData("50-50-50", "custom", null, null, new[] { 50, 50, 50 })]
    [InlineData("50-50", "custom", null, null, new[] { 50, 50 })]
    [InlineData("25% per year", "even", 4, "year", new[] { 25, 25, 25, 25 })]
    [InlineData("backloaded", "backloaded", null, null, new[] { 5, 15, 40, 40 })]
    [InlineData("monthly", "monthly", null, null, null)]
    [InlineData("monthly after a 1-year cliff", "monthly", 12, "month", null)]
    public void Vesting_values(string value, string canonical, int? amount, string? unit, int[]? schedule)
    {
        var e = ChatRecognizer.ParseSingle(value, EntityType.Vesting);
        Assert.NotNull(e);
        Assert.Equal(EntityType.Vesting, e.Type);
        Assert.Equal(canonical, e.Canonical);
        Assert.Equal(amount, (int?)e.Value);
        Assert.Equal(unit, e.Unit);
        Assert.Equal(schedule?.Select(p => (decimal)p), e.Schedule);
    }
}

public class ParseSingleNameTests
{
    [Theory]
    [InlineData("entry", EntityType.Level)]
    [InlineData("mid", EntityType.Level)]
    [InlineData("senior", EntityType.Level)]
    [InlineData("staff", EntityType.Level)]
    [InlineData("principal", EntityType.Level)]
    [InlineData("seattle", EntityType.Place)]
    [InlineData("san-francisco", EntityType.Place)]
    [InlineData("bay-area", EntityType.Place)]
    [InlineData("new-york", EntityType.Place)]
    [InlineData("los-angeles", EntityType.Place)]
    [InlineData("austin", EntityType.Place)]
    [InlineData("boston", EntityType.Place)]
    [InlineData("london", EntityType.Place)]
    [InlineData("remote", EntityType.Place)]
    [InlineData("washington-dc", EntityType.Place)]
    [InlineData("nlp", EntityType.Specialization)]
    [InlineData("llm", EntityType.Specialization)]
    [InlineData("llm-infrastructure", EntityType.Specialization)]
    [InlineData("generative-ai", EntityType.Specialization)]
    [InlineData("computer-vision", EntityType.Specialization)]
    [InlineData("mlops", EntityType.Specialization)]
    [InlineData("ml-platform", EntityType.Specialization)]
    [InlineData("recommender-systems", EntityType.Specialization)]
    [InlineData("reinforcement-learning", EntityType.Specialization)]
    [InlineData("deep-learning", EntityType.Specialization)]
    [InlineData("robotics", EntityType.Specialization)]
    [InlineData("speech", EntityType.Specialization)]
    [InlineData("time-series", EntityType.Specialization)]
    public void Canonical_keys_round_trip(string key, EntityType type) => Assert.Equal(key, ChatRecognizer.ParseSingle(key, type)?.Canonical);

    [Theory]
    [InlineData("CV", EntityType.Specialization, "computer-vision")]
    [InlineData("L5", EntityType.Level, "senior")]
    [InlineData("Senior", EntityType.Level, "senior")]
    [InlineData("SF", EntityType.Place, "san-francisco")]
    [InlineData("New York", EntityType.Place, "new-york")]
    public void Written_names(string value, EntityType type, string canonical) => Assert.Equal(canonical, ChatRecognizer.ParseSingle(value, type)?.Canonical);

    [Fact]
    public void A_name_of_another_type_is_null() => Assert.Null(ChatRecognizer.ParseSingle("seattle", EntityType.Level));
}
