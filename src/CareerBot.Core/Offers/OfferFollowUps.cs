using CareerBot.Core.Commands;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Pipeline;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.Offers;

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

    private static readonly string[] ValuationWords = ["valuation", "valued", "valuing", "worth", "valuations"];

    /// <summary>"is that good for a senior?": words that judge the offer just shown.</summary>
    private static readonly string[] JudgingWords = ["good", "fair", "decent", "ok", "okay", "competitive", "low", "high", "lowball", "reasonable", "compare", "compares", "market"];

    public Reply? Answer(IncomingMessage message, string text, IReadOnlyList<Entity> entities)
    {
        if (conversations.Get(ConversationContextStore.KeyFor(message))?.LastOffer is not { Terms: { } terms } last) return null;
        var words = Words(text);
        if (OfferYearExplanation.Asks(words))
            return new Reply(ReplyKind.Answer, OfferCommandHandler.Intent, 1,
                OfferYearExplanation.Explain(OfferCalculator.Calculate(terms), words) + "\n\nAsk \"what if …\" to change a part of the offer and see it again.");
        if (terms.EquityPercent is { } equity && terms.Stock is null && words.Any(w => ValuationWords.Contains(w))
            && entities.FirstOrDefault(e => e.Type == EntityType.Money && e.Max is null) is { Value: > 0 } valuation)
            return Changed(message, last, last with { Terms = terms with { Stock = Math.Round(equity / 100m * valuation.Value!.Value, 2) } },
                $"Counting your {MoneyText.Percent(equity)} equity at a {MoneyText.Format(valuation.Value!.Value, terms.Currency)} valuation");
        if (entities.FirstOrDefault(e => e.Type == EntityType.Level)?.Canonical is { } named && SalaryLevel.Parse(named) is { } level
            && words.Any(w => w is "that" or "it" or "this") && words.Any(w => JudgingWords.Contains(w))
            && !entities.Any(e => e.Type is EntityType.Money or EntityType.Percent))
            return Placed(message, last with { Level = level });
        if (!OpensChange(text) || IsAnotherOffer(text, words)) return null;

        var removed = Removed(words);
        var parts = OfferTextDetector.Parts(text, entities) ?? [];
        var changes = OfferTextDetector.Options(text, entities, parts, 0, text.Length);
        // A level alone ("what if I were senior?") is a pay question for the knowledge base, not a change to the offer.
        if (changes.Keys.All(k => k == "level")) changes.Clear();
        if (removed.Count == 0 && changes.Count == 0) return null;
        if (removed.Contains("base"))
            return Problem("the base salary can't be left out; an offer needs one. Give another figure instead, e.g. \"what if the base were 190k?\"");
        var start = last with { Terms = removed.Aggregate(terms, Without) };
        if (changes.Count == 0) return Changed(message, last, start, "Your last offer with that change");
        if (parts.GroupBy(p => p.Label).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Problem($"`{twice.Key}` is given more than once ({string.Join(" and ", twice.Select(p => MentionGuard.InlineCode(p.Amount.Text)))}); change one figure at a time.");
        var command = new ParsedCommand(CommandCatalog.Offer.Name, changes, [], string.Join(' ', changes.Select(c => $"{c.Key}:{c.Value}")));
        var changed = OfferCommandReader.Read(command, start);
        return changed.Error is { } error ? Problem(error.Message) : Changed(message, last, changed, "Your last offer with that change");
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
            + (old.Years.Count != now.Years.Count ? $" (was a {old.Years.Count}-year total)" : "") + "\n\n";
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

    /// <summary>Lower-case words, punctuation around them removed; "sign-on" and "w/o" stay whole.</summary>
    private static List<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', '\t', '\n', ',', '?', '!', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '"', '\'', '*')).Where(w => w.Length > 0).ToList();
}
