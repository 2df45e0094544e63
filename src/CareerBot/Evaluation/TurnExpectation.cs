using CareerBot.Core.Messages;

namespace CareerBot.Evaluation;

/// <summary>
/// What must hold for one turn of a conversation: <c>intent=a|b</c> (any of), <c>declined</c>, <c>has=phrase</c> and
/// <c>lacks=phrase</c> (case-insensitive, in the reply text), joined by " ; ". <c>offer</c> marks a turn that exercises
/// offer math, so those turns can be found and extended when offer follow-ups change.
/// </summary>
public sealed record TurnExpectation(IReadOnlyList<string> Intents, bool Declined, IReadOnlyList<string> Has, IReadOnlyList<string> Lacks, bool Offer)
{
    public static TurnExpectation Parse(string text, int line)
    {
        var intents = new List<string>();
        var has = new List<string>();
        var lacks = new List<string>();
        bool declined = false, offer = false;
        foreach (var raw in text.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw == "declined") declined = true;
            else if (raw == "offer") offer = true;
            else if (raw.StartsWith("intent=", StringComparison.Ordinal)) intents.AddRange(raw[7..].Split('|'));
            else if (raw.StartsWith("has=", StringComparison.Ordinal)) has.Add(raw[4..]);
            else if (raw.StartsWith("lacks=", StringComparison.Ordinal)) lacks.Add(raw[6..]);
            else throw new FormatException($"conversation set line {line}: unknown expectation '{raw}' (use intent=, declined, has=, lacks=, offer)");
        }
        if (!declined && intents.Count == 0 && has.Count == 0)
            throw new FormatException($"conversation set line {line}: a turn must expect an intent, a phrase or 'declined'");
        return new TurnExpectation(intents, declined, has, lacks, offer);
    }

    /// <summary>Why the reply misses the expectation, or null when it holds.</summary>
    public string? Miss(Reply reply)
    {
        var isDecline = reply.Kind == ReplyKind.Decline;
        if (Declined && !isDecline) return $"expected a decline, got {reply.Intent}";
        if (!Declined && isDecline) return "declined";
        if (Intents.Count > 0 && !Intents.Contains(reply.Intent)) return $"expected {string.Join('|', Intents)}, got {reply.Intent}";
        if (Has.FirstOrDefault(p => !reply.Markdown.Contains(p, StringComparison.OrdinalIgnoreCase)) is { } missing) return $"reply lacks \"{missing}\"";
        if (Lacks.FirstOrDefault(p => reply.Markdown.Contains(p, StringComparison.OrdinalIgnoreCase)) is { } present) return $"reply has \"{present}\"";
        return null;
    }
}
