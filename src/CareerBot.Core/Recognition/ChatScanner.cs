namespace CareerBot.Core.Recognition;

/// <summary>
/// The single left-to-right pass of <see cref="ChatRecognizer"/> over one message's tokens. At each token it tries the
/// matchers that can start there (amount, vesting schedule, level, place, specialization), emits at most one entity and
/// jumps past it, so entities come out ordered and never overlap. Every look-around is bounded, so the pass is linear.
/// </summary>
internal sealed class ChatScanner
{
    private const int MaxScheduleParts = 12;

    private readonly string _text;
    private readonly List<ChatToken> _t;
    /// <summary>Set by <see cref="ChatRecognizer.ParseSingle"/>: the option being parsed is known to hold this type.</summary>
    private readonly EntityType? _expected;
    private readonly List<Entity> _found = [];

    private ChatScanner(string text, List<ChatToken> tokens, EntityType? expected)
    {
        _text = text;
        _t = tokens;
        _expected = expected;
    }

    public static List<Entity> Scan(string text, List<ChatToken> tokens, EntityType? expected)
    {
        var scanner = new ChatScanner(text, tokens, expected);
        var i = 0;
        while (i < tokens.Count)
        {
            var next = scanner.MatchAt(i);
            i = next > i ? next : i + 1;
        }
        return scanner._found;
    }

    /// <summary>Returns the index after what was consumed (an entity or something skipped on purpose), or <paramref name="i"/>.</summary>
    private int MatchAt(int i) => _t[i].Kind switch
    {
        ChatTokenKind.Number => MatchNumber(i),
        ChatTokenKind.Opaque => SkipIdentifier(i),
        ChatTokenKind.Symbol => IsAmountLead(i) ? MatchAmount(i) : i,
        _ => MatchWord(i),
    };

    // ---- numbers -------------------------------------------------------------------------------------------------

    private int MatchNumber(int i)
    {
        if (IsGluedToWord(i)) return SkipIdentifier(i);
        var token = _t[i];
        if (token is { Grouped: false, Fractional: false, Number: 401m or 403m or 457m })
        {
            // 401k, 403b, 401(k): a retirement plan, not an amount.
            if (IsPlanLetter(i + 1) && Adjacent(i + 1)) return SkipIdentifier(i + 1);
            if (IsSymbol(i + 1, '(') && Adjacent(i + 1) && IsPlanLetter(i + 2) && Adjacent(i + 2) && IsSymbol(i + 3, ')') && Adjacent(i + 3)) return i + 4;
        }
        var afterChain = MatchSchedule(i);
        return afterChain > i ? afterChain : MatchAmount(i);
    }

    /// <summary>p99, k8s, gpt-4, v2: digits glued to a word (directly or by a hyphen) are part of a name.</summary>
    private bool IsGluedToWord(int i)
    {
        if (i == 0 || _t[i].SpaceBefore) return false;
        var previous = _t[i - 1];
        if (previous.Kind is ChatTokenKind.Word or ChatTokenKind.Opaque) return true;
        return previous.Kind == ChatTokenKind.Symbol && _text[previous.Start] is '-' or '_' or '.' or '#' or '@' && i >= 2 && !previous.SpaceBefore
               && _t[i - 2].Kind is ChatTokenKind.Word or ChatTokenKind.Opaque;
    }

    private bool IsPlanLetter(int i) => IsWord(i) && _t[i].Length == 1 && _text[_t[i].Start] is 'k' or 'K' or 'b' or 'B';

    /// <summary>Skips a run of glued words, digits and joiners (k8s, gpt-4o, v1_2).</summary>
    private int SkipIdentifier(int i)
    {
        var j = i + 1;
        while (j < _t.Count && !_t[j].SpaceBefore)
        {
            var k = _t[j].Kind;
            if (k is ChatTokenKind.Word or ChatTokenKind.Number or ChatTokenKind.Opaque) j++;
            else if (k == ChatTokenKind.Symbol && _text[_t[j].Start] is '-' or '_' or '.' && j + 1 < _t.Count && !_t[j + 1].SpaceBefore
                     && _t[j + 1].Kind is ChatTokenKind.Word or ChatTokenKind.Number) j += 2;
            else break;
        }
        return j;
    }

