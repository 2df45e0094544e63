using System.Text;
using CareerBot.Slack.Http;

namespace CareerBot.Tests.Slack;

public sealed class SlackRequestVerifierTests
{
    // Slack's published example (verifying requests from Slack): secret, timestamp, slash-command body and signature.
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Slacks_published_example_signs_to_the_published_signature() =>
        Assert.Equal(Signature, SlackRequestVerifier.Sign(Secret, Timestamp, Body));

    [Fact]
    public void Slacks_published_example_verifies() =>
        Assert.Equal(SignatureCheck.Valid, SlackRequestVerifier.Verify(Secret, Timestamp, Signature, Body, SignedAt.AddSeconds(30)));

    [Fact]
    public void One_changed_body_byte_fails()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^1] ^= 1;
        Assert.Equal(SignatureCheck.Mismatch, SlackRequestVerifier.Verify(Secret, Timestamp, Signature, tampered, SignedAt));
    }

    [Fact]
    public void Wrong_secret_fails() =>
        Assert.Equal(SignatureCheck.Mismatch, SlackRequestVerifier.Verify(Secret + "x", Timestamp, Signature, Body, SignedAt));

    [Theory]
    [InlineData(300, SignatureCheck.Valid)]
    [InlineData(-300, SignatureCheck.Valid)]
    [InlineData(301, SignatureCheck.OutsideReplayWindow)]
    [InlineData(-301, SignatureCheck.OutsideReplayWindow)]
    [InlineData(86_400, SignatureCheck.OutsideReplayWindow)]
    public void Replay_window_is_five_minutes_either_way(int secondsFromSigning, SignatureCheck expected) =>
        Assert.Equal(expected, SlackRequestVerifier.Verify(Secret, Timestamp, Signature, Body, SignedAt.AddSeconds(secondsFromSigning)));

    [Theory]
    [InlineData(null, Signature, SignatureCheck.MissingHeaders)]
    [InlineData(Timestamp, null, SignatureCheck.MissingHeaders)]
    [InlineData("", Signature, SignatureCheck.MissingHeaders)]
    [InlineData("15314206l8", Signature, SignatureCheck.MalformedTimestamp)]
    [InlineData("-1531420618", Signature, SignatureCheck.MalformedTimestamp)]
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.Mismatch)]
    [InlineData(Timestamp, "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503", SignatureCheck.Mismatch)]
    [InlineData(Timestamp, "v0=a2114d57", SignatureCheck.Mismatch)]
    public void Missing_or_malformed_headers_fail(string? timestamp, string? signature, SignatureCheck expected) =>
        Assert.Equal(expected, SlackRequestVerifier.Verify(Secret, timestamp, signature, Body, SignedAt));

    [Fact]
    public void Empty_secret_fails_closed() =>
        Assert.Equal(SignatureCheck.MissingHeaders, SlackRequestVerifier.Verify("", Timestamp, SlackRequestVerifier.Sign("", Timestamp, Body), Body, SignedAt));

    [Fact]
    public void The_same_signed_request_a_second_time_is_a_replay_until_its_timestamp_is_stale()
    {
        var clock = new ManualTimeProvider(SignedAt.AddSeconds(1));
        var verifier = new SlackRequestVerifier(Microsoft.Extensions.Options.Options.Create(new CareerBot.Slack.SlackOptions { SigningSecret = Secret }), clock);

        Assert.Equal(SignatureCheck.Valid, verifier.Verify(Timestamp, Signature, Body));
        clock.Now = SignedAt.AddMinutes(4);
        Assert.Equal(SignatureCheck.Replayed, verifier.Verify(Timestamp, Signature, Body));
        clock.Now = SignedAt.AddMinutes(6);
        Assert.Equal(SignatureCheck.OutsideReplayWindow, verifier.Verify(Timestamp, Signature, Body));
    }
}
