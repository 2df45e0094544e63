using CareerBot.Core.Moderation;

namespace CareerBot.Core.CommunityOffers;

/// <summary>Shared offers and their reviews. Failures surface as <see cref="StorageUnavailableException"/>.</summary>
public interface ICommunityOfferStore
{
    /// <summary>Saves the share unless the member has one submitted on or after <paramref name="windowStart"/> (checked in the same transaction).</summary>
    Task<ShareResult> AddAsync(string memberKey, ShareSubmission submission, DateTimeOffset submittedOn, DateTimeOffset windowStart, CancellationToken cancellationToken);

    /// <summary>Deletes every offer the member shared (and its reviews); returns how many.</summary>
    Task<int> WithdrawAsync(string memberKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<CommunityOffer>> PendingAsync(int limit, CancellationToken cancellationToken);

    Task<CommunityOffer?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Records the decision as the offer's next version; null when there is no such offer.</summary>
    Task<CommunityOffer?> ReviewAsync(long id, CommunityOfferStatus decision, RevisionAuthor moderator, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    /// <summary>Approved offers submitted on or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<CommunityOffer>> ApprovedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Deletes offers submitted before <paramref name="cutoff"/> (and their reviews); returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
