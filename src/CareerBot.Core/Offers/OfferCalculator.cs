namespace CareerBot.Core.Offers;

/// <summary>
/// Works an offer out year by year in exact decimal arithmetic. Every amount is in cents; stock vests as the
/// difference of cumulative amounts, so whatever the schedule the vested parts add up to the grant exactly.
/// </summary>
public static class OfferCalculator
{
    /// <summary>Years shown when no vesting schedule is given: the usual length of an initial grant.</summary>
    public const int DefaultYears = 4;

    /// <summary>How the no-raises assumption begins, before the base amount.</summary>
    public const string NoRaisesOpening = "Base stays at ";

    /// <summary>The assumption stated for equity given as a percent of the company when no valuation counts it.</summary>
    public static string UncountedEquity(decimal equityPercent) =>
        $"Equity of {MoneyText.Percent(equityPercent)} of the company is not counted: what it is worth depends on the company's valuation or share price, which the offer does not give.";

    /// <param name="years">Years to show; at least what the offer itself needs (used by /compare to line two offers up).</param>
    public static OfferBreakdown Calculate(OfferTerms terms, int? years = null)
    {
        var assumptions = new List<string>();
        var schedule = terms.Vesting ?? VestingSchedule.Even(DefaultYears);
        var initialGrant = terms.Stock ?? terms.StockPerYear * schedule.Years;
        var hasStock = initialGrant > 0 || terms.Refresh > 0;
        var count = Math.Max(YearsNeeded(terms), years ?? 0);
        var cliff = terms.CliffMonths ?? 0;
        var frequency = terms.Frequency ?? VestingFrequency.Quarterly;
        var growth = terms.GrowthPercent ?? 0m;
        string Money(decimal amount) => MoneyText.Format(amount, terms.Currency);

        var bonus = terms.Bonus?.For(terms.Base) ?? 0m;
        var match = terms.Match?.For(terms.Base) ?? 0m;
        var stock = new decimal[count];
        if (initialGrant is > 0 and var grant)
            AddVesting(stock, grant, startYear: 0, schedule, cliff, frequency, growth);
        if (terms.Refresh is > 0 and var refresh)
            for (var grantYear = 1; grantYear < count; grantYear++)
                AddVesting(stock, refresh, grantYear, schedule, cliff, frequency, growth);

        var rows = new OfferYear[count];
        for (var i = 0; i < count; i++)
        {
            var signOn = i switch { 0 => terms.SignOn ?? 0m, 1 => terms.SignOn2 ?? 0m, _ => 0m };
            rows[i] = new OfferYear(i + 1, terms.Base, bonus, stock[i], signOn, match);
        }

        assumptions.Add($"{NoRaisesOpening}{Money(terms.Base)} every year (no raises).");
        assumptions.Add(terms.Bonus switch
        {
            null => "No bonus given: none counted.",
            { IsPercent: true } b => $"Bonus of {MoneyText.Percent(b.Value)} of base ({Money(bonus)}) paid in full every year.",
            _ => $"Bonus of {Money(bonus)} paid in full every year.",
        });
        if (terms.StockPerYear is { } perYear)
            assumptions.Add($"Stock given as {Money(perYear)} a year: read as a {Money(initialGrant!.Value)} grant over the {schedule.Years} vesting years, not as the whole grant.");
        if (terms.EquityPercent is { } equity)
            assumptions.Add(initialGrant is { } valued
                ? $"Equity of {MoneyText.Percent(equity)} of the company counted as a {Money(valued)} grant, from the valuation you gave; it is worth that only while the company is worth that."
                : UncountedEquity(equity));
        if (hasStock)
        {
            assumptions.Add(DescribeSchedule(terms.Vesting, schedule));
            assumptions.Add(terms.CliffMonths is null
                ? "No cliff given: stock starts vesting right away."
                : $"{cliff}-month cliff: nothing vests before month {cliff}; what accrued until then vests at the cliff.");
            assumptions.Add(terms.Frequency is null
                ? "No vesting frequency given: each year's share vests quarterly."
                : $"Each year's share vests {frequency.ToString().ToLowerInvariant()}.");
            assumptions.Add(terms.GrowthPercent is null
                ? "Stock valued at the grant price (no price change)."
                : $"Stock price changes {MoneyText.Percent(growth)} a year: stock vesting in a grant's Nth year is valued at its grant price × {(1 + growth / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture)}^(N−1), rounded to the cent.");
            if (count > schedule.Years)
                assumptions.Add($"Shown for {count} years to line up with the other offer; the initial grant has fully vested by the end of year {schedule.Years}.");
            if (terms.Refresh is > 0 and var r)
                assumptions.Add($"Refresher grant of {Money(r)} every year; each vests on the same schedule starting the next year. Only what vests within these {count} years is counted.");
        }
        else if (terms.Vesting is null && terms.EquityPercent is null)
            assumptions.Add($"No stock given: none counted. {count} years shown.");
        if (terms.SignOn > 0 || terms.SignOn2 > 0)
            assumptions.Add(terms.SignOn2 > 0
                ? "Sign-on paid in years 1 and 2 as given, and kept (no clawback)."
                : "Sign-on paid once, in year 1, and kept (no clawback).");
        if (terms.Match is { } m)
            assumptions.Add(m.IsPercent
                ? $"401(k) match of {MoneyText.Percent(m.Value)} of base ({Money(match)}) counted under other, assuming you contribute enough to get all of it."
                : $"401(k) match of {Money(match)} a year counted under other, assuming you contribute enough to get all of it.");
        assumptions.Add($"All figures in {terms.Currency} (amounts without a currency sign are read as US dollars), before tax.");
        return new OfferBreakdown(terms, rows, assumptions);
    }

