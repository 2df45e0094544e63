namespace CareerBot.Core.Recognition;

/// <summary>Words: level codes and names, places, specializations, and worded vesting (vesting over 4 years, monthly after a cliff).</summary>
internal sealed partial class ChatScanner
{
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
        var end = n + 1;
        // "L5s" is the plural of a level.
        if (IsWordText(end, "s") && Adjacent(end)) end++;
        if (end < _t.Count && Adjacent(end) && _t[end].Kind is ChatTokenKind.Word or ChatTokenKind.Number or ChatTokenKind.Opaque) return i;
        var ic = _t[i].Length == 2;
        var level = _t[n].Number;
        string? canonical = ic
            ? level switch { >= 1 and <= 3 => "entry", 4 => "mid", 5 => "senior", 6 => "staff", >= 7 and <= 9 => "principal", _ => null }
            : level switch { 3 => "entry", 4 => "mid", 5 => "senior", 6 => "staff", >= 7 and <= 10 => "principal", _ => null };
        return canonical is null ? i : Add(EntityType.Level, i, end, null, null, canonical);
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

    /// <summary>The end of the text, a clause mark (, . ? ! ; : ) /), or "or"/"vs"/"to"/"and" followed by another level.</summary>
    private bool EndsClauseOrJoinsLevel(int j)
    {
        if (j >= _t.Count) return true;
        if (_t[j].Kind == ChatTokenKind.Symbol) return _text[_t[j].Start] is ',' or '.' or '?' or '!' or ';' or ':' or ')' or '/';
        if (!(IsWordText(j, "or") || IsWordText(j, "vs") || IsWordText(j, "to") || IsWordText(j, "and")) || !IsWord(j + 1)) return false;
        var next = _t[j + 1].Word;
        if (next is null) return false;
        if (next.LevelLadder) return true;
        foreach (var p in next.Phrases)
            if (p.Type == EntityType.Level) return true;
        return false;
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
        // An option value already says what it is (level:mid, specialization:CV), so the neighbours need not.
        var asOption = _expected == phrase.Type;
        if (phrase.NeedsRoleNoun && !asOption && !HasRole(j, WordRoles.RoleNoun) && !(phrase.OrEndingClause && EndsClauseOrJoinsLevel(j))) return i;
        if (phrase.NotBefore is { } notBefore)
            foreach (var word in notBefore)
                if (IsWordText(j, word))
                    return i;
        if (phrase.NeedsMlContext && !asOption && !HasMlContext(i, j)) return i;
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
}
