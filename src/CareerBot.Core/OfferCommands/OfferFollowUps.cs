using CareerBot.Core.Commands;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.OfferCommands;

/// <summary>
/// Follow-ups on the conversation's last offer: "what if the base were 190k?", "and with a 40k signing bonus?",
/// "without the sign-on?" work the offer out again with the change and say what changed; "why does year 1 pay more?"
/// explains from the offer's own figures; "valuation is $500M" counts equity that was given as a percent of the
/// company. A message that is none of these, or comes with no offer in the conversation, is left to the rest.
/// </summary>
public sealed class OfferFollowUps(KnowledgeBase knowledge, ConversationContextStore conversations, TimeProvider time)
{
    /// <summary>How a change is introduced: "what if …", "and with …", "without …", "same but …".</summary>
    private static readonly string[] ChangeOpenings =
    [
        "what if", "what about", "how about", "what would", "what happens if", "and ", "with ", "without ", "w/o ", "if ", "say ", "suppose",
        "assume", "assuming", "let's say", "lets say", "same but", "same with", "same offer", "but ", "plus ", "minus ", "no ", "drop ",
        "remove ", "take out", "now ", "then ", "bump ", "make it", "make the", "change ", "raise ", "lower ", "try ", "redo ", "recalc",
    ];

    private static readonly string[] Fillers = ["ok", "okay", "so", "hmm", "cool", "nice", "thanks", "thx", "alright", "right", "got it"];

    private static readonly string[] RemovalWords = ["without", "w/o", "no", "drop", "remove", "minus", "excluding", "exclude", "skip", "lose", "out"];


    /// <summary>"is that good for a senior?": words that judge the offer just shown.</summary>
    private static readonly string[] JudgingWords = ["good", "fair", "decent", "ok", "okay", "competitive", "low", "high", "lowball", "reasonable", "compare", "compares", "market"];

    public Reply? Answer(IncomingMessage message, string text, IReadOnlyList<Entity> entities)
    {
        var state = conversations.Get(ConversationContextStore.KeyFor(message));
        if (state?.LastComparison is { } pair) return OnComparison(message, text, entities, pair);
        if (state?.LastOffer is not { Terms: { } terms } last) return null;
        var words = ChatWords.Of(text);
        if (OfferYearExplanation.Asks(words))
            return new Reply(ReplyKind.Answer, OfferCommandHandler.Intent, 1,
                OfferYearExplanation.Explain(OfferCalculator.Calculate(terms), words) + "\n\nAsk \"what if …\" to change a part of the offer and see it again.");
        if (OfferYearExplanation.AsksForYear(words) && !entities.Any(e => e.Type is EntityType.Money or EntityType.Percent))
            return new Reply(ReplyKind.Answer, OfferCommandHandler.Intent, 1,
                OfferYearExplanation.DescribeYears(OfferCalculator.Calculate(terms), words) + "\n\nAsk \"why does year 1 pay more?\" to compare two years, or \"what if …\" to change a part of the offer.");
        if (Valued(last, words, entities) is { } valued)
            return Changed(message, last, valued.Offer, $"Counting your {valued.Heading}");
        if (entities.FirstOrDefault(e => e.Type == EntityType.Level)?.Canonical is { } named && SalaryLevel.Parse(named) is { } level
            && words.Any(w => w is "that" or "it" or "this") && words.Any(w => JudgingWords.Contains(w))
            && !entities.Any(e => e.Type is EntityType.Money or EntityType.Percent))
            return Placed(message, last with { Level = level });
        if (ComparesWithLast(words) && new OfferTextDetector().Detect(text, entities) is { Name: "offer" } other)
            return ComparedWithLast(message, text, last, other);
        if (!OpensChange(text) || IsAnotherOffer(text, words)) return null;
        return Apply(last, text, entities, words) switch
        {
            null => null,
            ({ } changed, _) => Changed(message, last, changed, "Your last offer with that change"),
            (_, var problem) => Problem(problem!),
        };
    }

