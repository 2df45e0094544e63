namespace CareerBot.Core.Offers;

/// <summary>Two offers compared side by side: offer A and offer B, as the calculator reads them.</summary>
public sealed record OfferPair(OfferInput A, OfferInput B);
