using System.Globalization;
using CareerBot.Core.Conversations;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.OfferCommands;

/// <summary>
/// "my friend has 0.2% equity at a seed startup, what is that worth": a share of a company with no salary around it. A
/// percent of a company is worth that percent of the company's value, which only the member can give, so the bot asks
/// for the valuation and, once given ("series b, 50M valuation"), does that one multiplication, and nothing more: the
/// sources say nothing about what startup stakes turn out to be worth. With a salary in the message it is an offer,
/// which the offer reader handles.
/// </summary>
public sealed class EquityStakeQuestion(ConversationContextStore conversations, TimeProvider time)
{
    private static readonly string[] StakeWords = ["equity", "stake", "ownership", "shares", "options", "stock", "company"];
    /// <summary>Words that say an amount is a company's valuation: "valued at 50M", "series b, 50M valuation", "last round was at 800M".</summary>
    private static readonly string[] ValuationWords = ["valuation", "valued", "valuing", "worth", "series", "round", "post-money", "pre-money"];

    /// <summary>
    /// Whether the words call an amount a company's valuation. "raised at 100M" is a valuation; "raised 20M" is the money a
    /// round brought in, not what the company is worth, so "raised" counts only with "at".
    /// </summary>
    public static bool NamesValuation(IReadOnlyList<string> words) =>
        words.Any(w => ValuationWords.Contains(w)) || Enumerable.Range(1, Math.Max(0, words.Count - 1)).Any(i => words[i - 1] == "raised" && words[i] == "at");
    private static readonly string[] SalaryWords = ["base", "salary", "bonus", "sign-on", "signon", "signing", "tc", "comp", "rsu", "rsus"];

    public Reply? Answer(IncomingMessage message, string text, IReadOnlyList<Entity> entities)
    {
        var words = ChatWords.Of(text);
        var key = ConversationContextStore.KeyFor(message);
        var money = entities.Where(e => e.Type == EntityType.Money).ToList();
        var valuation = money is [{ Max: null, Value: > 0 } one] && NamesValuation(words) ? one.Value : null;
        if (Stake(text, entities, words) is { } percent)
        {
            if (words.Any(w => SalaryWords.Contains(w)) || money.Count > (valuation is null ? 0 : 1)) return null;
            return valuation is { } given ? Valued(key, percent, given) : Ask(key, percent);
        }
        if (conversations.Get(key)?.EquityStakePercent is { } pending && valuation is { } value
            && !entities.Any(e => e.Type == EntityType.Percent) && !words.Any(w => SalaryWords.Contains(w)))
            return Valued(key, pending, value);
        return null;
    }

    /// <summary>
    /// A percent right next to a stake word ("0.2% equity", "equity of 0.5%", "0.1% of the company"), or a percent "at" a
    /// company whose worth is asked ("my buddy has 0.3% at a seed co, whats that worth").
    /// </summary>
    private static decimal? Stake(string text, IReadOnlyList<Entity> entities, IReadOnlyList<string> words)
    {
        if (entities.Where(e => e.Type == EntityType.Percent).ToList() is not [{ Value: > 0 and < 100 } percent] || words.Contains("bonus")) return null;
        var after = ChatWords.Of(text[percent.End..]).Take(3);
        var before = ChatWords.Of(text[..percent.Start]).TakeLast(2);
        if (after.Concat(before).Any(w => StakeWords.Contains(w))) return percent.Value;
        return words.Any(w => CompanyWords.Contains(w)) && words.Any(w => w is "worth" or "value" or "valued") ? percent.Value : null;
    }

    private static readonly string[] CompanyWords = ["startup", "start-up", "co", "company", "seed", "pre-seed", "series"];

    private Reply Ask(string key, decimal percent)
    {
        Remember(key, percent);
        var share = MoneyText.Percent(percent);
        return new Reply(ReplyKind.Answer, OfferCommandHandler.Intent, 1,
            $"**{share} of a company is worth {share} of what the company is worth**, so I need its valuation to put a figure on it. "
            + "What was the company valued at in its last funding round (or the price per share and how many shares)? "
            + "Tell me, e.g. \"valued at $50M\", and I'll do the math.\n\n"
            + "The articles I answer from don't cover startup equity, so beyond that multiplication I can't say what such a stake turns out to be worth.");
    }

    private Reply Valued(string key, decimal percent, decimal valuation)
    {
        Remember(key, percent);
        var worth = Math.Round(percent / 100m * valuation, 2);
        return new Reply(ReplyKind.Answer, OfferCommandHandler.Intent, 1,
            $"**{MoneyText.Percent(percent)} of a {MoneyText.Format(valuation, "USD")} valuation is {MoneyText.Format(worth, "USD")}** "
            + $"({MoneyText.Percent(percent)} × {MoneyText.Format(valuation, "USD")}), on paper, at that valuation.\n\n"
            + "The articles I answer from don't cover startup equity, so I can't say what a stake turns out to be worth. "
            + "To see it inside a whole offer, paste the offer with the stake, e.g. `/offer base:150k stock:" + worth.ToString("0.##", CultureInfo.InvariantCulture) + " vesting:4y`.");
    }

    private void Remember(string key, decimal percent) =>
        conversations.Set(key, new DialogueState(OfferCommandHandler.Intent, time.GetUtcNow()) { EquityStakePercent = percent });
}
