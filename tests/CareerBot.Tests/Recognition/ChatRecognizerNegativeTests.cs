using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Recognition;

public class ChatRecognizerNegativeTests
{
    private static readonly ChatRecognizer Recognizer = new();

    [Theory]
    [InlineData("we run k8s in prod")]
    [InlineData("k8s")]
    [InlineData("2024 was a good year")]
    [InlineData("in 2024")]
    [InlineData("my 2024 bonus")]
    [InlineData("a 4x return")]
    [InlineData("10x engineer")]
    [InlineData("401k match")]
    [InlineData("401(k) plan")]
    [InlineData("403b")]
    [InlineData("p99 latency")]
    [InlineData("gpt-4 and gpt-4o")]
    [InlineData("python 3.11.2")]
    [InlineData("v1.2.3")]
    [InlineData("v2 api")]
    [InlineData("s3 bucket")]
    [InlineData("a 7B model")]
    [InlineData("70b params")]
    [InlineData("the 2nd round")]
    [InlineData("on 11/23/2026")]
    [InlineData("call 555-123-4567")]
    [InlineData("50/50 split")]
    [InlineData("24/7 on call")]
    [InlineData("2023-2024")]
    [InlineData("one of the best")]
    [InlineData("sha 1234567890123456789012")]
    [InlineData("10.0.0.1")]
    public void No_money_or_number_where_there_is_none(string text)
    {
        var found = Recognizer.Recognize(text);
        Assert.True(found.All(e => e.Type is not (EntityType.Money or EntityType.Number or EntityType.Percent)),
            $"\"{text}\" gave: {string.Join("; ", found)}");
    }

    [Theory]
    [InlineData("L5", EntityType.Level)]
    [InlineData("E6", EntityType.Level)]
    public void Level_codes_are_levels_not_numbers(string text, EntityType type) =>
        Assert.Equal(type, Assert.Single(Recognizer.Recognize(text)).Type);

    [Theory]
    [InlineData("offer 2 is better", 2)]
    [InlineData("base: 180", 180)]
    public void A_small_bare_number_beside_a_pay_word_stays_a_number(string text, decimal value)
    {
        var e = Assert.Single(Recognizer.Recognize(text));
        Assert.Equal((EntityType.Number, value), (e.Type, e.Value!.Value));
    }

    [Fact]
    public void Top_10_is_a_plain_number_not_money()
    {
        var e = Assert.Single(Recognizer.Recognize("top 10 companies"));
        Assert.Equal((EntityType.Number, 10m, "10"), (e.Type, e.Value!.Value, e.Text));
    }

    [Fact]
    public void Twelve_m_without_currency_is_months_and_with_currency_is_money()
    {
        Assert.Equal(EntityType.Duration, Assert.Single(Recognizer.Recognize("after 12m")).Type);
        Assert.Equal(EntityType.Money, Assert.Single(Recognizer.Recognize("$12m")).Type);
        Assert.Equal(EntityType.Money, Assert.Single(Recognizer.Recognize("12M USD")).Type);
    }

    [Fact]
    public void Dollar_401k_is_money_because_the_currency_says_so() =>
        Assert.Equal(401000m, Assert.Single(Recognizer.Recognize("$401k")).Value);
}
