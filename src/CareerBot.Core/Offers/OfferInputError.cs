using CareerBot.Core.Commands;

namespace CareerBot.Core.Offers;

/// <summary>What is wrong with one field of an offer, said so the user can fix it: the field, what was expected, an example.</summary>
public sealed record OfferInputError(string Field, string Message)
{
    public static OfferInputError For(CommandOption option, string problem, string? example = null) =>
        new(option.Name, $"`{option.Name}`: {problem} Example: `{example ?? option.Example}` (a whole offer: `{CommandCatalog.Offer.Example}`)");
}
