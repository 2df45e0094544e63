using CareerBot.Core.Commands;
using CareerBot.Core.Offers;

namespace CareerBot.Tests.Offers;

public class OfferCommandReaderTests
{
    private static OfferInput Read(string text) => OfferCommandReader.Read(SlashCommandParser.Parse(text)!);

    [Fact]
    public void Reads_every_option()
    {
        var input = Read("/offer base:180k bonus:15% stock:$600,000 vesting:5-15-40-40 cliff:1y frequency:monthly signon:75k signon2:25k refresh:100k growth:5% match:4% level:L5");
        Assert.Null(input.Error);
        var t = input.Terms!;
        Assert.Equal(180_000m, t.Base);
        Assert.Equal(AmountOrPercent.Percent(15m), t.Bonus);
        Assert.Equal(600_000m, t.Stock);
        Assert.Equal([5m, 15m, 40m, 40m], t.Vesting!.Weights);
        Assert.Equal(12, t.CliffMonths);
        Assert.Equal(VestingFrequency.Monthly, t.Frequency);
        Assert.Equal((75_000m, 25_000m, 100_000m), (t.SignOn, t.SignOn2, t.Refresh));
        Assert.Equal(5m, t.GrowthPercent);
        Assert.Equal(AmountOrPercent.Percent(4m), t.Match);
        Assert.Equal("senior", input.Level);
        Assert.Equal("USD", t.Currency);
    }

    [Theory]
    [InlineData("/offer base 180k stock 200k over 4 years bonus 10%", 200_000, 4)]
    [InlineData("/offer base:180k stock:320k/3y", 320_000, 3)]
    [InlineData("/offer base:180k stock:\"400k over 48 months\"", 400_000, 4)]
    public void A_stock_value_with_its_vesting_period_is_read_as_both(string text, decimal grant, int years)
    {
        var input = Read(text);
        Assert.Null(input.Error);
        Assert.Equal((grant, years), (input.Terms!.Stock, input.Terms.Vesting!.Years));
    }

    [Fact]
    public void A_stock_period_next_to_a_vesting_option_is_refused_not_guessed()
    {
        var input = Read("/offer base:180k stock:\"200k over 4 years\" vesting:3y");
        Assert.Equal("stock", input.Error!.Field);
    }

    [Theory]
    [InlineData("vesting:4y", "even", 4)]
    [InlineData("vesting:48m", "even", 4)]
    [InlineData("vesting:3y", "even", 3)]
    [InlineData("vesting:backloaded", "backloaded", 4)]
    [InlineData("vesting:frontloaded", "frontloaded", 4)]
    [InlineData("vesting:25-25-50", "custom", 3)]
    public void Reads_vesting_forms(string option, string name, int years)
    {
        var schedule = Read("/offer base:180k stock:600k " + option).Terms!.Vesting!;
        Assert.Equal((name, years), (schedule.Name, schedule.Years));
        Assert.Equal(name is "backloaded" or "frontloaded", schedule.IsCommonShape);
    }

    [Fact]
    public void Vesting_with_a_cadence_and_cliff_sets_both()
    {
        var t = Read("/offer base:180k stock:600k vesting:\"monthly after a 1-year cliff\"").Terms!;
        Assert.Equal((VestingFrequency.Monthly, 12), (t.Frequency, t.CliffMonths));
        Assert.Null(t.Vesting);
    }

    [Fact]
    public void Euro_offers_keep_their_currency() =>
        Assert.Equal("EUR", Read("/offer base:€90k bonus:€10k").Terms!.Currency);

