using Microsoft.Extensions.Options;

namespace CareerBot.Core.CommunityOffers;

/// <summary>
/// The approved offers of the look-back period, in memory, so answers never wait for the database. Reloaded at start,
/// after every change made through this instance, and every minute (changes made by other instances).
/// </summary>
public sealed class CommunityOfferCache(ICommunityOfferStore store, IOptions<CommunityOfferOptions> options, TimeProvider time)
{
    private volatile IReadOnlyList<CommunityOffer> _approved = [];

    public IReadOnlyList<CommunityOffer> Approved => _approved;

    public async Task ReloadAsync(CancellationToken cancellationToken) =>
        _approved = await store.ApprovedSinceAsync(time.GetUtcNow().AddDays(-options.Value.LookbackDays), cancellationToken);
}
