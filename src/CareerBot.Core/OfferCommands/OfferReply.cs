using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;

namespace CareerBot.Core.OfferCommands;

/// <summary>The reply for one offer (table, totals, placement, assumptions, chart), and remembering it for follow-ups.</summary>
public static class OfferReply
{
    /// <param name="community">The community-reported block for the offer's level, kept apart from the sourced placement.</param>
    public static Reply Build(KnowledgeSnapshot knowledge, OfferInput input, string lead, string? community = null)
    {
        var offer = OfferCalculator.Calculate(input.Terms!);
        var placement = SalaryPlacement.Describe(offer, input.Level, compact: true);
        var markdown = lead + EquityQuestion(input.Terms!) + OfferMarkdown.Table(offer) + "\n" + OfferMarkdown.Totals(offer) + "\n\n"
            + placement.Markdown + "\n\n" + (community is null ? "" : community + "\n\n") + OfferMarkdown.Assumptions(offer.Assumptions);
        return new Reply(ReplyKind.Answer, OfferCommandHandler.Intent, 1, markdown)
        {
            Sources = SalaryBands.SourcesFor(knowledge, placement.Cited),
            Chart = OfferChart.For(offer, "Offer by year"),
        };
    }

    /// <summary>Keeps the offer as the conversation's last answer, so a later question is not read as a follow-up of an older topic.</summary>
    public static void Remember(ConversationContextStore conversations, TimeProvider time, IncomingMessage message, OfferInput input) =>
        conversations.Set(ConversationContextStore.KeyFor(message), new DialogueState(OfferCommandHandler.Intent, time.GetUtcNow()) { LastOffer = input });

    /// <summary>Keeps both compared offers as the conversation's last answer, for "what if B's base were 210k?".</summary>
    public static void Remember(ConversationContextStore conversations, TimeProvider time, IncomingMessage message, OfferPair pair) =>
        conversations.Set(ConversationContextStore.KeyFor(message), new DialogueState(CompareCommandHandler.Intent, time.GetUtcNow()) { LastComparison = pair });

    /// <summary>Equity given as a percent of the company is said to be uncounted up front, with what would let it be counted.</summary>
    public static string EquityQuestion(OfferTerms terms)
    {
        if (terms.EquityPercent is not { } percent || terms.Stock is not null || terms.StockPerYear is not null) return "";
        var example = MoneyText.Format(Math.Round(percent / 100m * ExampleValuation, 2), terms.Currency);
        return $"**The {MoneyText.Percent(percent)} equity is not in the table:** a share of the company is worth that share of the company's value, "
            + "and the offer doesn't say what that is. What is the company's latest valuation (from its last funding round), or the price per share "
            + $"and how many shares you get? Tell me, e.g. \"valuation is {MoneyText.Format(ExampleValuation, terms.Currency)}\", and I'll count it: "
            + $"at that valuation {MoneyText.Percent(percent)} would be a {example} grant.\n\n";
    }

    /// <summary>The short form of <see cref="EquityQuestion"/>, for one side of a comparison.</summary>
    public static string EquityNote(OfferTerms terms) =>
        terms.EquityPercent is not { } percent || terms.Stock is not null || terms.StockPerYear is not null ? ""
            : $"**The {MoneyText.Percent(percent)} equity is not counted:** it is worth that share of the company's value. "
              + "Tell me the valuation (e.g. \"valuation is 500M\") and I'll count it.\n\n";

    private const decimal ExampleValuation = 500_000_000m;
}
