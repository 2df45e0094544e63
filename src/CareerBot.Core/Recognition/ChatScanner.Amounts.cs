namespace CareerBot.Core.Recognition;

/// <summary>Amounts: money, percentages, durations, ranges, and the vesting phrases built on them (25% per year, 1-year cliff).</summary>
internal sealed partial class ChatScanner
{
    private bool IsAmountLead(int i)
    {
        var c = _text[_t[i].Start];
        if (c is '~' or '\u2248') return i + 1 < _t.Count && Adjacent(i + 1) && (_t[i + 1].Kind == ChatTokenKind.Number || IsCurrencySign(i + 1));
        return IsCurrencySign(i);
    }

    private bool IsCurrencySign(int i) => CurrencyOfSign(i) is not null;

    private string? CurrencyOfSign(int i) =>
        i < _t.Count && _t[i].Kind == ChatTokenKind.Symbol
            ? _text[_t[i].Start] switch { '$' => "USD", '\u20AC' => "EUR", '\u00A3' => "GBP", _ => null }
            : null;

    private int MatchAmount(int i)
    {
        if (!ReadAmount(i, out var a)) return i;
        if (a.Kind == AmountKind.Skip) return a.End;
        if (TryRange(a, out var range)) return range;
        Resolve(ref a, IsPayContext(a.First, a.End), durationContext: false);
        switch (a.Kind)
        {
            case AmountKind.Money:
                var end = ExtendPerYear(a.End);
                Add(EntityType.Money, a.First, end, a.Value * a.Multiplier, a.Currency ?? "USD");
                return end;
            case AmountKind.Percent:
                // As an option value (growth:10%/yr) a percent per year is a rate, not a vesting schedule.
                if (_expected == EntityType.Percent) return Add(EntityType.Percent, a.First, ExtendPerYear(a.End), a.Value, "%");
                return MatchPercentVesting(a) is var vesting && vesting > a.End ? vesting : Add(EntityType.Percent, a.First, a.End, a.Value, "%");
            case AmountKind.Duration:
                return MatchDurationVesting(a) is var withVest && withVest > a.End ? withVest : Add(EntityType.Duration, a.First, a.End, a.Value, a.Unit);
            case AmountKind.Bare:
                return Add(EntityType.Number, a.First, a.End, a.Value, null);
            default:
                return a.End;
        }
    }

    /// <summary>200-230k, 200k-230k, $200K–$230K, 3-5 years, 10-15%: a bare low end takes the high end's magnitude and unit.</summary>
    private bool TryRange(Amount low, out int end)
    {
        end = low.End;
        var sep = low.End;
        var isDash = sep < _t.Count && _t[sep].Kind == ChatTokenKind.Symbol && _text[_t[sep].Start] is '-' or '\u2013' or '\u2014';
        var isBetweenAnd = IsWordText(sep, "and") && IsWordText(low.First - 1, "between");
        if (!isDash && !isBetweenAnd && !HasRole(sep, WordRoles.To)) return false;
        if (!ReadAmount(sep + 1, out var high) || high.Kind == AmountKind.Skip) return false;
        if (low is { Kind: AmountKind.Bare, Multiplier: 1m, MillionOrMonth: false, Billion: false })
        {
            low.Multiplier = high.Multiplier;
            low.MillionOrMonth = high.MillionOrMonth;
            low.UpperM = high.UpperM;
            low.Billion = high.Billion;
            low.Kind = high.Kind;
            low.Unit = high.Unit;
            low.YearLike = false;
        }
        low.Currency ??= high.Currency;
        high.Currency ??= low.Currency;
        var pay = IsPayContext(low.First, high.End);
        Resolve(ref low, pay, durationContext: false);
        Resolve(ref high, pay, durationContext: false);
        if (low.Kind != high.Kind || low.Kind is AmountKind.Bare or AmountKind.Skip || low.Unit != high.Unit || low.Currency != high.Currency) return false;
        var lowValue = low.Value * low.Multiplier;
        var highValue = high.Value * high.Multiplier;
        if (lowValue > highValue) return false;
        var (type, unit) = low.Kind switch
        {
            AmountKind.Money => (EntityType.Money, low.Currency ?? "USD"),
            AmountKind.Percent => (EntityType.Percent, "%"),
            _ => (EntityType.Duration, low.Unit),
        };
        end = type == EntityType.Money ? ExtendPerYear(high.End) : high.End;
        Add(type, low.First, end, lowValue, unit, max: highValue);
        return true;
    }

