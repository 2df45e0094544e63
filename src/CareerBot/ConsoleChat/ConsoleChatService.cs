using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace CareerBot.ConsoleChat;

/// <summary>The embedded default adapter: an interactive chat in the terminal. /quit, Ctrl+C or end of input leaves.</summary>
public sealed class ConsoleChatService(
    IServiceScopeFactory scopes,
    IChartRenderer charts,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ConsoleChatOptions options,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    private static readonly string[] QuitWords = ["/quit", "/exit", "quit", "exit"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Console reads block a thread; keep them off the host's startup path.
        await Task.Yield();
        var console = AnsiConsole.Console;
        var writer = new ConsoleReplyWriter(console, interactive: true);
        var chartWriter = new ConsoleChartWriter(charts, console, time, logger);
        var editor = new LineEditor();
        var user = ConsoleUser.Create(options.Moderator, options.User);
        console.MarkupLine("[bold]CareerBot[/] — ask about ML engineer careers and pay. [grey]/help for commands, /quit to leave.[/]");
        if (user.IsModerator) console.MarkupLine($"[grey]Moderator mode as {Markup.Escape(user.DisplayName)}: /kb commands are available.[/]");
        console.WriteLine();
        Reply? last = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var line = editor.ReadLine("you> ", stoppingToken);
                if (line is null || QuitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase)) break;
                if (string.IsNullOrWhiteSpace(line)) continue;
                // The terminal's buttons: "more" shows the last answer's detail, a number asks that follow-up.
                if (last is { OffersMore: true } && line.Trim().Equals(ConsoleReplyWriter.MoreWord, StringComparison.OrdinalIgnoreCase))
                {
                    writer.WriteDetail(last);
                    console.WriteLine();
                    last = last with { MoreIntent = null };
                    continue;
                }
                if (last is not null && int.TryParse(line.Trim(), out var number) && number >= 1 && number <= last.FollowUps.Count)
                    line = last.FollowUps[number - 1];
                using var scope = scopes.CreateScope();
                var pipeline = scope.ServiceProvider.GetRequiredService<IMessagePipeline>();
                var reply = await pipeline.HandleAsync(new IncomingMessage(ConsoleUser.Platform, "terminal", user, line), stoppingToken);
                writer.Write(reply);
                await chartWriter.WriteAsync(reply, stoppingToken);
                last = reply;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "The console chat stopped unexpectedly");
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
