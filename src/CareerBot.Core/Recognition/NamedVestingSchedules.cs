using System.Collections.Frozen;

namespace CareerBot.Core.Recognition;

/// <summary>Vesting schedules written by name in an option value (vesting:backloaded, vesting:monthly).</summary>
internal static class NamedVestingSchedules
{
    private static readonly FrozenDictionary<string, (string Canonical, decimal[]? Schedule)> ByName =
        new Dictionary<string, (string, decimal[]?)>(StringComparer.OrdinalIgnoreCase)
        {
            ["even"] = ("even", null),
            ["standard"] = ("even", null),
            ["linear"] = ("even", null),
            ["monthly"] = ("monthly", null),
            ["quarterly"] = ("quarterly", null),
            ["annual"] = ("annual", null),
            ["annually"] = ("annual", null),
            ["yearly"] = ("annual", null),
            ["backloaded"] = ("backloaded", [5m, 15m, 40m, 40m]),
            ["back-loaded"] = ("backloaded", [5m, 15m, 40m, 40m]),
            ["frontloaded"] = ("frontloaded", [33m, 33m, 22m, 12m]),
            ["front-loaded"] = ("frontloaded", [33m, 33m, 22m, 12m]),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static Entity? Find(string text, int start, int end)
    {
        var lookup = ByName.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(text.AsSpan(start, end - start), out var named)
            ? new Entity(EntityType.Vesting, text[start..end], start, end, null, null, named.Canonical) { Schedule = named.Schedule }
            : null;
    }
}
