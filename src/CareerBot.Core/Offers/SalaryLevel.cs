using CareerBot.Core.Recognition;

namespace CareerBot.Core.Offers;

/// <summary>Reads a level as typed (senior, L5, new grad, principal) into one of <see cref="SalaryBands.Levels"/>.</summary>
public static class SalaryLevel
{
    public static string? Parse(string value)
    {
        var trimmed = value.Trim();
        var exact = SalaryBands.Levels.FirstOrDefault(l => string.Equals(l, trimmed, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        // The knowledge base files principal pay with staff.
        return ChatRecognizer.ParseSingle(trimmed, EntityType.Level)?.Canonical switch
        {
            "principal" => "staff",
            { } canonical when SalaryBands.Levels.Contains(canonical) => canonical,
            _ => null,
        };
    }
}
