namespace CareerBot.Core.Offers;

/// <summary>An offer read from the command syntax, or why it could not be read.</summary>
/// <param name="Level">Level to place the offer against (entry, mid, senior, staff), when given.</param>
public sealed record OfferInput(OfferTerms? Terms, string? Level, OfferInputError? Error)
{
    public static OfferInput Failed(OfferInputError error) => new(null, null, error);
}
