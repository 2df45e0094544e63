using CareerBot.Core.Messages;
using Spectre.Console;

namespace CareerBot.ConsoleChat;

/// <summary>
/// Writes a reply to the terminal: the answer, then sources and suggested follow-ups, dimmed. In the interactive chat a
/// knowledge answer shows its lead with the detail one word away (<c>more</c>) and numbered follow-ups, as the chat
/// platforms show buttons; <c>ask</c> prints the whole answer.
/// </summary>
public sealed class ConsoleReplyWriter(IAnsiConsole console, bool interactive = false)
{
    public const string MoreWord = "more";

    public void Write(Reply reply)
    {
        var color = reply.Kind == ReplyKind.Answer ? "green" : "yellow";
        console.MarkupLine($"[{color} bold]CareerBot[/]");
        console.MarkupLine(ConsoleMarkdown.ToMarkup(reply.Markdown));
        if (reply.Detail is not null && (!interactive || !reply.OffersMore)) WriteDetail(reply);
        if (reply.Sources.Count > 0)
            console.MarkupLine("[grey]Sources: " + Markup.Escape(string.Join("; ", reply.Sources)) + "[/]");
        if (reply.FollowUps.Count > 0)
            console.MarkupLine("[grey]You could also ask: " + Markup.Escape(interactive
                ? string.Join(" · ", reply.FollowUps.Select((q, i) => $"{i + 1}) {q}")) + " (type the number)"
                : string.Join(" · ", reply.FollowUps)) + "[/]");
        if (interactive && reply.OffersMore)
            console.MarkupLine($"[grey]Type [bold]{MoreWord}[/] for the details.[/]");
        console.WriteLine();
    }

    public void WriteDetail(Reply reply)
    {
        console.WriteLine();
        console.MarkupLine(ConsoleMarkdown.ToMarkup(reply.Detail ?? ""));
    }
}
