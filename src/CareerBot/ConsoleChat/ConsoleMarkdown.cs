using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Spectre.Console;
using Table = Markdig.Extensions.Tables.Table;
using TableRow = Markdig.Extensions.Tables.TableRow;
using TableCell = Markdig.Extensions.Tables.TableCell;

namespace CareerBot.ConsoleChat;

/// <summary>Renders a reply's Markdown as Spectre.Console markup: bold, italics, code, bullets and tables readable in a terminal.</summary>
public static class ConsoleMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static string ToMarkup(string markdown)
    {
        var sb = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown, Pipeline)) Block(sb, block, "");
        return sb.ToString().TrimEnd();
    }

    private static void Block(StringBuilder sb, Block block, string indent)
    {
        switch (block)
        {
            case HeadingBlock h:
                sb.Append(indent).Append("[bold underline]").Append(Inlines(h.Inline)).Append("[/]\n");
                break;
            case ParagraphBlock p:
                sb.Append(indent).Append(Inlines(p.Inline)).Append('\n');
                break;
            case ListBlock list:
                var n = 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var bullet = list.IsOrdered ? $"{n++}. " : "• ";
                    var inner = new StringBuilder();
                    foreach (var child in item) Block(inner, child, "");
                    sb.Append(indent).Append(bullet).Append(inner.ToString().TrimEnd().Replace("\n", "\n" + indent + "  ")).Append('\n');
                }
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>().Select(c => string.Concat(c.OfType<ParagraphBlock>().Select(p => Inlines(p.Inline))));
                    var line = string.Join(" [grey]│[/] ", cells);
                    sb.Append(indent).Append(row.IsHeader ? $"[bold]{line}[/]" : line).Append('\n');
                }
                break;
            case FencedCodeBlock or CodeBlock:
                var code = ((LeafBlock)block).Lines.ToString();
                sb.Append("[grey]").Append(Markup.Escape(code)).Append("[/]\n");
                break;
            case QuoteBlock quote:
                foreach (var child in quote) Block(sb, child, indent + "[grey]│[/] ");
                break;
            case ThematicBreakBlock:
                sb.Append(indent).Append("[grey]────[/]\n");
                break;
            case HtmlBlock:
                break;
            case ContainerBlock container:
                foreach (var child in container) Block(sb, child, indent);
                break;
            case LeafBlock leaf:
                sb.Append(indent).Append(Markup.Escape(leaf.Lines.ToString())).Append('\n');
                break;
        }
    }

    private static string Inlines(ContainerInline? container)
    {
        if (container is null) return "";
        var sb = new StringBuilder();
        foreach (var inline in container) Inline(sb, inline);
        return sb.ToString();
    }

    private static void Inline(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(Markup.Escape(literal.Content.ToString()));
                break;
            case CodeInline code:
                sb.Append("[aqua]").Append(Markup.Escape(code.Content)).Append("[/]");
                break;
            case EmphasisInline emphasis:
                sb.Append(emphasis.DelimiterCount >= 2 ? "[bold]" : "[italic]");
                foreach (var child in emphasis) Inline(sb, child);
                sb.Append("[/]");
                break;
            case LinkInline link:
                foreach (var child in link) Inline(sb, child);
                if (!string.IsNullOrEmpty(link.Url)) sb.Append(" [blue](").Append(Markup.Escape(link.Url)).Append(")[/]");
                break;
            case LineBreakInline:
                sb.Append('\n');
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container) Inline(sb, child);
                break;
            default:
                sb.Append(Markup.Escape(inline.ToString() ?? ""));
                break;
        }
    }
}
