namespace CareerBot.Core.Commands;

/// <summary>
/// The one set of rules for reading a command's arguments from text, for /kb and the offer commands alike. Arguments are
/// separated by whitespace; <c>name:value</c> gives an option (which names count is the command's: /kb knows its option
/// names, so "Note: …" inside an answer stays text). A value with spaces goes in straight or curly double quotes
/// (<c>"…"</c>, <c>“…”</c>); single quotes are apostrophes, never quotes. Quotes inside a quoted value need no escaping:
/// it ends at the last closing quote before the next option, or — for a text that runs to the end — at the quote that
/// ends the text; otherwise at the first closing quote followed by whitespace. Nothing else is changed: colons, emoji
/// (👩‍💻), <c>&amp;</c> and <c>&lt;b&gt;</c> inside a value stay exactly as typed.
/// </summary>
/// <param name="optionName">The option a candidate name (the text before a colon) stands for, or null when it is none.</param>
public sealed class ArgumentScanner(string text, Func<string, string?> optionName)
{
    private readonly string _text = text.Trim();
    private int _at;

    /// <summary>True when only whitespace is left (which it skips).</summary>
    public bool AtEnd
    {
        get
        {
            while (_at < _text.Length && char.IsWhiteSpace(_text[_at])) _at++;
            return _at >= _text.Length;
        }
    }

    /// <summary>True when a quote opens right here (right after an option's colon, say).</summary>
    public bool AtQuote => _at < _text.Length && IsOpeningQuote(_text[_at]);

    /// <summary>The option named here (<c>name:</c>), or null; <see cref="SkipName"/> moves past it.</summary>
    public string? PeekName() => NameAt(_at);

    public void SkipName(string name) => _at += name.Length + 1;

    /// <summary>The next word, without moving (to name it in an error).</summary>
    public string PeekWord()
    {
        var end = _at;
        while (end < _text.Length && !char.IsWhiteSpace(_text[end])) end++;
        return _text[_at..end];
    }

    /// <summary>Everything left, trimmed, exactly as typed.</summary>
    public string TakeRest()
    {
        var rest = _text[_at..].Trim();
        _at = _text.Length;
        return rest;
    }

    /// <summary>A quoted value (quotes removed) or one word; empty right after a colon followed by a space.</summary>
    /// <param name="runsToEnd">True for a text option that may take the rest of the text (the /kb Markdown).</param>
    public string TakeValue(bool runsToEnd)
    {
        if (!AtQuote)
        {
            var word = PeekWord();
            _at += word.Length;
            return word;
        }
        var closing = _text[_at] == '“' ? '”' : '"';
        var candidates = new List<int>();
        var nextOption = -1;
        for (var i = _at + 1; i < _text.Length && nextOption < 0; i++)
        {
            if (_text[i] == closing && (i + 1 == _text.Length || char.IsWhiteSpace(_text[i + 1]))) candidates.Add(i);
            if (char.IsWhiteSpace(_text[i - 1]) && candidates.Count > 0 && NameAt(i) is not null) nextOption = i;
        }
        if (candidates.Count == 0)
        {
            // Never closed: the rest is the value.
            var open = _text[(_at + 1)..];
            _at = _text.Length;
            return open;
        }
        var endsText = candidates[^1] == _text.Length - 1;
        var close = nextOption >= 0 || (runsToEnd && endsText) ? candidates[^1] : candidates[0];
        var quoted = _text[(_at + 1)..close];
        _at = close + 1;
        return quoted;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“';

    /// <summary>The option named at <paramref name="index"/>: a word's text up to its first colon, when the command knows it.</summary>
    private string? NameAt(int index)
    {
        var colon = index;
        while (colon < _text.Length && _text[colon] != ':' && !char.IsWhiteSpace(_text[colon])) colon++;
        if (colon == index || colon == _text.Length || _text[colon] != ':') return null;
        return optionName(_text[index..colon]);
    }
}
