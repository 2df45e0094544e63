using System.Text;

namespace CareerBot.ConsoleChat;

/// <summary>
/// The terminal output that redraws an edited line which may wrap over several rows: back up to the line's first row,
/// clear to the end of the screen, write the prompt and text, then put the cursor where the edit is. Clearing only the
/// current row (as before) left every wrapped row behind, so a long line was echoed again on each key.
/// </summary>
public static class LineRedraw
{
    /// <param name="width">Terminal columns.</param>
    /// <param name="cursorRow">The row (from the line's first) the cursor is on now, as returned by the previous redraw.</param>
    /// <returns>What to write, and the cursor's row afterwards.</returns>
    public static (string Output, int CursorRow) Render(int width, int cursorRow, string prompt, string text, int cursor)
    {
        width = Math.Max(width, 1);
        var output = new StringBuilder();
        if (cursorRow > 0) output.Append("\u001b[").Append(cursorRow).Append('A');
        output.Append("\r\u001b[J").Append(prompt).Append(text);
        var total = prompt.Length + text.Length;
        // A line that fills its last row leaves the terminal waiting to wrap: a space forces the wrap, a backspace returns.
        if (total > 0 && total % width == 0) output.Append(" \b");
        var endRow = total / width;
        var target = prompt.Length + cursor;
        var (row, column) = (target / width, target % width);
        if (endRow > row) output.Append("\u001b[").Append(endRow - row).Append('A');
        output.Append('\r');
        if (column > 0) output.Append("\u001b[").Append(column).Append('C');
        return (output.ToString(), row);
    }
}