    /// <summary>
    /// Numbers chained by one separator with no spaces: 5/15/40/40, 33-33-22-12, 25%/25%/25%/25%. Three or more parts
    /// summing to 100 are a vesting schedule; other chains (dates 11/23/2026, phone numbers, 50/50, 24/7) are skipped.
    /// Two parts joined by a hyphen are left to <see cref="MatchAmount"/>, which reads them as a range (200-230k).
    /// </summary>
    private int MatchSchedule(int i)
    {
        Span<decimal> parts = stackalloc decimal[MaxScheduleParts];
        var count = 0;
        var separator = '\0';
        var j = i;
        while (true)
        {
            if (count < MaxScheduleParts) parts[count] = _t[j].Number;
            count++;
            j++;
            if (IsSymbol(j, '%') && Adjacent(j)) j++;
            if (!(j + 1 < _t.Count && _t[j].Kind == ChatTokenKind.Symbol && Adjacent(j) && _t[j + 1].Kind == ChatTokenKind.Number && Adjacent(j + 1)))
                break;
            var c = _text[_t[j].Start];
            if (c is not ('/' or '-' or '\u2013') || (separator != '\0' && c != separator)) break;
            separator = c;
            j++;
        }
        if (count < 2) return i;
        var vestingOption = _expected == EntityType.Vesting;
        if (count == 2 && separator != '/' && !vestingOption) return i;
        var gluedAfter = j < _t.Count && Adjacent(j) && _t[j].Kind is ChatTokenKind.Word or ChatTokenKind.Number or ChatTokenKind.Opaque;
        if (gluedAfter || count > MaxScheduleParts) return SkipIdentifier(j - 1);
        var schedule = parts[..count];
        var sum = 0m;
        var positive = true;
        foreach (var p in schedule)
        {
            sum += p;
            positive &= p > 0;
        }
        if (vestingOption || (count >= 3 && sum == 100m && positive))
            Add(EntityType.Vesting, i, j, null, null, "custom", schedule: schedule.ToArray());
        return j;
    }

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
        if (!isDash && !HasRole(sep, WordRoles.To)) return false;
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
        else if (a.Grouped || payContext) a.Kind = AmountKind.Money;
        else if (a.Spelled) a.Kind = AmountKind.Skip;
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

    /// <summary>180k/yr, 180k per year, 180k a year: the period belongs to the money span.</summary>
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

    // ---- words ---------------------------------------------------------------------------------------------------

    private int MatchWord(int i)
    {
        var w = _t[i].Word;
        if (w is null) return i;
        if (w.LevelLadder && MatchLevelCode(i) is var code && code > i) return code;
        if (w.NumberKind != NumberWordKind.None || (w.CurrencyCode && IsUpper(i)) || (HasRole(i, WordRoles.Article) && IsNumberScaleWord(i + 1)))
        {
            var amount = MatchAmount(i);
            if (amount > i) return amount;
        }
        if ((w.Roles & WordRoles.Vest) != 0 && MatchVestPhrase(i) is var vest && vest > i) return vest;
        if (w.Cadence is not null && MatchCadence(i, i) is var cadence && cadence > i) return cadence;
        if ((w.Roles & WordRoles.Cliff) != 0 && MatchCliffOf(i) is var cliff && cliff > i) return cliff;
        foreach (var phrase in w.Phrases)
        {
            var end = MatchPhrase(i, phrase);
            if (end > i) return Add(phrase.Type, i, end, null, null, phrase.Canonical);
        }
        return i;
    }

    private bool IsNumberScaleWord(int i) => IsWord(i) && _t[i].Word is { NumberKind: NumberWordKind.Hundred or NumberWordKind.Scale };

    /// <summary>L3..L10, E3..E10, IC1..IC9 → entry, mid, senior, staff, principal.</summary>
    private int MatchLevelCode(int i)
    {
        var n = i + 1;
        if (n >= _t.Count || _t[n].Kind != ChatTokenKind.Number || !Adjacent(n) || _t[n].Grouped || _t[n].Fractional) return i;
        if (n + 1 < _t.Count && Adjacent(n + 1) && _t[n + 1].Kind is ChatTokenKind.Word or ChatTokenKind.Number or ChatTokenKind.Opaque) return i;
        var ic = _t[i].Length == 2;
        var level = _t[n].Number;
        string? canonical = ic
            ? level switch { >= 1 and <= 3 => "entry", 4 => "mid", 5 => "senior", 6 => "staff", >= 7 and <= 9 => "principal", _ => null }
            : level switch { 3 => "entry", 4 => "mid", 5 => "senior", 6 => "staff", >= 7 and <= 10 => "principal", _ => null };
        return canonical is null ? i : Add(EntityType.Level, i, n + 1, null, null, canonical);
    }

    /// <summary>vesting over 4 years, vests over 48 months, vesting monthly after a 1-year cliff.</summary>
    private int MatchVestPhrase(int i)
    {
        var j = i + 1;
        if (CadenceOf(j) is not null) return MatchCadence(i, j);
        if (!HasRole(j, WordRoles.Over)) return i;
        j++;
        if (HasRole(j, WordRoles.Article)) j++;
        return ReadDuration(j, out var d) ? Add(EntityType.Vesting, i, d.End, d.Value, d.Unit, "even") : i;
    }

