namespace CareerBot.Core.OfferCommands;

/// <summary>
/// The lower-case words of a chat message, punctuation around them removed ("sign-on", "w/o", "b's" and "0.2" stay whole),
/// for the keyword checks of offer follow-ups and stake questions.
/// </summary>
internal static class ChatWords
{
    public static List<string> Of(string text) =>
        text.ToLowerInvariant().Split([' ', '\t', '\n', ',', '?', '!', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '"', '\'', '*')).Where(w => w.Length > 0).ToList();
}
