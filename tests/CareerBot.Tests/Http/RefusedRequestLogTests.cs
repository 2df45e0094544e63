using CareerBot.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Http;

public class RefusedRequestLogTests
{
    private readonly FakeLogger _logger = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-04T12:00:00Z"));

    [Fact]
    public void A_flood_of_forged_requests_is_one_line_a_minute_with_the_count()
    {
        var log = new RefusedRequestLog(_logger, _time);

        for (var i = 0; i < 500; i++)
        {
            log.Refused("/slack/events", "BadSignature");
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // 500 refusals over 50 s: the first is logged at once, the rest wait for the next line.
        var first = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, first.Level);
        Assert.Contains("Refused 1 unverified", first.Message);

        _time.Advance(TimeSpan.FromSeconds(10));
        log.Refused("/slack/commands", "StaleTimestamp");

        var lines = _logger.Collector.GetSnapshot();
        Assert.Equal(2, lines.Count);
        Assert.Contains("Refused 500 unverified", lines[1].Message);
        Assert.Contains("/slack/commands: StaleTimestamp", lines[1].Message);
    }
}
