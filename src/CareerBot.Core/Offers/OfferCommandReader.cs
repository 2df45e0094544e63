using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Offers;

/// <summary>
/// Reads the /offer options (<c>base:180k bonus:15% stock:600k vesting:4y …</c>) into <see cref="OfferTerms"/>.
/// Values are parsed by the recognizer; this class only checks them. Anything typed is either used or rejected
/// with a message naming the field: never silently replaced by a default.
/// </summary>
public static class OfferCommandReader
{
    public const decimal MaxBase = 100_000_000m;
    public const decimal MinBase = 1_000m;
    public const decimal MaxAmount = 1_000_000_000m;
    public const decimal MaxBonusPercent = 200m;
    public const decimal MaxMatchPercent = 100m;
    public const decimal MinGrowthPercent = -90m;
    public const decimal MaxGrowthPercent = 100m;

    private static readonly IReadOnlyDictionary<string, CommandOption> Options =
        CommandCatalog.OfferOptions.ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);

    public static OfferInput Read(ParsedCommand command) => Read(command, previous: null);

    /// <summary>
    /// Reads an offer, or with <paramref name="previous"/> the changes to an offer read before ("what if the base were
    /// 190k?"): what the command does not give stays as it was.
    /// </summary>
    public static OfferInput Read(ParsedCommand command, OfferInput? previous)
    {
        try
        {
            return Parse(command, previous?.Terms is null ? null : previous);
        }
        catch (OfferInputException e)
        {
            return OfferInput.Failed(e.Error);
        }
    }

    private static OfferInput Parse(ParsedCommand command, OfferInput? previous)
    {
        if (command.Options.Count == 0 && command.Positionals.Count == 0)
            throw Fail("base", $"an offer needs at least a base salary; options are {OptionList()}.");
        var given = Arguments(command);
        if (given.Keys.FirstOrDefault(k => !Options.ContainsKey(k)) is { } unknown)
            throw UnknownOption(unknown);
        var old = previous?.Terms;
        if (old is null && !given.ContainsKey("base"))
            throw Fail("base", "the base salary is required, even when the question is about stock or bonus.");

        var currencies = new List<(string Field, string Currency)>();
        if (old is not null && !given.ContainsKey("base")) currencies.Add(("base", old.Currency));
        decimal? Money(string name)
        {
            if (!given.TryGetValue(name, out var value)) return null;
            var (amount, currency) = ReadMoney(Options[name], YearlyAmount(name, value));
            currencies.Add((name, currency));
            return amount;
        }
        AmountOrPercent? MoneyOrPercent(string name, decimal maxPercent)
        {
            if (!given.TryGetValue(name, out var value)) return null;
            if (ChatRecognizer.ParseSingle(value, EntityType.Percent) is { } percent)
                return AmountOrPercent.Percent(CheckPercent(Options[name], value, percent, 0m, maxPercent));
            var (amount, currency) = ReadMoney(Options[name], YearlyAmount(name, value));
            currencies.Add((name, currency));
            return AmountOrPercent.Amount(amount);
        }

        var baseSalary = Money("base");
        if (baseSalary < MinBase)
            throw Fail("base", $"{MentionGuard.InlineCode(given["base"])} is too small for a yearly base salary; write thousands with k (180k) or in full (180,000).");
        var (vesting, vestingCliff, vestingFrequency) = ReadVesting(given);
        var cliff = ReadCliff(given, vestingCliff);
        var frequency = ReadFrequency(given, vestingFrequency);
        var start = old ?? new OfferTerms { Base = baseSalary!.Value };
        var terms = start with
        {
            Base = baseSalary ?? start.Base,
            Bonus = MoneyOrPercent("bonus", MaxBonusPercent) ?? start.Bonus,
            Vesting = vesting ?? start.Vesting,
            CliffMonths = cliff ?? start.CliffMonths,
            Frequency = frequency ?? start.Frequency,
            SignOn = Money("signon") ?? start.SignOn,
            SignOn2 = Money("signon2") ?? start.SignOn2,
            Refresh = Money("refresh") ?? start.Refresh,
            GrowthPercent = ReadGrowth(given) ?? start.GrowthPercent,
            Match = MoneyOrPercent("match", MaxMatchPercent) ?? start.Match,
        };
        if (ReadStock(given, currencies) is { } stock)
            terms = terms with { Stock = stock.Grant, StockPerYear = stock.PerYear, EquityPercent = stock.EquityPercent };
        if (terms.CliffMonths is { } c && c > (terms.Vesting ?? VestingSchedule.Even(OfferCalculator.DefaultYears)).Years * 12)
            throw Fail("cliff", $"a {c}-month cliff is longer than the {(terms.Vesting?.Years ?? OfferCalculator.DefaultYears) * 12}-month vesting{(terms.Vesting is null ? " assumed when no vesting is given" : "")}.");

        var mixed = currencies.FirstOrDefault(c => c.Currency != currencies[0].Currency);
        if (mixed.Field is not null)
            throw Fail(mixed.Field, $"is in {mixed.Currency} but `{currencies[0].Field}` is in {currencies[0].Currency}. I never add amounts in different currencies and don't convert them; write every amount in one currency.");

        var level = previous?.Level;
        if (given.TryGetValue("level", out var levelText))
            level = SalaryLevel.Parse(levelText) ?? throw Fail("level", $"expected one of {string.Join(", ", SalaryBands.Levels)}, but got {MentionGuard.InlineCode(levelText)}.");
        return new OfferInput(currencies.Count > 0 ? terms with { Currency = currencies[0].Currency } : terms, level, null);
    }

    /// <summary>
    /// The options as typed, with <c>name value</c> and <c>name=value</c> written without a colon
    /// (<c>/offer base 180k bonus 20k</c>) read as options: a value runs up to the next option name. A part given
    /// twice is refused, never silently overwritten.
    /// </summary>
    private static Dictionary<string, string> Arguments(ParsedCommand command)
    {
        if (command.RepeatedOptions.FirstOrDefault(Options.ContainsKey) is { } repeated)
            throw GivenTwice(repeated);
        var given = new Dictionary<string, string>(command.Options, StringComparer.OrdinalIgnoreCase);
        var words = command.Positionals;
        static (string Name, string Value) Split(string word) =>
            word.IndexOf('=') is > 0 and var eq ? (word[..eq], word[(eq + 1)..]) : (word.TrimEnd(':'), "");
        bool IsName(string word) => Options.ContainsKey(Split(word).Name);
        for (var i = 0; i < words.Count;)
        {
            if (!IsName(words[i]))
            {
                var hint = ClosestName.DidYouMean(Split(words[i]).Name, Options.Keys);
                throw Fail("base", $"{MentionGuard.InlineCode(words[i])} has no option name; {hint}write each part as `name:value` ({OptionList()}).");
            }
            var (name, inline) = Split(words[i]);
            name = name.ToLowerInvariant();
            var next = i + 1;
            for (; next < words.Count && !IsName(words[next]); next++)
                if (words[next].All(char.IsAsciiLetter) && ClosestName.Find(words[next], Options.Keys) is not null)
                    throw UnknownOption(words[next]);
            var value = string.Join(' ', words.Skip(i + 1).Take(next - i - 1).Prepend(inline).Where(w => w.Length > 0));
            if (value.Length == 0)
                throw Fail(name, $"has no value; write it as `{Options[name].Example}`.");
            if (!given.TryAdd(name, value))
                throw GivenTwice(name);
            i = next;
        }
        SplitStockPeriod(given);
        return given;
    }

    /// <summary>
    /// "stock 200k over 4 years", "stock:320k/4y": the grant and its vesting period in one value, as people write them;
    /// read as <c>stock:200k vesting:4y</c> unless a vesting is given too (then the value is refused as usual).
    /// </summary>
    private static void SplitStockPeriod(Dictionary<string, string> given)
    {
        if (!given.TryGetValue("stock", out var value) || given.ContainsKey("vesting")) return;
        var entities = new ChatRecognizer().Recognize(value);
        if (entities is not [{ Type: EntityType.Money, Max: null } amount, { Type: EntityType.Duration, Value: > 0 } period]) return;
        var between = value[amount.End..period.Start].Trim().ToLowerInvariant();
        if (between is not ("over" or "/" or "vesting over" or "vested over" or "vesting" or "for") || value[period.End..].Trim().Length > 0) return;
        given["stock"] = amount.Text;
        given["vesting"] = $"{period.Value:0.##}{(period.Unit == "month" ? "m" : "y")}";
    }

    private static OfferInputException UnknownOption(string key)
    {
        var hint = ClosestName.DidYouMean(key, Options.Keys);
        return new OfferInputException(new OfferInputError(key,
            $"{MentionGuard.InlineCode(key)} is not an offer option; {hint}Options: {OptionList()}. Example: `{CommandCatalog.Offer.Example}`"));
    }

    private static OfferInputException GivenTwice(string name) =>
        Fail(name, $"is given more than once, so I can't tell which figure you mean; give it once, with the figure from the offer letter.");

    /// <summary>A yearly figure ("180k/yr") is what base, bonus, refresher and match are anyway; a sign-on is paid once.</summary>
    private static string YearlyAmount(string name, string value)
    {
        var (amount, perYear) = PerYearWording.Split(value);
        if (perYear && name is "signon" or "signon2")
            throw Fail(name, $"a sign-on bonus is paid once, not every year (got {MentionGuard.InlineCode(value)}); `signon` is paid in year 1 and `signon2` in year 2.");
        return amount;
    }

    private sealed record StockGiven(decimal? Grant, decimal? PerYear, decimal? EquityPercent);

    /// <summary>The grant (600k), a yearly figure (100k/yr: the grant is worked out from the vesting years), or a percent of the company.</summary>
    private static StockGiven? ReadStock(IReadOnlyDictionary<string, string> given, List<(string Field, string Currency)> currencies)
    {
        if (!given.TryGetValue("stock", out var value)) return null;
        if (ChatRecognizer.ParseSingle(value, EntityType.Percent) is { } percent)
            return new StockGiven(null, null, CheckPercent(Options["stock"], value, percent, 0m, 100m));
        var (amountText, perYear) = PerYearWording.Split(value);
        var (amount, currency) = ReadMoney(Options["stock"], amountText);
        currencies.Add(("stock", currency));
        return perYear ? new StockGiven(null, amount, null) : new StockGiven(amount, null, null);
    }

    private static (decimal Amount, string Currency) ReadMoney(CommandOption option, string value)
    {
        var entity = ChatRecognizer.ParseSingle(value, EntityType.Money);
        if (entity is null)
        {
            var problem = ChatRecognizer.ParseSingle(value, EntityType.Percent) is not null
                ? $"expected an amount, not a percentage (got {MentionGuard.InlineCode(value)}); {option.Description.ToLowerInvariant()} is money, such as 180k, $180,000 or €90k."
                : $"expected an amount such as 180k, $180,000, 1.2M or €90k, but got {MentionGuard.InlineCode(value)}.";
            throw Fail(option.Name, problem);
        }
        if (entity.Max is not null)
            throw Fail(option.Name, $"expected one amount, not a range ({MentionGuard.InlineCode(value)}); pick the figure in the offer letter.");
        var amount = entity.Value!.Value;
        if (amount < 0)
            throw Fail(option.Name, $"can't be negative (got {MentionGuard.InlineCode(value)}); write the amount without a minus sign.");
        var limit = option.Name == "base" ? MaxBase : MaxAmount;
        if (amount > limit)
            throw Fail(option.Name, $"{MoneyText.Format(amount, entity.Unit ?? "USD")} is beyond what I accept here ({MoneyText.Format(limit, entity.Unit ?? "USD")} at most); check for an extra zero or a wrong k/M.");
        return (amount, entity.Unit ?? "USD");
    }

    private static decimal CheckPercent(CommandOption option, string value, Entity percent, decimal min, decimal max)
    {
        var p = percent.Value!.Value;
        if (percent.Max is not null)
            throw Fail(option.Name, $"expected one percentage, not a range ({MentionGuard.InlineCode(value)}).");
        if (p < min && min >= 0)
            throw Fail(option.Name, $"can't be negative (got {MentionGuard.InlineCode(value)}).");
        if (p < min || p > max)
            throw Fail(option.Name, $"expected a percentage from {MoneyText.Percent(min)} to {MoneyText.Percent(max)}, but got {MentionGuard.InlineCode(value)}.");
        return p;
    }

    private static decimal? ReadGrowth(IReadOnlyDictionary<string, string> given)
    {
        if (!given.TryGetValue("growth", out var value)) return null;
        var percent = ChatRecognizer.ParseSingle(value, EntityType.Percent)
            ?? throw Fail("growth", $"expected a yearly percentage such as 5% (or -10% for a falling price), but got {MentionGuard.InlineCode(value)}.");
        return CheckPercent(Options["growth"], value, percent, MinGrowthPercent, MaxGrowthPercent);
    }

    /// <summary>The schedule, plus a cliff and frequency when the vesting value names them ("monthly after a 1-year cliff").</summary>
    private static (VestingSchedule? Schedule, int? Cliff, VestingFrequency? Frequency) ReadVesting(IReadOnlyDictionary<string, string> given)
    {
        if (!given.TryGetValue("vesting", out var value)) return (null, null, null);
        var entity = ChatRecognizer.ParseSingle(value, EntityType.Vesting)
            ?? throw Fail("vesting", $"expected 4y (even over 4 years), a schedule such as 5-15-40-40, or a named schedule ({string.Join(", ", NamedSchedules)}), but got {MentionGuard.InlineCode(value)}.");
        if (entity.Value < 0 || entity.Schedule?.Any(p => p < 0) == true)
            throw Fail("vesting", $"can't be negative (got {MentionGuard.InlineCode(value)}).");
        if (Frequency(entity.Canonical) is { } cadence)
            return (null, entity.Value is { } months ? WholeMonths("vesting", value, months) : null, cadence);
        if (entity.Schedule is { Count: > 0 } percentages)
        {
            var sum = percentages.Sum();
            if (sum != 100m)
                throw Fail("vesting", $"the yearly percentages {string.Join('/', percentages)} add up to {sum}%; they must add up to exactly 100%.", "vesting:5-15-40-40");
            if (percentages.Count > VestingSchedule.MaxYears)
                throw Fail("vesting", $"{percentages.Count} years is longer than the {VestingSchedule.MaxYears} years I work out.");
            return entity.Canonical switch
            {
                "even" => (VestingSchedule.Even(percentages.Count), null, null),
                "custom" or null => (VestingSchedule.FromPercentages(percentages), null, null),
                var name => (VestingSchedule.FromPercentages(percentages, name, isCommonShape: true), null, null),
            };
        }
        if (entity.Canonical == "even" && entity.Value is { } length)
        {
            var years = entity.Unit == "month" ? length / 12m : length;
            if (years != decimal.Truncate(years) || years < 1)
                throw Fail("vesting", $"expected whole years (4y, 48m), but got {MentionGuard.InlineCode(value)}.");
            if (years > VestingSchedule.MaxYears)
                throw Fail("vesting", $"{years} years is longer than the {VestingSchedule.MaxYears} years I work out.");
            return (VestingSchedule.Even((int)years), null, null);
        }
        throw Fail("vesting", $"expected 4y (even over 4 years), a schedule such as 5-15-40-40, or a named schedule ({string.Join(", ", NamedSchedules)}), but got {MentionGuard.InlineCode(value)}.");
    }

    private static readonly string[] NamedSchedules = ["even", "backloaded", "frontloaded"];

    private static int? ReadCliff(IReadOnlyDictionary<string, string> given, int? fromVesting)
    {
        if (!given.TryGetValue("cliff", out var value)) return fromVesting;
        var entity = ChatRecognizer.ParseSingle(value, EntityType.Duration)
            ?? throw Fail("cliff", $"expected a duration such as 12m or 1y, but got {MentionGuard.InlineCode(value)}.");
        if (entity.Value < 0) throw Fail("cliff", $"can't be negative (got {MentionGuard.InlineCode(value)}).");
        var months = WholeMonths("cliff", value, entity.Unit == "year" ? entity.Value!.Value * 12m : entity.Value!.Value);
        if (fromVesting is { } other && other != months)
            throw Fail("cliff", $"{MentionGuard.InlineCode(value)} disagrees with the {other}-month cliff in `vesting`; give the cliff once.");
        return months;
    }

    private static VestingFrequency? ReadFrequency(IReadOnlyDictionary<string, string> given, VestingFrequency? fromVesting)
    {
        if (!given.TryGetValue("frequency", out var value)) return fromVesting;
        var frequency = Frequency(ChatRecognizer.ParseSingle(value, EntityType.Vesting)?.Canonical)
            ?? throw Fail("frequency", $"expected one of {string.Join(", ", Options["frequency"].Choices)}, but got {MentionGuard.InlineCode(value)}.");
        if (fromVesting is { } other && other != frequency)
            throw Fail("frequency", $"{MentionGuard.InlineCode(value)} disagrees with `vesting`, which says {other.ToString().ToLowerInvariant()}; give the frequency once.");
        return frequency;
    }

    private static VestingFrequency? Frequency(string? canonical) => canonical switch
    {
        "monthly" => VestingFrequency.Monthly,
        "quarterly" => VestingFrequency.Quarterly,
        "annual" => VestingFrequency.Annual,
        _ => null,
    };

    private static int WholeMonths(string field, string value, decimal months)
    {
        if (months != decimal.Truncate(months) || months > VestingSchedule.MaxYears * 12)
            throw Fail(field, $"expected a whole number of months up to {VestingSchedule.MaxYears * 12} (12m, 1y), but got {MentionGuard.InlineCode(value)}.");
        return (int)months;
    }

    private static string OptionList() => string.Join(", ", CommandCatalog.OfferOptions.Select(o => $"`{o.Example}`"));

    private static OfferInputException Fail(string field, string problem, string? example = null) =>
        new(OfferInputError.For(Options[field], problem, example));

    /// <summary>Carries a field error out of the nested readers; never leaves this class.</summary>
    private sealed class OfferInputException(OfferInputError error) : Exception(error.Message)
    {
        public OfferInputError Error { get; } = error;
    }
}
