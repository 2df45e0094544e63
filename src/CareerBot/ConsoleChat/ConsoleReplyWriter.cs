using CareerBot.Core.Pipeline;
using Spectre.Console;

namespace CareerBot.ConsoleChat;

/// <summary>Writes a reply to the terminal: the answer, then sources and suggested follow-ups, dimmed.</summary>
public sealed class ConsoleReplyWriter(IAnsiConsole console)
{
    public void Write(Reply reply)
    {
        var color = reply.Kind == ReplyKind.Answer ? "green" : "yellow";
        console.MarkupLine($"[{color} bold]CareerBot[/]");
        console.MarkupLine(ConsoleMarkdown.ToMarkup(reply.Markdown));
        if (reply.Detail is { } detail)
        {
            console.WriteLine();
            console.MarkupLine(ConsoleMarkdown.ToMarkup(detail));
        }
        if (reply.Sources.Count > 0)
            console.MarkupLine("[grey]Sources: " + Markup.Escape(string.Join("; ", reply.Sources)) + "[/]");
        if (reply.FollowUps.Count > 0)
            console.MarkupLine("[grey]You could also ask: " + Markup.Escape(string.Join(" · ", reply.FollowUps)) + "[/]");
        console.WriteLine();
    }
}
