using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.CommunityOffers;

/// <summary>
/// Reads /share options: the offer goes through <see cref="OfferCommandReader"/> (same recognizer, limits and errors as
/// /offer); level, location and specialization must be names the recognizer knows, so nothing typed is stored as free text.
/// </summary>
public static class ShareSubmissionReader
{
    public const int MaxYearsOfExperience = 50;
    public const int MaxCompanyLength = 40;

    private static readonly HashSet<string> ShareOnly = ["level", "location", "yoe", "specialization", "company"];

    public static (ShareSubmission? Submission, string? Error) Read(ParsedCommand command)
    {
        var names = CommandCatalog.Share.Options.Select(o => o.Name).Where(n => n != CommandCatalog.WithdrawOption).ToList();
        foreach (var key in command.Options.Keys.Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            var hint = ClosestName.DidYouMean(key, names);
            return Fail($"{MentionGuard.InlineCode(key)} is not a /share option; {hint}Options: {string.Join(", ", CommandCatalog.Share.Options.Select(o => $"`{o.Example}`"))}. Example: `{CommandCatalog.Share.Example}`");
        }
        if (command.Positionals.Count > 0)
            return Fail($"{MentionGuard.InlineCode(command.Positionals[0])} has no option name; write each part as `name:value` (a value with spaces in quotes: `location:\"bay area\"`), or `/share withdraw` to delete your shared offer. Example: `{CommandCatalog.Share.Example}`");

        var given = command.Options;
        if (!given.TryGetValue("level", out var levelText))
            return Fail(Field("level", "is required when sharing, so your offer is counted with the right level; expected one of entry, mid, senior, staff (L3–L6, new grad and principal work too)."));
        if (SalaryLevel.Parse(levelText) is not { } level)
            return Fail(Field("level", $"expected one of {string.Join(", ", SalaryBands.Levels)} (L3–L6, new grad and principal work too), but got {MentionGuard.InlineCode(levelText)}."));
        if (!given.TryGetValue("location", out var placeText))
            return Fail(Field("location", "is required when sharing: a city or metro (seattle, bay area, nyc, london…) or remote."));
        if (PlaceCells.Parse(placeText) is not { } place)
            return Fail(Field("location", $"expected a city or metro I know (seattle, bay area, sf, nyc, austin, boston, london, berlin, toronto, bangalore…) or remote, but got {MentionGuard.InlineCode(placeText)}."));
        string? specialization = null;
        if (given.TryGetValue("specialization", out var areaText)
            && (specialization = ChatRecognizer.ParseSingle(areaText, EntityType.Specialization)?.Canonical) is null)
            return Fail(Field("specialization", $"expected an area such as nlp, llm, computer-vision, mlops, recsys or reinforcement learning, but got {MentionGuard.InlineCode(areaText)}."));
        int? yoe = null;
        if (given.TryGetValue("yoe", out var yoeText))
        {
            if (!int.TryParse(yoeText.Trim().TrimEnd('y', 'Y'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years)
                || years > MaxYearsOfExperience)
                return Fail(Field("yoe", $"expected whole years of experience from 0 to {MaxYearsOfExperience}, but got {MentionGuard.InlineCode(yoeText)}."));
            yoe = years;
        }
        string? company = null;
        if (given.TryGetValue("company", out var companyText) && (company = Company(companyText)) is null)
            return Fail(Field("company", $"expected a company name of at most {MaxCompanyLength} letters, digits, spaces or & . - (it is stored in lower case), but got {MentionGuard.InlineCode(companyText, 60)}."));

        var offerOptions = given.Where(o => !ShareOnly.Contains(o.Key.ToLowerInvariant())).ToDictionary(StringComparer.OrdinalIgnoreCase);
        var input = OfferCommandReader.Read(command with { Options = offerOptions });
        if (input.Error is { } error) return Fail(error.Message);
        var breakdown = OfferCalculator.Calculate(input.Terms!);
        var terms = string.Join(' ', CommandCatalog.OfferOptions.Where(o => offerOptions.ContainsKey(o.Name))
            .Select(o => o.Name + ":" + Quoted(offerOptions[o.Name].Trim())));
        return (new ShareSubmission(level, place, specialization, company, yoe, breakdown.Currency, input.Terms!.Base, breakdown.FirstYearTotal, terms), null);
    }

    /// <summary>Lower case, single spaces, only letters, digits and &amp; . - ; null when anything else is typed.</summary>
    internal static string? Company(string typed)
    {
        var words = typed.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var name = string.Join(' ', words);
        if (name.Length is 0 or > MaxCompanyLength) return null;
        return name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is ' ' or '&' or '.' or '-') ? name : null;
    }

    private static string Quoted(string value) => value.Contains(' ') ? $"\"{value}\"" : value;

    private static string Field(string name, string problem)
    {
        var option = CommandCatalog.Share.Options.First(o => o.Name == name);
        return $"`{name}`: {problem} Example: `{option.Example}` (a whole share: `{CommandCatalog.Share.Example}`)";
    }

    private static (ShareSubmission?, string?) Fail(string message) => (null, message);
}
