using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Recognition;

/// <summary>The chat layer's spelled-number grammar: one "hundred" per group, scales only in decreasing order.</summary>
public class SpelledNumberTests
{
    [Fact]
    public void A_201_character_run_of_one_hundred_is_no_amount_and_no_crash()
    {
        var message = string.Concat(Enumerable.Repeat("one hundred ", 17))[..201];
        Assert.Equal(201, message.Length);
        var found = new ChatRecognizer().Recognize(message);
        Assert.DoesNotContain(found, e => e.Type == EntityType.Money);
    }

    [Theory]
    [InlineData("one hundred one hundred thousand")]
    [InlineData("one hundred one hundred")]
    [InlineData("one thousand two million")]
    [InlineData("five thousand five thousand")]
    public void Repeated_or_rising_groups_are_not_one_amount(string value) =>
        Assert.Null(ChatRecognizer.ParseSingle(value, EntityType.Money));

    [Theory]
    [InlineData("one hundred one thousand", 101000)]
    [InlineData("two million three hundred thousand", 2300000)]
    [InlineData("one hundred and eighty thousand", 180000)]
    [InlineData("ninety five thousand", 95000)]
    [InlineData("a hundred thousand", 100000)]
    public void Well_formed_spelled_amounts_still_read(string value, decimal expected) =>
        Assert.Equal(expected, ChatRecognizer.ParseSingle(value, EntityType.Money)!.Value);

    [Fact]
    public void In_a_message_the_repeated_group_is_not_read_as_ten_million()
    {
        var found = new ChatRecognizer().Recognize("my base is one hundred one hundred thousand dollars");
        Assert.DoesNotContain(found, e => e.Value == 10_100_000m);
    }
}
