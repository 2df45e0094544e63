using CareerBot.IntegrationTests.Discord;
using CareerBot.Soak;
using Xunit.Abstractions;

namespace CareerBot.IntegrationTests.Operations;

/// <summary>
/// The CI version of issue 8's soak: the real bot binary against both fakes with mixed traffic for 20 s and a disruption
/// every 6 s. Correctness only (every message answered once, no error logged, clean exit on SIGTERM); the 10-minute run
/// and its memory numbers are in docs/PERFORMANCE.md.
/// </summary>
[Collection(DiscordCollection.Name)]
public class SoakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Mixed_traffic_with_reconnects_is_answered_exactly_once_without_errors()
    {
        var report = await SoakRun.RunAsync(new SoakOptions(TimeSpan.FromSeconds(20), MessagesPerSecond: 20, DisruptEvery: TimeSpan.FromSeconds(6)),
            new TestOutputWriter(output), CancellationToken.None);
        output.WriteLine(report.ToString());

        Assert.True(report.Sent >= 300, $"only {report.Sent} messages were sent");
        Assert.Empty(report.Unanswered);
        Assert.Equal(0, report.Duplicates);
        Assert.Empty(report.Errors);
        Assert.Equal(0, report.Discord429s);
        Assert.Equal(0, report.ExitCode);
        Assert.True(report.Disruptions >= 3 && report.Resumes >= report.Disruptions && report.SocketsOpened > report.Disruptions,
            $"disruptions {report.Disruptions}, resumes {report.Resumes}, Slack sockets {report.SocketsOpened}");
    }

    private sealed class TestOutputWriter(ITestOutputHelper output) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void WriteLine(string? value) => output.WriteLine(value ?? "");
    }
}