    /// <summary>monthly after a 1-year cliff, quarterly vesting with a 12 month cliff, monthly vesting, vests quarterly.</summary>
    private int MatchCadence(int start, int cadenceToken)
    {
        var cadence = CadenceOf(cadenceToken)!;
        var vestWord = start < cadenceToken;
        var j = cadenceToken + 1;
        if (HasRole(j, WordRoles.Vest))
        {
            vestWord = true;
            j++;
        }
        if (HasRole(j, WordRoles.After))
        {
            var k = j + 1;
            if (HasRole(k, WordRoles.Article)) k++;
            if (ReadDuration(k, out var d))
            {
                var c = d.End;
                if (IsSymbol(c, '-') && Adjacent(c)) c++;
                if (HasRole(c, WordRoles.Cliff)) return Add(EntityType.Vesting, start, c + 1, InMonths(d), "month", cadence);
            }
        }
        return vestWord ? Add(EntityType.Vesting, start, j, null, null, cadence) : start;
    }

    /// <summary>cliff of 12 months, cliff: 1 year.</summary>
    private int MatchCliffOf(int i)
    {
        var j = i + 1;
        if (IsWordText(j, "of") || IsSymbol(j, ':')) j++;
        return ReadDuration(j, out var d) ? Add(EntityType.Vesting, i, d.End, InMonths(d), "month", "cliff") : i;
    }

    private string? CadenceOf(int i) => IsWord(i) ? _t[i].Word?.Cadence : null;

    /// <summary>Matches a multi-word name from its first word; returns the token after it, or <paramref name="i"/>.</summary>
    private int MatchPhrase(int i, LexiconPhrase phrase)
    {
        if (phrase.ExactCase && !_text.AsSpan(_t[i].Start, _t[i].Length).SequenceEqual(phrase.First)) return i;
        var j = i + 1;
        foreach (var part in phrase.Rest)
        {
            if (IsSymbol(j, '-') && Adjacent(j) && IsWord(j + 1) && Adjacent(j + 1)) j++;
            else if (!IsWord(j) || !_t[j].SpaceBefore) return i;
            if (!_text.AsSpan(_t[j].Start, _t[j].Length).Equals(part, StringComparison.OrdinalIgnoreCase)) return i;
            j++;
        }
        if (j < _t.Count && Adjacent(j) && _t[j].Kind is ChatTokenKind.Word or ChatTokenKind.Number or ChatTokenKind.Opaque) return i;
        if (phrase.NeedsRoleNoun && !HasRole(j, WordRoles.RoleNoun)) return i;
        if (phrase.NotBefore is { } notBefore)
            foreach (var word in notBefore)
                if (IsWordText(j, word))
                    return i;
        if (phrase.NeedsMlContext && !HasMlContext(i, j)) return i;
        return j;
    }

    /// <summary>"CV" is computer vision only next to ML words ("CV engineer", "NLP or CV", "ML/CV"), never after "my"/"the".</summary>
    private bool HasMlContext(int first, int end)
    {
        var before = first - 1;
        if (HasRole(before, WordRoles.Determiner)) return false;
        if (HasRole(before, WordRoles.MlLead) || IsSymbol(before, '/')) return true;
        return HasRole(end, WordRoles.RoleNoun) || IsSymbol(end, '/');
    }

    // ---- reading amounts -----------------------------------------------------------------------------------------

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
                NumberWordKind.Hundred => last == NumberWordKind.Unit || (last == NumberWordKind.Tens),
                _ => last is not NumberWordKind.None and not NumberWordKind.Scale,
            };
            if (!ok) break;
            switch (w.NumberKind)
            {
                case NumberWordKind.Hundred: current *= 100m; break;
                case NumberWordKind.Scale:
                    total += current * v;
                    current = 0m;
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

    // ---- token helpers -------------------------------------------------------------------------------------------

    private bool Adjacent(int i) => i < _t.Count && !_t[i].SpaceBefore;

    private bool IsWord(int i) => i >= 0 && i < _t.Count && _t[i].Kind == ChatTokenKind.Word;

    private bool HasRole(int i, WordRoles role) => IsWord(i) && _t[i].Word is { } w && (w.Roles & role) != 0;

    private bool IsWordText(int i, string word) => IsWord(i) && _text.AsSpan(_t[i].Start, _t[i].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int i, char c) => i >= 0 && i < _t.Count && _t[i].Kind == ChatTokenKind.Symbol && _text[_t[i].Start] == c;

    private bool IsUpper(int i)
    {
        foreach (var c in _text.AsSpan(_t[i].Start, _t[i].Length))
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Adds an entity covering tokens [first, end) and returns <paramref name="end"/>.</summary>
    private int Add(EntityType type, int first, int end, decimal? value, string? unit, string? canonical = null, decimal? max = null, decimal[]? schedule = null)
    {
        var start = _t[first].Start;
        var stop = _t[end - 1].End;
        _found.Add(new Entity(type, _text[start..stop], start, stop, value, unit, canonical) { Max = max, Schedule = schedule });
        return end;
    }
}