    /// <summary>
    /// "valuation is $500M", "last round was at 800M": equity given as a percent of the company counted at that valuation,
    /// and the heading that says so; null when the offer has no such equity or the message gives no valuation.
    /// </summary>
    private static (OfferInput Offer, string Heading)? Valued(OfferInput offer, List<string> words, IReadOnlyList<Entity> entities)
    {
        if (offer.Terms is not { EquityPercent: { } equity, Stock: null } terms || !EquityStakeQuestion.NamesValuation(words)
            || entities.FirstOrDefault(e => e.Type == EntityType.Money && e.Max is null) is not { Value: > 0 and var valuation }) return null;
        return (offer with { Terms = terms with { Stock = Math.Round(equity / 100m * valuation, 2) } },
            $"{MoneyText.Percent(equity)} equity at a {MoneyText.Format(valuation, terms.Currency)} valuation");
    }

    /// <summary>"compare that to my current job: 150k base, 15k bonus": the last offer as A, the one in the message as B.</summary>
    private Reply ComparedWithLast(IncomingMessage message, string text, OfferInput last, ParsedCommand other)
    {
        var next = OfferCommandReader.Read(other);
        if (next.Error is { } error) return Problem("the offer to compare it with: " + error.Message);
        if (next.Terms!.Currency != last.Terms!.Currency)
            return Problem($"it is in {last.Terms.Currency} and the one to compare is in {next.Terms.Currency}; I never subtract amounts in different currencies and don't convert them.");
        var pair = new OfferPair(last, next);
        OfferReply.Remember(conversations, time, message, pair);
        return CompareCommandHandler.Build(knowledge.Current, pair,
            "**A is your last offer; B is the one in your message.** " + OfferMarkdown.ReadAs(other));
    }

    /// <summary>"compare that to …", "how does it stack up against …": the message's offer is set against the last one.</summary>
    private static bool ComparesWithLast(List<string> words) =>
        words.Any(w => w is "compare" or "compared" or "comparing" or "vs" or "versus" or "against")
        && words.Any(w => w is "that" or "it" or "this" or "last" or "previous" or "first");

    /// <summary>"what if B's base were 210k?", "and if A's stock doubles": the comparison again, with one side changed.</summary>
    private Reply? OnComparison(IncomingMessage message, string text, IReadOnlyList<Entity> entities, OfferPair pair)
    {
        var words = ChatWords.Of(text);
        if (ComparisonSummary.Asks(words) && Side(words, pair.Names) is null && !entities.Any(e => e.Type is EntityType.Money or EntityType.Percent))
            return new Reply(ReplyKind.Answer, CompareCommandHandler.Intent, 1, ComparisonSummary.Describe(pair));
        // One side's equity was a percent of the company: a valuation counts it there.
        if (new[] { (pair.A, "A"), (pair.B, "B") }.Select(p => (Valued: Valued(p.Item1, words, entities), Name: p.Item2)).Where(v => v.Valued is not null).ToList() is [var only])
        {
            var counted = only.Name == "A" ? pair with { A = only.Valued!.Value.Offer } : pair with { B = only.Valued!.Value.Offer };
            OfferReply.Remember(conversations, time, message, counted);
            return CompareCommandHandler.Build(knowledge.Current, counted, $"**Offer {only.Name}: counting the {only.Valued!.Value.Heading}.**\n\n");
        }
        if (Side(words, pair.Names) is not { } side || !OpensChange(text) && !words.Any(w => Multipliers.ContainsKey(w))) return null;
        var before = side == 0 ? pair.A : pair.B;
        var name = side == 0 ? "A" : "B";
        switch (Apply(before, text, entities, words))
        {
            case null:
                return null;
            case (null, var problem):
                return new Reply(ReplyKind.InputError, CompareCommandHandler.Intent, 1, $"About offer {name}: {problem}");
            case ({ } after, _):
                var differences = OfferTermsDiff.Describe(before.Terms!, after.Terms!);
                if (differences.Count == 0)
                    return new Reply(ReplyKind.Answer, CompareCommandHandler.Intent, 1,
                        $"That is what offer {name} already has, so nothing changes. Ask \"what if …\" with a different figure.");
                var changed = side == 0 ? pair with { A = after } : pair with { B = after };
                OfferReply.Remember(conversations, time, message, changed);
                return CompareCommandHandler.Build(knowledge.Current, changed, $"**Offer {name}: {string.Join("; ", differences)}.**\n\n");
        }
    }

