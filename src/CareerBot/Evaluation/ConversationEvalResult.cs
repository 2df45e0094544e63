using System.Text;

namespace CareerBot.Evaluation;

/// <summary>What the bot answered for one turn; <paramref name="Miss"/> says why it is wrong, null when right.</summary>
public sealed record TurnOutcome(ConversationCase Conversation, ConversationTurnCase Turn, string Intent, string? Miss);

/// <summary>The share of conversation turns answered right, and every miss.</summary>
public sealed record ConversationEvalResult(int Conversations, IReadOnlyList<TurnOutcome> Turns)
{
    public double TurnAccuracy => Turns.Count == 0 ? 0 : (double)Turns.Count(t => t.Miss is null) / Turns.Count;

    public IEnumerable<TurnOutcome> Misses => Turns.Where(t => t.Miss is not null);

    public string Report()
    {
        var sb = new StringBuilder();
        var offers = Turns.Count(t => t.Turn.Expected.Offer);
        sb.AppendLine($"conversations: {Conversations}, turns: {Turns.Count} ({offers} offer turns)");
        sb.AppendLine($"turns right: {Turns.Count - Misses.Count()} ({TurnAccuracy:P1})");
        sb.AppendLine("misses (line, conversation, message → what went wrong):");
        foreach (var t in Misses)
            sb.AppendLine($"  line {t.Turn.Line} [{t.Conversation.Title}] {t.Turn.Message} → {t.Miss}");
        return sb.ToString();
    }
}
