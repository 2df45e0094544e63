using Microsoft.Extensions.Options;

namespace CareerBot.Core.CommunityOffers;

/// <summary>Checks the "CommunityOffers" section at start; every message names the key, what it expects and an example.</summary>
public sealed class CommunityOfferOptionsValidator : IValidateOptions<CommunityOfferOptions>
{
    public ValidateOptionsResult Validate(string? name, CommunityOfferOptions options)
    {
        var failures = new List<string>();
        if (options.HashSecret is { } secret && secret.Trim().Length < CommunityOfferOptions.MinSecretLength)
            failures.Add($"CommunityOffers:HashSecret must be at least {CommunityOfferOptions.MinSecretLength} characters (got {secret.Trim().Length}); generate one with `openssl rand -base64 48` (env CommunityOffers__HashSecret)");
        if (options.ShareWindowDays is < 1 or > 3650)
            failures.Add($"CommunityOffers:ShareWindowDays must be between 1 and 3650 days, got {options.ShareWindowDays}; e.g. 90");
        if (options.RetentionDays is < 30 or > 3650)
            failures.Add($"CommunityOffers:RetentionDays must be between 30 and 3650 days, got {options.RetentionDays}; e.g. 730");
        if (options.MinimumCount is < CommunityOfferOptions.FloorMinimumCount or > 1000)
            failures.Add($"CommunityOffers:MinimumCount must be between {CommunityOfferOptions.FloorMinimumCount} and 1000 (never below {CommunityOfferOptions.FloorMinimumCount}, so no figure can point at a few members), got {options.MinimumCount}; e.g. 5");
        if (options.PercentileMinimumCount < Math.Max(10, options.MinimumCount) || options.PercentileMinimumCount > 1000)
            failures.Add($"CommunityOffers:PercentileMinimumCount must be at least 10 and at least CommunityOffers:MinimumCount, got {options.PercentileMinimumCount}; e.g. 10");
        if (options.LookbackDays is < 30 or > 3650)
            failures.Add($"CommunityOffers:LookbackDays must be between 30 and 3650 days, got {options.LookbackDays}; e.g. 365");
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
