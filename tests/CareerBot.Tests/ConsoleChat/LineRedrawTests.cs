using CareerBot.ConsoleChat;

namespace CareerBot.Tests.ConsoleChat;

/// <summary>The line editor's redraw, played on a small terminal emulator that wraps as a real one does.</summary>
public class LineRedrawTests
{
    /// <summary>Just enough of a terminal: printable characters with wrap (and the pending-wrap state), CR, BS, CUU, CUF, CUB, EL 2 and ED.</summary>
    private sealed class Terminal(int width)
    {
        private readonly List<char[]> _rows = [];
        private int _row, _column;
        private bool _pendingWrap;

        public int Row => _row;
        public int Column => _column;
        public IReadOnlyList<string> Lines => _rows.Select(r => new string(r).TrimEnd()).ToList();

        public void Write(string output)
        {
            for (var i = 0; i < output.Length; i++)
            {
                var c = output[i];
                if (c == '\u001b')
                {
                    var end = i + 2;
                    while (!char.IsLetter(output[end])) end++;
                    var n = end > i + 2 ? int.Parse(output[(i + 2)..end]) : 1;
                    switch (output[end])
                    {
                        case 'A': _row = Math.Max(0, _row - n); break;
                        case 'C': _column = Math.Min(width - 1, _column + n); break;
                        case 'D': _column = Math.Max(0, _column - n); break;
                        case 'K' when _row < _rows.Count: Array.Fill(_rows[_row], ' '); break;
                        case 'K': break;
                        case 'J': Clear(); break;
                        default: throw new InvalidOperationException($"unexpected sequence {output[i..(end + 1)]}");
                    }
                    _pendingWrap = false;
                    i = end;
                }
                else if (c == '\r') (_column, _pendingWrap) = (0, false);
                else if (c == '\b') (_column, _pendingWrap) = (Math.Max(0, _column - 1), false);
                else Put(c);
            }
        }

        private void Put(char c)
        {
            if (_pendingWrap) (_row, _column, _pendingWrap) = (_row + 1, 0, false);
            while (_rows.Count <= _row) _rows.Add(new string(' ', width).ToCharArray());
            _rows[_row][_column] = c;
            if (_column == width - 1) _pendingWrap = true;
            else _column++;
        }

        private void Clear()
        {
            if (_row < _rows.Count) Array.Fill(_rows[_row], ' ', _column, width - _column);
            for (var r = _row + 1; r < _rows.Count; r++) Array.Fill(_rows[r], ' ');
        }
    }

    private const string Prompt = "you> ";

    /// <summary>Types <paramref name="text"/> key by key as the editor does, returning the terminal and the last cursor row.</summary>
    private static (Terminal Terminal, int CursorRow) Type(int width, string text)
    {
        var terminal = new Terminal(width);
        terminal.Write(Prompt);
        var row = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            var (output, next) = LineRedraw.Render(width, row, Prompt, text[..i], i);
            terminal.Write(output);
            row = next;
        }
        return (terminal, row);
    }

    [Fact]
    public void A_line_wider_than_the_terminal_wraps_without_repeating_rows()
    {
        var text = "/kb set phd-value " + string.Concat(Enumerable.Repeat("A PhD mainly helps for research roles. ", 14));
        var (terminal, _) = Type(80, text);

        var shown = string.Concat(terminal.Lines.Select((l, i) => i < terminal.Lines.Count - 1 ? l.PadRight(80) : l));
        Assert.Equal((Prompt + text).TrimEnd(), shown.TrimEnd());
        Assert.Equal((Prompt.Length + text.Length + 79) / 80, terminal.Lines.Count(l => l.Length > 0));
    }

    [Fact]
    public void Moving_left_across_a_row_boundary_puts_the_cursor_on_the_row_above()
    {
        var text = new string('x', 100);
        var (terminal, row) = Type(40, text);

        // 5 + 100 = 105 characters: rows 0-2; the cursor 30 characters back is at 75 = row 1, column 35.
        var (output, newRow) = LineRedraw.Render(40, row, Prompt, text, 70);
        terminal.Write(output);

        Assert.Equal((1, 1, 35), (newRow, terminal.Row, terminal.Column));
        Assert.Equal(3, terminal.Lines.Count(l => l.Length > 0));
    }

    [Fact]
    public void A_line_exactly_filling_its_rows_leaves_the_cursor_on_the_next_row()
    {
        var (terminal, row) = Type(20, new string('y', 35));

        Assert.Equal((2, 2, 0), (row, terminal.Row, terminal.Column));
        Assert.Equal(2, terminal.Lines.Count(l => l.Length > 0));
    }
}
