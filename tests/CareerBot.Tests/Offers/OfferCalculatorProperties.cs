using CareerBot.Core.Offers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerBot.Tests.Offers;

/// <summary>Properties of the calculator over generated offers: exact vesting, no drift, totals monotone in every input.</summary>
public class OfferCalculatorProperties
{
    /// <summary>Amounts in cents up to $10M, as people type them (often with cents).</summary>
    private static decimal Cents(int raw) => Math.Abs(raw % 1_000_000_000) / 100m;

    private static VestingSchedule Schedule(int kind, int years) => (Math.Abs(kind) % 4) switch
    {
        0 => VestingSchedule.Even(years),
        1 => VestingSchedule.FromPercentages([5m, 15m, 40m, 40m], "backloaded", true),
        2 => VestingSchedule.FromPercentages([33m, 33m, 22m, 12m], "frontloaded", true),
        _ => VestingSchedule.FromPercentages([12.5m, 12.5m, 25m, 50m]),
    };

    private static VestingFrequency Frequency(int f) => (Math.Abs(f) % 3) switch { 0 => VestingFrequency.Monthly, 1 => VestingFrequency.Quarterly, _ => VestingFrequency.Annual };

    [Property(MaxTest = 300)]
    public bool Vested_stock_over_the_schedule_equals_the_grant(int grantRaw, PositiveInt years, int kind, int frequency, NonNegativeInt cliff)
    {
        var schedule = Schedule(kind, years.Get % VestingSchedule.MaxYears + 1);
        var grant = Cents(grantRaw);
        var cliffMonths = cliff.Get % (schedule.Years * 12 + 1);
        var vested = OfferCalculator.VestByYear(grant, schedule, cliffMonths, Frequency(frequency), schedule.Years);
        return vested.Sum() == grant && vested.All(v => v >= 0);
    }

    [Property(MaxTest = 300)]
    public bool Yearly_totals_add_up_to_the_period_total_without_drift(int baseRaw, int bonusRaw, int stockRaw, int refreshRaw, NonNegativeInt growth, int kind, int frequency)
    {
        var offer = OfferCalculator.Calculate(new OfferTerms
        {
            Base = Cents(baseRaw) + 1_000m,
            Bonus = AmountOrPercent.Percent(Cents(bonusRaw) % 100m),
            Stock = Cents(stockRaw),
            Refresh = Cents(refreshRaw),
            GrowthPercent = growth.Get % 10_000 / 100m,
            Vesting = Schedule(kind, 4),
            Frequency = Frequency(frequency),
            Match = AmountOrPercent.Percent(3.5m),
        });
        var components = offer.Years.Sum(y => y.Base + y.Bonus + y.Stock + y.SignOn + y.Other);
        return offer.Years.Sum(y => y.Total) == offer.PeriodTotal
            && components == offer.PeriodTotal
            && offer.Years.All(y => decimal.Round(y.Total, 2) == y.Total);
    }

    /// <summary>Raising any one input by a non-negative step never lowers the first-year or period total.</summary>
    [Property(MaxTest = 500)]
    public bool Totals_are_monotone_in_each_input(int baseRaw, int bonusRaw, int stockRaw, int signOnRaw, int refreshRaw, NonNegativeInt growth,
        int matchRaw, int stepRaw, int which, int kind, int frequency, NonNegativeInt cliff)
    {
        var schedule = Schedule(kind, 4);
        var terms = new OfferTerms
        {
            Base = Cents(baseRaw) + 1_000m,
            Bonus = AmountOrPercent.Amount(Cents(bonusRaw)),
            Stock = Cents(stockRaw),
            Vesting = schedule,
            CliffMonths = cliff.Get % 49,
            Frequency = Frequency(frequency),
            SignOn = Cents(signOnRaw),
            SignOn2 = Cents(signOnRaw / 2),
            Refresh = Cents(refreshRaw),
            GrowthPercent = growth.Get % 5_000 / 100m,
            Match = AmountOrPercent.Amount(Cents(matchRaw) % 50_000m),
        };
        var step = Cents(stepRaw) % 100_000m;
        var raised = (Math.Abs(which) % 8) switch
        {
            0 => terms with { Base = terms.Base + step },
            1 => terms with { Bonus = AmountOrPercent.Amount(terms.Bonus!.Value.Value + step) },
            2 => terms with { Stock = terms.Stock + step },
            3 => terms with { SignOn = terms.SignOn + step },
            4 => terms with { SignOn2 = terms.SignOn2 + step },
            5 => terms with { Refresh = terms.Refresh + step },
            6 => terms with { GrowthPercent = terms.GrowthPercent + step % 50m },
            _ => terms with { Match = AmountOrPercent.Amount(terms.Match!.Value.Value + step) },
        };
        var before = OfferCalculator.Calculate(terms);
        var after = OfferCalculator.Calculate(raised);
        return after.FirstYearTotal >= before.FirstYearTotal && after.PeriodTotal >= before.PeriodTotal;
    }

    [Property(MaxTest = 300)]
    public bool Totals_are_monotone_in_percentages_of_base(int baseRaw, NonNegativeInt percent, NonNegativeInt step, bool bonus)
    {
        AmountOrPercent Pct(int hundredths) => AmountOrPercent.Percent(hundredths % 10_000 / 100m);
        var terms = new OfferTerms { Base = Cents(baseRaw) + 1_000m };
        OfferTerms With(int hundredths) => bonus ? terms with { Bonus = Pct(hundredths) } : terms with { Match = Pct(hundredths) };
        var low = percent.Get % 5_000;
        var before = OfferCalculator.Calculate(With(low));
        var after = OfferCalculator.Calculate(With(low + step.Get % 5_000));
        return after.FirstYearTotal >= before.FirstYearTotal && after.PeriodTotal >= before.PeriodTotal;
    }
}