    /// <summary>Decides what a read amount is, from its currency, magnitude, the words around it and the expected option type.</summary>
    private void Resolve(ref Amount a, bool payContext, bool durationContext)
    {
        var moneyOption = _expected == EntityType.Money;
        if (a.Kind is AmountKind.Percent or AmountKind.Duration)
        {
            if (a.Currency is not null) a.Kind = AmountKind.Skip;
            return;
        }
        if (a.Billion)
        {
            // "7B" in ML chat is a parameter count; only money with a currency or beside a pay word.
            a.Kind = a.Currency is not null || moneyOption || payContext ? AmountKind.Money : AmountKind.Skip;
            a.Multiplier = 1_000_000_000m;
            return;
        }
        if (a.MillionOrMonth)
        {
            // The "m" rule: a currency always makes it million ($12m, 12m USD); otherwise capital M or a decimal (1.2M, 1.5m)
            // or a pay word (stock: 2m) reads million, and a lower-case whole number (12m, cliff 12m) reads months.
            var million = a.Currency is not null || moneyOption
                          || (!durationContext && _expected != EntityType.Duration && _expected != EntityType.Vesting && (a.UpperM || a.Fractional || payContext));
            if (million)
            {
                a.Kind = AmountKind.Money;
                a.Multiplier = 1_000_000m;
            }
            else
            {
                a.Kind = AmountKind.Duration;
                a.Unit = "month";
            }
            return;
        }
        if (a.Multiplier > 1m || a.Currency is not null || moneyOption) a.Kind = AmountKind.Money;
        else if (a.YearLike) a.Kind = AmountKind.Skip;
        // A small bare number beside a pay word is rarely a sum ("offer 2 is better", "base: 180" is ambiguous): from 1,000 up.
        else if (a.Grouped || (payContext && a.Value * a.Multiplier >= 1_000m)) a.Kind = AmountKind.Money;
        else if (a.Spelled) a.Kind = AmountKind.Skip;
    }

    /// <summary>Whether a pay word stands beside text[start..end) (see <see cref="IsPayContext(int, int)"/>), for an amount read by another layer.</summary>
    public static bool IsPayContext(string text, List<ChatToken> tokens, int start, int end)
    {
        var first = tokens.FindIndex(t => t.Start >= start);
        if (first < 0) return false;
        var after = tokens.FindIndex(first, t => t.Start >= end);
        return new ChatScanner(text, tokens, expected: null).IsPayContext(first, after < 0 ? tokens.Count : after);
    }

    /// <summary>A pay word just before (base: 180000, base of 180000, sign-on: 75000) or just after (180000 base, 600000 in stock).</summary>
    private bool IsPayContext(int first, int end)
    {
        var j = first - 1;
        for (var steps = 0; j >= 0 && steps < 4; steps++, j--)
        {
            var t = _t[j];
            if (t.Kind == ChatTokenKind.Word)
            {
                if (HasRole(j, WordRoles.Pay)) return true;
                if (!HasRole(j, WordRoles.PayFiller)) break;
            }
            else if (t.Kind != ChatTokenKind.Symbol || _text[t.Start] is not (':' or '=' or '-' or '~')) break;
        }
        if (HasRole(end, WordRoles.Pay)) return true;
        return IsWordText(end, "in") && HasRole(end + 1, WordRoles.Pay);
    }

    /// <summary>180k/yr, 180k per year, 180k a year: the period belongs to the amount's span.</summary>
    private int ExtendPerYear(int j)
    {
        if (IsSymbol(j, '/') && Adjacent(j) && HasRole(j + 1, WordRoles.YearPeriod) && Adjacent(j + 1)) return j + 2;
        if (HasRole(j, WordRoles.Per) && HasRole(j + 1, WordRoles.YearPeriod) && _t[j + 1].SpaceBefore) return j + 2;
        return j;
    }

    /// <summary>25% per year, 25% a year, 25%/yr, 25% annually: an even vesting schedule over 100/25 = 4 years.</summary>
    private int MatchPercentVesting(Amount a)
    {
        var j = a.End;
        int end;
        if (IsSymbol(j, '/') && HasRole(j + 1, WordRoles.YearPeriod)) end = j + 2;
        else if ((HasRole(j, WordRoles.Per) || HasRole(j, WordRoles.Each)) && HasRole(j + 1, WordRoles.YearPeriod)) end = j + 2;
        else if (CadenceOf(j) == "annual") end = j + 1;
        else return j;
        if (a.Value <= 0 || 100m % a.Value != 0) return j;
        var years = 100m / a.Value;
        if (years is < 2 or > 10) return j;
        for (var k = Math.Max(0, a.First - 2); k < a.First; k++)
            if (HasRole(k, WordRoles.Growth)) return j;
        if (HasRole(end, WordRoles.Growth)) return j;
        var schedule = new decimal[(int)years];
        Array.Fill(schedule, a.Value);
        return Add(EntityType.Vesting, a.First, end, years, "year", "even", schedule: schedule);
    }

