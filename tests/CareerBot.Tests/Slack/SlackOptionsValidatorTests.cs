using CareerBot.Slack;

namespace CareerBot.Tests.Slack;

public sealed class SlackOptionsValidatorTests
{
    private static readonly SlackOptions Valid = new() { BotToken = "xoxb-1", AppToken = "xapp-1" };

    private static IEnumerable<string> Errors(SlackOptions o) => new SlackOptionsValidator().Validate(null, o).Failures ?? [];

    [Fact]
    public void Socket_mode_with_both_tokens_is_valid() => Assert.Empty(Errors(Valid));

    [Theory]
    [InlineData("xoxp-user-token", "Slack:BotToken")]
    [InlineData("", "Slack:BotToken")]
    public void Wrong_bot_token_kind_names_the_key(string token, string key) =>
        Assert.Contains(Errors(Valid with { BotToken = token }), e => e.StartsWith(key) && e.Contains("xoxb-"));

    [Fact]
    public void Socket_mode_needs_an_app_token() =>
        Assert.Contains(Errors(Valid with { AppToken = "xoxb-not-an-app-token" }), e => e.StartsWith("Slack:AppToken") && e.Contains("xapp-"));

    [Fact]
    public void Http_mode_needs_a_signing_secret_but_no_app_token()
    {
        var errors = Errors(Valid with { Mode = SlackMode.Http, AppToken = null }).ToList();
        Assert.Single(errors);
        Assert.StartsWith("Slack:SigningSecret", errors[0]);
    }

    [Theory]
    [InlineData("ftp://slack.com/api/")]
    [InlineData("slack.com/api")]
    public void Api_base_url_must_be_absolute_http(string url) =>
        Assert.Contains(Errors(Valid with { ApiBaseUrl = url }), e => e.StartsWith("Slack:ApiBaseUrl"));

    [Fact]
    public void Errors_never_echo_a_secret()
    {
        var errors = Errors(new SlackOptions { BotToken = "xoxp-secret-value", AppToken = "xoxb-secret-value", Mode = SlackMode.SocketMode });
        Assert.All(errors, e => Assert.DoesNotContain("secret-value", e));
    }

    [Fact]
    public void Http_port_and_host_are_checked_in_http_mode()
    {
        var errors = Errors(Valid with { Mode = SlackMode.Http, SigningSecret = "s", HttpPort = 70000, HttpHost = "example.com" }).ToList();
        Assert.Contains(errors, e => e.StartsWith("Slack:HttpPort"));
        Assert.Contains(errors, e => e.StartsWith("Slack:HttpHost"));
    }

    [Fact]
    public void Printing_the_options_never_shows_a_secret()
    {
        var text = new SlackOptions { BotToken = "xoxb-very-secret", AppToken = "xapp-very-secret", SigningSecret = "very-secret" }.ToString();
        Assert.DoesNotContain("very-secret", text);
        Assert.Contains("BotToken = (set)", text);
    }

    [Fact]
    public void Posting_pace_and_concurrency_are_checked_naming_the_key_and_an_example()
    {
        var errors = Errors(Valid with { ChannelPostInterval = TimeSpan.Zero, ChannelPostBurst = 0, MaxConcurrentCalls = 0 }).ToList();
        Assert.Contains(errors, e => e.StartsWith("Slack:ChannelPostInterval") && e.Contains("00:00:01"));
        Assert.Contains(errors, e => e.StartsWith("Slack:ChannelPostBurst") && e.Contains("e.g. 3"));
        Assert.Contains(errors, e => e.StartsWith("Slack:MaxConcurrentCalls") && e.Contains("e.g. 8"));
    }
}
