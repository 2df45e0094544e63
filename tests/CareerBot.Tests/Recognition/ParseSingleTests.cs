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
