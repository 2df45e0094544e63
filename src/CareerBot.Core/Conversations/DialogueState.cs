using CareerBot.Core.Offers;

namespace CareerBot.Core.Conversations;

/// <summary>
/// What a conversation is about so far, so "and for senior?" or "and in new york?" is read in context:
/// the last topic and answer and the slots in play. A slot a message names replaces the old value; the rest carry on.
/// </summary>
/// <param name="Topic">The knowledge entry last answered.</param>
/// <param name="At">When the state was last updated; it is forgotten after <see cref="ConversationOptions.ContextLifetime"/>.</param>
public sealed record DialogueState(string Topic, DateTimeOffset At)
{
    /// <summary>The entries (id and a fingerprint of their text) the member has already been shown in the last reply.</summary>
    public IReadOnlyList<string> Shown { get; init; } = [];
    /// <summary>entry, mid, senior or staff: the levels the knowledge base has figures for.</summary>
    public string? Level { get; init; }
    /// <summary>A company's own level as typed (L6, E5), kept to say the mapping to <see cref="Level"/> is rough.</summary>
    public string? CompanyLevel { get; init; }
    public Place? Place { get; init; }
    public string? Employer { get; init; }
    public string? Specialization { get; init; }
    /// <summary>The last pay figure the member gave, so "what if thats tc not base" can re-read it.</summary>
    public Recognition.Entity? Figure { get; init; }
    /// <summary>ISO code of the amounts the member is talking in.</summary>
    public string? Currency { get; init; }
    /// <summary>The last offer as the calculator's input, for offer follow-ups ("what if the base were 190k?").</summary>
    public OfferInput? LastOffer { get; init; }
    /// <summary>The last two offers compared, for follow-ups on one side ("what if B's base were 210k?").</summary>
    public OfferPair? LastComparison { get; init; }
    /// <summary>A stake given as a percent of a company with no offer around it ("0.2% equity at a seed startup"), for the valuation that follows.</summary>
    public decimal? EquityStakePercent { get; init; }
}
