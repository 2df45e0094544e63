using CareerBot.Composition;
using CareerBot.ConsoleChat;
using CareerBot.Core.Configuration;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace CareerBot.CommandLine;

/// <summary>
/// <c>ask "question"</c> answers once; <c>ask --json -</c> answers each stdin line as an independent message,
/// writing exactly one JSON object per line to stdout. With <c>--conversation</c> the lines are one member's messages
/// in one channel, read in context as in chat; an empty line starts a new conversation with a new member.
/// </summary>
public static class AskRunner
{
    public static async Task<int> RunAsync(string[] words, bool json, bool conversation, string? moderator, string? member, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            var builder = CareerBotHostBuilder.Create(LogLevel.Warning);
            builder.Services.AddSingleton<LocalShareSecret>();
            host = builder.Build();
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            // Starting loads the moderators' revisions over the knowledge files and runs the question log.
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (HostRun.StartupProblem(e) is { } message)
        {
            await Console.Error.WriteLineAsync("CareerBot cannot start: " + message);
            return FatalConfigurationError.ExitCode;
        }
        using (host)
        {
            var fromStdin = words is ["-"];
            if (conversation && !fromStdin)
            {
                await Console.Error.WriteLineAsync("--conversation reads the messages from stdin: pass - as the question, e.g. `ask --json --conversation -`.");
                return 1;
            }
            var messages = fromStdin ? ReadLines(Console.In) : [string.Join(' ', words)];
            var writer = new ConsoleReplyWriter(AnsiConsole.Console);
            var charts = new ConsoleChartWriter(host.Services.GetRequiredService<IChartRenderer>(), AnsiConsole.Console, TimeProvider.System,
                host.Services.GetRequiredService<ILoggerFactory>().CreateLogger<ConsoleChartWriter>());
            var person = ConsoleUser.Create(moderator, member);
            var line = 0;
            var session = 1;
            foreach (var text in messages)
            {
                line++;
                if (conversation && text.Trim().Length == 0)
                {
                    // An empty line ends the conversation: the next line comes from a new member in a new channel.
                    session++;
                    continue;
                }
                // Without --conversation each line is its own conversation: no follow-up context carries between lines.
                var channel = !fromStdin ? "ask" : conversation ? $"stdin-conversation-{session}" : $"stdin-{line}";
                var user = conversation ? person with { Id = $"{person.Id}-{session}" } : person;
                await using var scope = host.Services.CreateAsyncScope();
                var pipeline = scope.ServiceProvider.GetRequiredService<IMessagePipeline>();
                var reply = await pipeline.HandleAsync(new IncomingMessage(ConsoleUser.Platform, channel, user, text), cancellationToken);
                if (json) await Console.Out.WriteLineAsync(ReplyJson.Serialize(reply));
                else
                {
                    writer.Write(reply);
                    await charts.WriteAsync(reply, cancellationToken);
                }
            }
            await Console.Out.FlushAsync(cancellationToken);
            await host.StopAsync(CancellationToken.None);
        }
        return 0;
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line) yield return line;
    }
}