    /// <summary>4 year vest, 4-year vesting, 1-year cliff, 12 month cliff.</summary>
    private int MatchDurationVesting(Amount a)
    {
        var j = a.End;
        if (IsSymbol(j, '-') && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1)) j++;
        if (HasRole(j, WordRoles.Cliff)) return Add(EntityType.Vesting, a.First, j + 1, InMonths(a), "month", "cliff");
        if (HasRole(j, WordRoles.Vest)) return Add(EntityType.Vesting, a.First, j + 1, a.Value, a.Unit, "even");
        return a.End;
    }

    private static decimal InMonths(Amount a) => a.Unit == "year" ? a.Value * 12m : a.Value;

    /// <summary>Reads a duration at <paramref name="j"/> inside a vesting phrase, where "12m" always means months.</summary>
    private bool ReadDuration(int j, out Amount a)
    {
        if (!ReadAmount(j, out a) || a.Kind == AmountKind.Skip) return false;
        Resolve(ref a, payContext: false, durationContext: true);
        return a.Kind == AmountKind.Duration;
    }

    private enum AmountKind : byte { Bare, Money, Percent, Duration, Skip }

    /// <summary>A number with what was written around it, before <see cref="Resolve"/> decides what it is.</summary>
    private struct Amount
    {
        public int First;
        public int End;
        public decimal Value;
        public decimal Multiplier;
        public string? Currency;
        public AmountKind Kind;
        public string? Unit;
        public bool MillionOrMonth;
        public bool UpperM;
        public bool Billion;
        public bool Spelled;
        public bool YearLike;
        public bool Grouped;
        public bool Fractional;
    }

    /// <summary>[~][$€£ | USD] number [k|m|M|mil|bn|y|mo|pct|%| thousand| million| years| percent| -year] [USD|dollars|euros].</summary>
    private bool ReadAmount(int i, out Amount a)
    {
        a = new Amount { First = i, Multiplier = 1m };
        var j = i;
        if (j >= _t.Count) return false;
        if (_t[j].Kind == ChatTokenKind.Symbol && _text[_t[j].Start] is '~' or '\u2248') j++;
        if (CurrencyOfSign(j) is { } sign)
        {
            a.Currency = sign;
            j++;
        }
        else if (IsWord(j) && _t[j].Word is { CurrencyCode: true } code && IsUpper(j) && j + 1 < _t.Count && _t[j + 1].Kind == ChatTokenKind.Number && _t[j + 1].SpaceBefore)
        {
            a.Currency = code.Currency;
            j++;
        }
        if (j >= _t.Count) return false;
        if (_t[j].Kind == ChatTokenKind.Number)
        {
            if (j > i && _t[j].SpaceBefore && a.Currency is null) return false;
            a.Value = _t[j].Number;
            a.Grouped = _t[j].Grouped;
            a.Fractional = _t[j].Fractional;
            a.YearLike = _t[j] is { Grouped: false, Fractional: false, Length: 4, Number: >= 1900m and <= 2100m };
            j++;
        }
        else if (IsWord(j) && ReadSpelled(j, out var spelled, out var spelledEnd))
        {
            a.Value = spelled;
            a.Spelled = true;
            j = spelledEnd;
        }
        else return false;

        j = ReadUnit(j, ref a);
        if (a.Kind == AmountKind.Skip)
        {
            a.End = j;
            return true;
        }
        if (a.Kind == AmountKind.Bare && IsWord(j) && _t[j].SpaceBefore && _t[j].Word?.Currency is { } named && (a.Currency is null || a.Currency == named))
        {
            a.Currency = named;
            j++;
        }
        if (a.Kind != AmountKind.Bare || a.Multiplier != 1m || a.MillionOrMonth || a.Billion || a.Currency is not null) a.YearLike = false;
        a.End = j;
        return true;
    }

    /// <summary>Reads what follows the number: a glued suffix (180k, 4y, 12m), a percent sign, a hyphenated unit (1-year) or a spaced word.</summary>
    private int ReadUnit(int j, ref Amount a)
    {
        if (IsWord(j) && Adjacent(j))
        {
            var suffix = _t[j].Word?.Suffix ?? AmountSuffix.None;
            switch (suffix)
            {
                case AmountSuffix.Thousand: a.Multiplier = 1_000m; break;
                case AmountSuffix.Million: a.Multiplier = 1_000_000m; break;
                case AmountSuffix.MillionOrMonth:
                    a.MillionOrMonth = true;
                    a.UpperM = _text[_t[j].Start] == 'M';
                    break;
                case AmountSuffix.Billion: a.Billion = true; break;
                case AmountSuffix.Year or AmountSuffix.Month:
                    a.Kind = AmountKind.Duration;
                    a.Unit = suffix == AmountSuffix.Year ? "year" : "month";
                    break;
                case AmountSuffix.Percent: a.Kind = AmountKind.Percent; break;
                default:
                    // 4x, 2nd, 8s in k8s, 7b-style names: glued letters that are not a unit make the whole run a name.
                    a.Kind = AmountKind.Skip;
                    return SkipIdentifier(j);
            }
            j++;
            if (j < _t.Count && Adjacent(j) && _t[j].Kind is ChatTokenKind.Word or ChatTokenKind.Number or ChatTokenKind.Opaque)
            {
                a.Kind = AmountKind.Skip;
                return SkipIdentifier(j);
            }
            if (IsSymbol(j, '+') && Adjacent(j)) j++;
            return j;
        }
        // "10+ years": the plus belongs to the span only when a unit follows it.
        if (IsSymbol(j, '+') && Adjacent(j) && IsWord(j + 1) && _t[j + 1].Word is { } unitAfterPlus
            && (unitAfterPlus.DurationUnit is not null || unitAfterPlus.PercentWord || unitAfterPlus.Scale > 0m))
            j++;
        if (IsSymbol(j, '%')) return SetKind(ref a, AmountKind.Percent, null, j + 1);
        if (IsSymbol(j, '-') && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1) && _t[j + 1].Word?.Suffix is AmountSuffix.Year or AmountSuffix.Month)
            return SetKind(ref a, AmountKind.Duration, _t[j + 1].Word!.Suffix == AmountSuffix.Year ? "year" : "month", j + 2);
        if (!IsWord(j) || _t[j].Word is not { } w) return j;
        if (w.Scale > 0m && !a.Spelled)
        {
            a.Multiplier = w.Scale;
            return j + 1;
        }
        if (w.DurationUnit is { } unit) return SetKind(ref a, AmountKind.Duration, unit, j + 1);
        if (w.PercentWord) return SetKind(ref a, AmountKind.Percent, null, j + 1);
        if (IsWordText(j, "per") && IsWordText(j + 1, "cent")) return SetKind(ref a, AmountKind.Percent, null, j + 2);
        return j;
    }

    private static int SetKind(ref Amount a, AmountKind kind, string? unit, int end)
    {
        a.Kind = kind;
        a.Unit = unit;
        return end;
    }

    /// <summary>
    /// Spelled-out numbers ("one hundred eighty thousand", "twenty-five", "a million") are parsed here rather than by
    /// Recognizers-Text: the grammar needed is tiny (units, tens, hundred, scales) and doing it in the same pass keeps
    /// the recognizer allocation-light and in the microsecond range.
    /// </summary>
    private bool ReadSpelled(int i, out decimal value, out int end)
    {
        value = 0m;
        end = i;
        decimal total = 0m, current = 0m;
        var last = NumberWordKind.None;
        // One "hundred" per group and scales only falling (million, then thousand): "one hundred one hundred thousand" or
        // "one thousand two million" is not one number, and the value stays far below decimal's range however long the run.
        var groupHasHundred = false;
        var lastScale = decimal.MaxValue;
        var j = i;
        if (HasRole(i, WordRoles.Article) && IsNumberScaleWord(i + 1))
        {
            current = 1m;
            last = NumberWordKind.Unit;
            j = i + 1;
        }
        while (j < _t.Count)
        {
            var k = j;
            if (k > i)
            {
                if (IsSymbol(k, '-') && Adjacent(k) && IsWord(k + 1) && Adjacent(k + 1)) k++;
                else if (IsWordText(k, "and") && last == NumberWordKind.Hundred && _t[k].SpaceBefore) k++;
                if (!IsWord(k) || (k == j && !_t[k].SpaceBefore)) break;
            }
            var w = _t[k].Word;
            if (w is null || w.NumberKind == NumberWordKind.None) break;
            var v = (decimal)w.NumberValue;
            var ok = w.NumberKind switch
            {
                NumberWordKind.Unit => last is not (NumberWordKind.Unit or NumberWordKind.Tens) || (last == NumberWordKind.Tens && v < 10),
                NumberWordKind.Tens => last is not (NumberWordKind.Unit or NumberWordKind.Tens),
                // "one hundred one hundred" is two numbers, not 101 × 100: a group takes "hundred" only once, and scales fall.
                NumberWordKind.Hundred => !groupHasHundred && last is NumberWordKind.Unit or NumberWordKind.Tens,
                _ => last is not NumberWordKind.None and not NumberWordKind.Scale && v < lastScale,
            };
            if (!ok) break;
            switch (w.NumberKind)
            {
                case NumberWordKind.Hundred:
                    current *= 100m;
                    groupHasHundred = true;
                    break;
                case NumberWordKind.Scale:
                    total += current * v;
                    current = 0m;
                    groupHasHundred = false;
                    lastScale = v;
                    break;
                default: current += v; break;
            }
            last = w.NumberKind;
            j = k + 1;
            end = j;
        }
        value = total + current;
        return end > i;
    }
}
