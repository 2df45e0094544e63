namespace CareerBot.Evaluation;

/// <summary>
/// Reads the conversation evaluation set: a line <c># title</c> starts a conversation; each following line is
/// <c>message&lt;TAB&gt;expectation</c> (see <see cref="TurnExpectation"/>); empty lines are ignored.
/// </summary>
public static class ConversationSet
{
    public static IReadOnlyList<ConversationCase> Parse(string text)
    {
        var conversations = new List<ConversationCase>();
        string? title = null;
        var turns = new List<ConversationTurnCase>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            if (line.StartsWith('#'))
            {
                Close();
                title = line.TrimStart('#').Trim();
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"conversation set line {i + 1}: expected 'message<TAB>expectation'");
            if (title is null) throw new FormatException($"conversation set line {i + 1}: a turn before the first '# title' line");
            turns.Add(new ConversationTurnCase(line[..tab], TurnExpectation.Parse(line[(tab + 1)..], i + 1), i + 1));
        }
        Close();
        return conversations;

        void Close()
        {
            if (title is not null && turns.Count > 0) conversations.Add(new ConversationCase(title, turns.ToList()));
            turns.Clear();
        }
    }
}
