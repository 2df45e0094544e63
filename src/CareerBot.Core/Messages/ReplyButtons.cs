namespace CareerBot.Core.Messages;

/// <summary>
/// The ids of an answer's buttons (More, a follow-up question, Share in channel). Each id carries what its click needs,
/// so nothing about the answer is remembered between the answer and the click; <see cref="ReplyButtonClicks"/> answers them.
/// </summary>
public static class ReplyButtons
{
    private const string MorePrefix = "more:";
    private const string AskPrefix = "ask:";
    private const string SharePrefix = "share:";

    public enum Action { More, Ask, Share }

    public static string More(string intent) => MorePrefix + intent;

    /// <summary>A button that asks <paramref name="question"/>; null when the id would be longer than <paramref name="maxLength"/> (a cut question would ask something else).</summary>
    public static string? Ask(string question, int maxLength) => Fit(AskPrefix + question, maxLength);

    /// <summary>A button that runs <paramref name="command"/> again and posts its reply publicly; null when too long for the platform.</summary>
    public static string? Share(string command, int maxLength) => Fit(SharePrefix + command, maxLength);

    /// <summary>Reads an id made here; false for any other id (ratings, modals).</summary>
    public static bool TryParse(string buttonId, out Action action, out string argument)
    {
        foreach (var (prefix, kind) in new[] { (MorePrefix, Action.More), (AskPrefix, Action.Ask), (SharePrefix, Action.Share) })
            if (buttonId.StartsWith(prefix, StringComparison.Ordinal) && buttonId.Length > prefix.Length)
            {
                (action, argument) = (kind, buttonId[prefix.Length..]);
                return true;
            }
        (action, argument) = (default, "");
        return false;
    }

    private static string? Fit(string id, int maxLength) => id.Length <= maxLength ? id : null;
}
