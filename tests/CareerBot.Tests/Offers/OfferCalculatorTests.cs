using CareerBot.Core.Offers;

namespace CareerBot.Tests.Offers;

public class OfferCalculatorTests
{
    private static OfferTerms Golden => new()
    {
        Base = 180_000m,
        Bonus = AmountOrPercent.Amount(30_000m),
        Stock = 600_000m,
        Vesting = VestingSchedule.Even(4),
        SignOn = 75_000m,
    };

    [Fact]
    public void Golden_example_is_435k_in_year_one_and_360k_after()
    {
        var offer = OfferCalculator.Calculate(Golden);
        Assert.Equal([435_000m, 360_000m, 360_000m, 360_000m], offer.Years.Select(y => y.Total));
        Assert.Equal(new OfferYear(1, 180_000m, 30_000m, 150_000m, 75_000m, 0m), offer.Years[0]);
        Assert.Equal(435_000m, offer.FirstYearTotal);
        Assert.Equal(1_515_000m, offer.PeriodTotal);
        Assert.Equal(378_750m, offer.AveragePerYear);
    }

    [Fact]
    public void Assumptions_say_what_was_assumed_for_missing_parts()
    {
        var offer = OfferCalculator.Calculate(Golden);
        Assert.Contains("Bonus of $30,000 paid in full every year.", offer.Assumptions);
        Assert.Contains("Stock valued at the grant price (no price change).", offer.Assumptions);
        Assert.Contains("No cliff given: stock starts vesting right away.", offer.Assumptions);
        Assert.Contains(offer.Assumptions, a => a.StartsWith("Sign-on paid once, in year 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Bonus_as_percent_of_base()
    {
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 200_000m, Bonus = AmountOrPercent.Percent(15m) });
        Assert.All(offer.Years, y => Assert.Equal(30_000m, y.Bonus));
        Assert.Contains("Bonus of 15% of base ($30,000) paid in full every year.", offer.Assumptions);
        Assert.Contains("No stock given: none counted. 4 years shown.", offer.Assumptions);
    }

    [Fact]
    public void Sign_on_split_over_two_years()
    {
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 100_000m, SignOn = 50_000m, SignOn2 = 25_000m, Vesting = VestingSchedule.Even(1) });
        Assert.Equal(2, offer.Years.Count);
        Assert.Equal([50_000m, 25_000m], offer.Years.Select(y => y.SignOn));
    }

    [Fact]
    public void Backloaded_schedule_vests_5_15_40_40()
    {
        var schedule = VestingSchedule.FromPercentages([5m, 15m, 40m, 40m], "backloaded", isCommonShape: true);
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 100_000m, Stock = 400_000m, Vesting = schedule });
        Assert.Equal([20_000m, 60_000m, 160_000m, 160_000m], offer.Years.Select(y => y.Stock));
        Assert.Contains(offer.Assumptions, a => a.Contains("a common schedule shape, not a sourced figure", StringComparison.Ordinal));
    }

    [Fact]
    public void Even_over_three_years_adds_up_to_the_grant_to_the_cent()
    {
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 100_000m, Stock = 100_000m, Vesting = VestingSchedule.Even(3), Frequency = VestingFrequency.Monthly });
        Assert.Equal(100_000m, offer.Years.Sum(y => y.Stock));
        Assert.Equal([33_333.33m, 33_333.33m, 33_333.34m], offer.Years.Select(y => y.Stock));
    }

    [Fact]
    public void A_cliff_longer_than_a_year_moves_the_first_year_of_stock_to_the_cliff()
    {
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 100_000m, Stock = 480_000m, Vesting = VestingSchedule.Even(4), CliffMonths = 18, Frequency = VestingFrequency.Monthly });
        // Months 1–18 (180k) vest at month 18, in year 2, together with nothing else from year 2's first half.
        Assert.Equal([0m, 240_000m, 120_000m, 120_000m], offer.Years.Select(y => y.Stock));
        Assert.Contains(offer.Assumptions, a => a.StartsWith("18-month cliff", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_year_cliff_keeps_the_first_years_share_in_year_one()
    {
        var withCliff = OfferCalculator.Calculate(Golden with { CliffMonths = 12, Frequency = VestingFrequency.Quarterly });
        Assert.Equal(150_000m, withCliff.Years[0].Stock);
    }

    [Fact]
    public void Refreshers_vest_from_the_next_year_on_the_same_schedule()
    {
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 100_000m, Stock = 400_000m, Vesting = VestingSchedule.Even(4), Refresh = 40_000m });
        // Year 2: 100k + 10k (refresher 1); year 3: +10k (r1) +10k (r2); year 4: three refreshers.
        Assert.Equal([100_000m, 110_000m, 120_000m, 130_000m], offer.Years.Select(y => y.Stock));
    }

    [Fact]
    public void Growth_values_later_years_at_the_grown_price()
    {
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 100_000m, Stock = 400_000m, Vesting = VestingSchedule.Even(4), GrowthPercent = 10m });
        Assert.Equal([100_000m, 110_000m, 121_000m, 133_100m], offer.Years.Select(y => y.Stock));
    }

    [Fact]
    public void Match_as_percent_of_base_goes_under_other()
    {
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 150_000m, Match = AmountOrPercent.Percent(4m) });
        Assert.All(offer.Years, y => Assert.Equal(6_000m, y.Other));
        Assert.Equal(156_000m, offer.FirstYearTotal);
    }

    [Fact]
    public void A_longer_horizon_lines_up_with_another_offer_and_says_so()
    {
        var offer = OfferCalculator.Calculate(Golden with { Vesting = VestingSchedule.Even(3), Stock = 300_000m }, years: 4);
        Assert.Equal(4, offer.Years.Count);
        Assert.Equal(0m, offer.Years[3].Stock);
        Assert.Contains(offer.Assumptions, a => a.StartsWith("Shown for 4 years to line up", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_currencies_are_written_with_their_symbol()
    {
        var offer = OfferCalculator.Calculate(new OfferTerms { Base = 90_000m, Currency = "EUR" });
        Assert.Contains("All figures in EUR (amounts without a currency sign are read as US dollars), before tax.", offer.Assumptions);
        Assert.Contains("Base stays at €90,000 every year (no raises).", offer.Assumptions);
    }
}