    /// <summary>The offer with the message's change applied, or what is wrong with the change; null when the message changes nothing.</summary>
    private static (OfferInput? Changed, string? Problem)? Apply(OfferInput last, string text, IReadOnlyList<Entity> entities, List<string> words)
    {
        var removed = Removed(words);
        var scaled = Scaled(words, last.Terms!);
        var parts = OfferTextDetector.Parts(text, entities) ?? [];
        var changes = OfferTextDetector.Options(text, entities, parts, 0, text.Length);
        // A level alone ("what if I were senior?") is a pay question for the knowledge base, not a change to the offer.
        if (changes.Keys.All(k => k == "level")) changes.Clear();
        if (removed.Count == 0 && changes.Count == 0 && scaled is null) return null;
        if (removed.Contains("base"))
            return (null, "the base salary can't be left out; an offer needs one. Give another figure instead, e.g. \"what if the base were 190k?\"");
        var start = last with { Terms = removed.Aggregate(scaled ?? last.Terms!, Without) };
        if (changes.Count == 0) return (start, null);
        if (parts.GroupBy(p => p.Label).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return (null, $"`{twice.Key}` is given more than once ({string.Join(" and ", twice.Select(p => MentionGuard.InlineCode(p.Amount.Text)))}); change one figure at a time.");
        var command = new ParsedCommand(CommandCatalog.Offer.Name, changes, [], string.Join(' ', changes.Select(c => $"{c.Key}:{c.Value}")));
        var changed = OfferCommandReader.Read(command, start);
        return changed.Error is { } error ? (null, error.Message) : (changed, null);
    }

    /// <summary>Which side of a comparison a message names: "A's", "offer b", "b", "the first one", or the member's own name for it ("bigco"); null when none or both.</summary>
    private static int? Side(List<string> words, (string A, string B)? names)
    {
        var sides = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (names is var (nameA, nameB) && words[i].TrimEnd('s').TrimEnd('\'') is var bare)
            {
                if (bare == nameA || words[i] == nameA) sides.Add(0);
                if (bare == nameB || words[i] == nameB) sides.Add(1);
            }
            var (word, previous, next) = (words[i], i > 0 ? words[i - 1] : "", i + 1 < words.Count ? words[i + 1] : "");
            if (word == "a's" && next.Length > 0 && OfferTextDetector.PartNamed(next) is not null || previous is "offer" or "option" && word == "a"
                || word == "a" && next is "had" or "has" or "was" or "were" or "gets" or "got" or "paid" or "pays" or "" || word is "first" or "1st" && next is "offer" or "one")
                sides.Add(0);
            if (word is "b" or "b's" || word is "second" or "2nd" && next is "offer" or "one")
                sides.Add(1);
        }
        return sides.Count == 1 ? sides.Single() : null;
    }

