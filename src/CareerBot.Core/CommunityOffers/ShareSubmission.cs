namespace CareerBot.Core.CommunityOffers;

/// <summary>
/// What is stored of a shared offer: only values the recognizer or a fixed list produced (canonical level, place,
/// specialization), numbers, and the offer options after validation. No free text, no identity.
/// </summary>
/// <param name="Level">One of the salary levels (entry, mid, senior, staff).</param>
/// <param name="Place">The place cell (a city or metro name, or remote); see <see cref="PlaceCells"/>.</param>
/// <param name="Company">Lower-case letters, digits and <c>&amp; . -</c> only, or null.</param>
/// <param name="Terms">The /offer options as validated, e.g. <c>base:200k bonus:15% stock:400k vesting:4y</c>.</param>
/// <param name="FirstYearTotal">First-year total comp as the offer calculator works it out.</param>
public sealed record ShareSubmission(string Level, string Place, string? Specialization, string? Company, int? YearsOfExperience,
    string Currency, decimal Base, decimal FirstYearTotal, string Terms);