    /// <summary>Every error names the field, says what was expected, and shows an example.</summary>
    [Theory]
    [InlineData("/offer", "base", "needs at least a base salary", "base:180k")]
    [InlineData("/offer 180k", "base", "`180k` has no option name", "base:180k")]
    [InlineData("/offer bsae:180k", "bsae", "did you mean `base`?", "/offer base:180k bonus:30k")]
    [InlineData("/offer bonus:30k", "base", "base salary is required", "base:180k")]
    [InlineData("/offer base:-50k", "base", "can't be negative", "base:180k")]
    [InlineData("/offer base:abc", "base", "expected an amount such as 180k", "base:180k")]
    [InlineData("/offer base:200-230k", "base", "not a range", "base:180k")]
    [InlineData("/offer base:150M", "base", "$100,000,000 at most", "base:180k")]
    [InlineData("/offer base:180", "base", "too small for a yearly base salary", "base:180k")]
    [InlineData("/offer base:180k stock:2000M", "stock", "$1,000,000,000 at most", "stock:600k")]
    [InlineData("/offer base:180k signon:15%", "signon", "not a percentage", "signon:75k")]
    [InlineData("/offer base:180k stock:150%", "stock", "from 0% to 100%", "stock:600k")]
    [InlineData("/offer base:180k bonus:abc", "bonus", "expected an amount such as 180k", "bonus:15%")]
    [InlineData("/offer base:180k bonus:500%", "bonus", "from 0% to 200%", "bonus:15%")]
    [InlineData("/offer base:180k stock:600k vesting:50-50-50", "vesting", "add up to 150%", "vesting:5-15-40-40")]
    [InlineData("/offer base:180k stock:600k vesting:soon", "vesting", "a schedule such as 5-15-40-40", "vesting:4y")]
    [InlineData("/offer base:180k stock:600k vesting:12y", "vesting", "longer than the 10 years", "vesting:4y")]
    [InlineData("/offer base:180k stock:600k vesting:4y cliff:60m", "cliff", "longer than the 48-month vesting", "cliff:12m")]
    [InlineData("/offer base:180k stock:600k cliff:soon", "cliff", "a duration such as 12m", "cliff:12m")]
    [InlineData("/offer base:180k stock:600k frequency:weekly", "frequency", "monthly, quarterly, annual", "frequency:quarterly")]
    [InlineData("/offer base:180k growth:fast", "growth", "a yearly percentage such as 5%", "growth:5%")]
    [InlineData("/offer base:180k growth:500%", "growth", "from -90% to 100%", "growth:5%")]
    [InlineData("/offer base:180k match:150%", "match", "from 0% to 100%", "match:4%")]
    [InlineData("/offer base:180k bonus:€20k", "bonus", "is in EUR but `base` is in USD", "bonus:15%")]
    [InlineData("/offer base:180k level:wizard", "level", "entry, mid, senior, staff", "level:senior")]
    [InlineData("/offer base:180k stock:600k vesting:\"monthly after a 1-year cliff\" cliff:6m", "cliff", "give the cliff once", "cliff:12m")]
    public void Errors_name_the_field_what_was_expected_and_an_example(string text, string field, string expected, string example)
    {
        var error = Read(text).Error;
        Assert.NotNull(error);
        Assert.Equal(field, error.Field);
        Assert.Contains($"`{field}`", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Contains(example, error.Message);
    }

    [Theory]
    [InlineData("bsae", "base")]
    [InlineData("bonsu", "bonus")]
    [InlineData("sigon", "signon")]
    [InlineData("vestng", "vesting")]
    [InlineData("xyz", null)]
    public void Closest_option_name(string typed, string? expected) =>
        Assert.Equal(expected, ClosestName.Find(typed, CommandCatalog.OfferOptions.Select(o => o.Name)));

    [Fact]
    public void An_option_given_twice_is_refused_naming_it()
    {
        var error = Read("/offer base:180k base:200k bonus:10%").Error;
        Assert.NotNull(error);
        Assert.Equal("base", error.Field);
        Assert.Contains("given more than once", error.Message);
    }

    [Theory]
    [InlineData("/offer base 180k bonus 20k", 180_000, 20_000)]
    [InlineData("/offer base=180k bonus= 20k", 180_000, 20_000)]
    [InlineData("/offer bonus 20k base:180k", 180_000, 20_000)]
    public void Names_and_values_without_a_colon_are_read(string text, decimal baseSalary, decimal bonus)
    {
        var input = Read(text);
        Assert.Null(input.Error);
        Assert.Equal((baseSalary, AmountOrPercent.Amount(bonus)), (input.Terms!.Base, input.Terms.Bonus));
    }

    [Fact]
    public void A_value_without_a_colon_runs_up_to_the_next_option_name()
    {
        var terms = Read("/offer base 180k stock 100k a year vesting 3y").Terms!;
        Assert.Equal((100_000m, 3), (terms.StockPerYear, terms.Vesting!.Years));
    }

    [Theory]
    [InlineData("/offer base 180k bonus", "bonus", "has no value")]
    [InlineData("/offer base 180k bonsu 20k", "bonsu", "did you mean `bonus`")]
    [InlineData("/offer base 180k base 200k", "base", "given more than once")]
    public void Names_without_a_colon_are_checked_like_options(string text, string field, string message)
    {
        var error = Read(text).Error;
        Assert.NotNull(error);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Repeated_spelled_numbers_are_not_multiplied_into_a_base()
    {
        var error = Read("/offer base:\"one hundred one hundred thousand\"").Error;
        Assert.NotNull(error);
        Assert.Equal("base", error.Field);
        Assert.Equal(180_000m, Read("/offer base:\"one hundred eighty thousand\"").Terms!.Base);
    }

    [Theory]
    [InlineData("stock:100k/yr")]
    [InlineData("stock:\"100k a year\"")]
    [InlineData("stock:\"$100,000 per year\"")]
    [InlineData("stock:\"100k annually\"")]
    public void A_yearly_stock_figure_is_per_year_not_the_grant(string option)
    {
        var terms = Read("/offer base:210k " + option).Terms!;
        Assert.Equal((100_000m, (decimal?)null), (terms.StockPerYear, terms.Stock));
    }

    [Fact]
    public void Stock_as_a_percent_is_equity_in_the_company()
    {
        var terms = Read("/offer base:140k stock:0.1%").Terms!;
        Assert.Equal((0.1m, (decimal?)null, (decimal?)null), (terms.EquityPercent, terms.Stock, terms.StockPerYear));
    }

    [Fact]
    public void A_yearly_sign_on_is_refused()
    {
        var error = Read("/offer base:180k signon:30k/yr").Error;
        Assert.Equal("signon", error?.Field);
        Assert.Contains("paid once", error!.Message);
    }

    [Fact]
    public void Changes_to_a_previous_offer_keep_what_they_do_not_give()
    {
        var previous = Read("/offer base:180k bonus:15% stock:400k signon:30k level:senior");
        var changed = OfferCommandReader.Read(SlashCommandParser.Parse("/offer base:190k")!, previous);
        Assert.Null(changed.Error);
        Assert.Equal(previous.Terms! with { Base = 190_000m }, changed.Terms);
        Assert.Equal("senior", changed.Level);
        Assert.Equal("signon", OfferCommandReader.Read(SlashCommandParser.Parse("/offer signon:€10k")!, previous).Error?.Field);
    }
}
