using CareerBot.ConsoleChat;
using CareerBot.Core.Messages;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace CareerBot.Tests.Charts;

public class ConsoleChartWriterTests
{
    private static readonly ChartRequest Chart = new("t", [new ChartSeries("Base", [1m])], ["Year 1"], "USD");

    private sealed class FixedRenderer(Func<byte[]> render) : IChartRenderer
    {
        public ValueTask<byte[]> RenderPngAsync(ChartRequest chart, CancellationToken cancellationToken) => ValueTask.FromResult(render());
    }

    private static (ConsoleChartWriter Writer, StringWriter Output) Create(Func<byte[]> render)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 400;
        return (new ConsoleChartWriter(new FixedRenderer(render), console, TimeProvider.System, NullLogger.Instance), output);
    }

    [Fact]
    public async Task Writes_the_png_to_a_file_and_prints_its_path()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var (writer, output) = Create(() => png);
        await writer.WriteAsync(new Reply(ReplyKind.Answer, "offer", 1, "text") { Chart = Chart }, CancellationToken.None);
        var line = output.ToString().Trim();
        Assert.StartsWith("Chart: " + ConsoleChartWriter.Directory, line);
        var path = line["Chart: ".Length..];
        try { Assert.Equal(png, await File.ReadAllBytesAsync(path)); }
        finally { File.Delete(path); }
    }

    [Fact]
    public async Task A_reply_without_a_chart_prints_nothing()
    {
        var (writer, output) = Create(() => throw new InvalidOperationException("must not render"));
        await writer.WriteAsync(new Reply(ReplyKind.Answer, "x", 1, "text"), CancellationToken.None);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task A_failed_chart_costs_one_line_not_the_answer()
    {
        var (writer, output) = Create(() => throw new InvalidOperationException("no fonts"));
        await writer.WriteAsync(new Reply(ReplyKind.Answer, "offer", 1, "text") { Chart = Chart }, CancellationToken.None);
        Assert.Contains("The chart could not be drawn this time.", output.ToString());
    }
}
