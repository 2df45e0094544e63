using CareerBot.Core.Moderation;

namespace CareerBot.Core.CommunityOffers;

/// <summary>One moderator decision on a shared offer: versioned and attributed like an answer's revision.</summary>
public sealed record OfferReview(long OfferId, int Version, CommunityOfferStatus Decision, RevisionAuthor Moderator, DateTimeOffset At, string Reason);