    /// <summary>Years an offer's own table has: its vesting period (4 when none is given), at least 2 with a year-2 sign-on.</summary>
    public static int YearsNeeded(OfferTerms terms) => Math.Max(terms.Vesting?.Years ?? DefaultYears, terms.SignOn2 > 0 ? 2 : 1);

    private static string DescribeSchedule(VestingSchedule? given, VestingSchedule schedule)
    {
        if (given is null)
            return $"No vesting schedule given: the grant vests evenly over {schedule.Years} years ({schedule.Describe()}).";
        if (schedule.Name == "even")
            return $"The grant vests evenly over {schedule.Years} years ({schedule.Describe()}).";
        if (schedule.IsCommonShape)
            return $"The grant vests {schedule.Describe()} by year (\"{schedule.Name}\": a common schedule shape, not a sourced figure).";
        return $"The grant vests {schedule.Describe()} by year, as given.";
    }

    /// <summary>
    /// Adds the value of one grant vesting into <paramref name="byYear"/>. The grant starts vesting at the beginning of
    /// year <paramref name="startYear"/> (0-based); what vests outside the table is left out.
    /// </summary>
    private static void AddVesting(decimal[] byYear, decimal grant, int startYear, VestingSchedule schedule, int cliffMonths,
        VestingFrequency frequency, decimal growthPercent)
    {
        var vested = VestByYear(grant, schedule, cliffMonths, frequency, byYear.Length - startYear);
        var factor = 1m;
        for (var i = 0; i < vested.Length; i++)
        {
            byYear[startYear + i] += growthPercent == 0 ? vested[i] : Math.Round(vested[i] * factor, 2, MidpointRounding.AwayFromZero);
            factor *= 1m + growthPercent / 100m;
        }
    }

    /// <summary>
    /// Grant-price value vesting in each of the first <paramref name="years"/> years. Each vesting event's amount is
    /// the cumulative amount due by then (cut to the cent) minus what vested before; the last event brings the
    /// cumulative amount to the grant itself, so the parts always add up to the grant.
    /// </summary>
    internal static decimal[] VestByYear(decimal grant, VestingSchedule schedule, int cliffMonths, VestingFrequency frequency, int years)
    {
        var result = new decimal[Math.Max(years, 0)];
        var periods = (int)frequency;
        var monthsPerPeriod = 12 / periods;
        var denominator = schedule.TotalWeight * periods;
        var weightBefore = 0m;
        var vestedSoFar = 0m;
        for (var year = 0; year < schedule.Years; year++)
        {
            var weight = schedule.Weights[year];
            for (var period = 1; period <= periods; period++)
            {
                var last = year == schedule.Years - 1 && period == periods;
                var cumulative = last ? grant : Math.Round(grant * (weightBefore * periods + weight * period) / denominator, 2, MidpointRounding.ToZero);
                var amount = cumulative - vestedSoFar;
                vestedSoFar = cumulative;
                // Events before the cliff are paid out at the cliff.
                var month = Math.Max((year * 12) + (period * monthsPerPeriod), cliffMonths);
                var yearIndex = (month - 1) / 12;
                if (yearIndex < result.Length) result[yearIndex] += amount;
            }
            weightBefore += weight;
        }
        return result;
    }
}
