namespace CareerBot.Core.CommunityOffers;

/// <summary>A stored shared offer with its latest review. <see cref="MemberKey"/> is the keyed hash, never shown.</summary>
/// <param name="SubmittedOn">UTC day of the share (the time of day is not kept).</param>
/// <param name="Version">0 while pending; each review (approve or reject) is the next version.</param>
public sealed record CommunityOffer(long Id, string MemberKey, ShareSubmission Submission, DateTimeOffset SubmittedOn,
    CommunityOfferStatus Status, int Version, OfferReview? LatestReview);
