namespace CareerBot.Core.CommunityOffers;

public enum CommunityOfferStatus
{
    /// <summary>Waiting for a moderator; counts in no figure.</summary>
    Pending,
    Approved,
    Rejected,
}
