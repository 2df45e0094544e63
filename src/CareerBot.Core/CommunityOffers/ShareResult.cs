namespace CareerBot.Core.CommunityOffers;

/// <summary>The new offer's id, or — when the member shared within the window — the day of that earlier share.</summary>
public sealed record ShareResult(long? Id, DateTimeOffset? EarlierShareOn)
{
    public static ShareResult Saved(long id) => new(id, null);
    public static ShareResult Refused(DateTimeOffset earlier) => new(null, earlier);
}
