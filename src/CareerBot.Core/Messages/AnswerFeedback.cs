namespace CareerBot.Core.Messages;

/// <summary>
/// The answer a member can rate 👍/👎: which entry answered which question. Adapters put it into the buttons'
/// ids (<see cref="ButtonId"/>) and hand a clicked id back to <see cref="Pipeline.AnswerRatingRecorder"/>, so nothing
/// about the answer has to be remembered between the answer and the click.
/// </summary>
public sealed record AnswerFeedback(string Intent, string Question)
{
    private const string Prefix = "rate:";

    /// <summary>
    /// The id of the 👍 (<paramref name="helpful"/>) or 👎 button, at most <paramref name="maxLength"/> characters:
    /// a long question is cut, which still groups it with the same question in /kb feedback.
    /// </summary>
    public string ButtonId(bool helpful, int maxLength)
    {
        var head = $"{Prefix}{(helpful ? '+' : '-')}:{Intent}:";
        var room = maxLength - head.Length;
        if (room <= 0) throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, $"Too short for the intent {Intent}.");
        var question = Question.Length <= room ? Question : Question[..(char.IsHighSurrogate(Question[room - 1]) ? room - 1 : room)];
        return head + question;
    }

    /// <summary>Reads a button id made by <see cref="ButtonId"/>; false for any other id.</summary>
    public static bool TryParse(string buttonId, out AnswerFeedback feedback, out bool helpful)
    {
        feedback = null!;
        helpful = false;
        if (!buttonId.StartsWith(Prefix, StringComparison.Ordinal) || buttonId.Length < Prefix.Length + 3) return false;
        var sign = buttonId[Prefix.Length];
        if (sign is not ('+' or '-') || buttonId[Prefix.Length + 1] != ':') return false;
        var rest = buttonId[(Prefix.Length + 2)..];
        var colon = rest.IndexOf(':');
        if (colon <= 0 || colon == rest.Length - 1) return false;
        feedback = new AnswerFeedback(rest[..colon], rest[(colon + 1)..]);
        helpful = sign == '+';
        return true;
    }
}
