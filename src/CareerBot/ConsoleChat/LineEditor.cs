using System.Text;

namespace CareerBot.ConsoleChat;

/// <summary>Reads a line with Up/Down history and Left/Right editing on a terminal; plain ReadLine when input is redirected.</summary>
public sealed class LineEditor
{
    private const int MaxHistory = 100;
    private readonly List<string> _history = [];

    public IReadOnlyList<string> History => _history;

    /// <summary>The next line, or null at end of input.</summary>
    public string? ReadLine(string prompt, CancellationToken cancellationToken)
    {
        Console.Write(prompt);
        var line = Console.IsInputRedirected ? Console.ReadLine() : ReadInteractive(prompt, cancellationToken);
        if (!string.IsNullOrWhiteSpace(line) && (_history.Count == 0 || _history[^1] != line))
        {
            _history.Add(line);
            if (_history.Count > MaxHistory) _history.RemoveAt(0);
        }
        return line;
    }

    private string? ReadInteractive(string prompt, CancellationToken cancellationToken)
    {
        var buffer = new StringBuilder();
        var cursor = 0;
        var historyIndex = _history.Count;
        var cursorRow = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!Console.KeyAvailable) { Thread.Sleep(15); continue; }
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    // Below the whole line, not just the cursor's row, so the next output does not overwrite it.
                    Console.Write(LineRedraw.Render(TerminalWidth(), cursorRow, prompt, buffer.ToString(), buffer.Length).Output);
                    Console.WriteLine();
                    return buffer.ToString();
                case ConsoleKey.Backspace when cursor > 0:
                    buffer.Remove(--cursor, 1);
                    break;
                case ConsoleKey.Delete when cursor < buffer.Length:
                    buffer.Remove(cursor, 1);
                    break;
                case ConsoleKey.LeftArrow when cursor > 0:
                    cursor--;
                    break;
                case ConsoleKey.RightArrow when cursor < buffer.Length:
                    cursor++;
                    break;
                case ConsoleKey.Home:
                    cursor = 0;
                    break;
                case ConsoleKey.End:
                    cursor = buffer.Length;
                    break;
                case ConsoleKey.UpArrow when historyIndex > 0:
                    buffer.Clear().Append(_history[--historyIndex]);
                    cursor = buffer.Length;
                    break;
                case ConsoleKey.DownArrow when historyIndex < _history.Count:
                    historyIndex++;
                    buffer.Clear().Append(historyIndex < _history.Count ? _history[historyIndex] : "");
                    cursor = buffer.Length;
                    break;
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && buffer.Length == 0:
                    Console.WriteLine();
                    return null;
                default:
                    if (!char.IsControl(key.KeyChar)) buffer.Insert(cursor++, key.KeyChar);
                    break;
            }
            var (output, row) = LineRedraw.Render(TerminalWidth(), cursorRow, prompt, buffer.ToString(), cursor);
            Console.Write(output);
            cursorRow = row;
        }
        return null;
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