    /// <summary>"doubles", "2x", "halved": a factor for the offer part named next to it.</summary>
    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.Ordinal)
    {
        ["double"] = 2, ["doubles"] = 2, ["doubled"] = 2, ["2x"] = 2, ["triple"] = 3, ["triples"] = 3, ["tripled"] = 3, ["3x"] = 3,
        ["half"] = 0.5m, ["halves"] = 0.5m, ["halved"] = 0.5m,
    };

    /// <summary>The terms with a named part scaled ("A's stock doubles": the grant twice as large); null when no part is scaled.</summary>
    private static OfferTerms? Scaled(List<string> words, OfferTerms terms)
    {
        var at = words.FindIndex(Multipliers.ContainsKey);
        if (at < 0) return null;
        var near = words.Skip(Math.Max(0, at - 3)).Take(Math.Min(at, 3)).Concat(words.Skip(at + 1).Take(3));
        if (OfferTextDetector.PartNamed(string.Join(' ', near)) is not { } part) return null;
        var factor = Multipliers[words[at]];
        decimal? Times(decimal? value) => value is { } v ? Math.Round(v * factor, 2) : null;
        AmountOrPercent? TimesPart(AmountOrPercent? value) => value is { } v ? v with { Value = Math.Round(v.Value * factor, 2) } : null;
        return part switch
        {
            "base" => terms with { Base = Times(terms.Base)!.Value },
            "stock" => terms with { Stock = Times(terms.Stock), StockPerYear = Times(terms.StockPerYear) },
            "bonus" => terms with { Bonus = TimesPart(terms.Bonus) },
            "signon" => terms with { SignOn = Times(terms.SignOn), SignOn2 = Times(terms.SignOn2) },
            "refresh" => terms with { Refresh = Times(terms.Refresh) },
            _ => null,
        };
    }

    private Reply Changed(IncomingMessage message, OfferInput before, OfferInput after, string heading)
    {
        var differences = OfferTermsDiff.Describe(before.Terms!, after.Terms!);
        if (differences.Count == 0)
            return new Reply(ReplyKind.Answer, OfferCommandHandler.Intent, 1,
                "That is what your last offer already has, so nothing changes. Ask \"what if …\" with a different figure, or paste a new offer.");
        var (old, now) = (OfferCalculator.Calculate(before.Terms!), OfferCalculator.Calculate(after.Terms!));
        var lead = $"**{heading}:** {string.Join("; ", differences)}.\n"
            + $"Year 1 {Shift(old.FirstYearTotal, now.FirstYearTotal, now)} · {now.Years.Count}-year total {Shift(old.PeriodTotal, now.PeriodTotal, now)}"
            + (old.Years.Count != now.Years.Count ? $" (was a {old.Years.Count}-year total)" : "")
            + (before.Terms!.CliffMonths != after.Terms!.CliffMonths && old.Years.Select(y => y.Total).SequenceEqual(now.Years.Select(y => y.Total))
                ? "\nThe yearly totals don't move: this cliff changes when in the year the stock vests, not how much has vested by the year's end." : "")
            + "\n\n";
        OfferReply.Remember(conversations, time, message, after);
        return OfferReply.Build(knowledge.Current, after, lead);
    }

    /// <summary>The last offer again, placed against one level's sourced figures.</summary>
    private Reply Placed(IncomingMessage message, OfferInput offer)
    {
        OfferReply.Remember(conversations, time, message, offer);
        return OfferReply.Build(knowledge.Current, offer,
            $"**Your last offer against the {SalaryBands.LevelName(offer.Level!)} figures** (the placement below; the table is the same offer):\n\n");
    }

    private static string Shift(decimal old, decimal now, OfferBreakdown offer)
    {
        var difference = now - old;
        var signed = difference switch { > 0 => "+" + OfferMarkdown.Money(difference, offer), < 0 => OfferMarkdown.Money(difference, offer), _ => "no change" };
        return $"{OfferMarkdown.Money(old, offer)} → **{OfferMarkdown.Money(now, offer)}** ({signed})";
    }

    private static Reply Problem(string message) => new(ReplyKind.InputError, OfferCommandHandler.Intent, 1, "About your last offer: " + message);

    private static bool OpensChange(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        foreach (var filler in Fillers)
            if (t.StartsWith(filler + " ", StringComparison.Ordinal) || t.StartsWith(filler + ",", StringComparison.Ordinal))
                t = t[filler.Length..].TrimStart(' ', ',');
        return ChangeOpenings.Any(o => t.StartsWith(o, StringComparison.Ordinal)) || t.Contains(" instead", StringComparison.Ordinal);
    }

    /// <summary>"and the other offer is 190k base …": a second offer, not a change to the last one.</summary>
    private static bool IsAnotherOffer(string text, IReadOnlyList<string> words) =>
        words.Any(w => w is "other" or "another" or "second" or "2nd") || text.Contains("new offer", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parts named right after "without", "no", "drop" …: "without the sign-on", "no bonus", "drop the refreshers", "no cliff".</summary>
    private static HashSet<string> Removed(IReadOnlyList<string> words)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (!RemovalWords.Contains(words[i])) continue;
            var named = words.Skip(i + 1).Take(3).ToList();
            if (OfferTextDetector.PartNamed(string.Join(' ', named)) is { } part) removed.Add(part);
            else if (named.Contains("cliff")) removed.Add("cliff");
        }
        return removed;
    }

    private static OfferTerms Without(OfferTerms terms, string part) => part switch
    {
        "bonus" => terms with { Bonus = null },
        "stock" => terms with { Stock = null, StockPerYear = null, EquityPercent = null },
        "signon" => terms with { SignOn = null, SignOn2 = null },
        "refresh" => terms with { Refresh = null },
        "match" => terms with { Match = null },
        "cliff" => terms with { CliffMonths = null },
        _ => terms,
    };
}
