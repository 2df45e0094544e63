using System.Collections.Concurrent;
using System.Diagnostics;
using CareerBot.FakeDiscord;
using CareerBot.FakeSlack;

namespace CareerBot.Soak;

/// <summary>Every message sent during a soak and what came back for it: answered, how fast, and whether twice.</summary>
public sealed class ReplyTracker
{
    private readonly FakeSlackServer _slack;
    private readonly ConcurrentDictionary<string, long> _discordSent = new();
    private readonly ConcurrentDictionary<string, int> _discordReplies = new();
    private readonly ConcurrentQueue<FakeInteraction> _interactions = new();
    private readonly ConcurrentDictionary<string, long> _slackSent = new();
    private readonly ConcurrentDictionary<string, long> _slackResponses = new();
    private readonly ConcurrentQueue<double> _latencies = new();
    private long _since = Stopwatch.GetTimestamp();

    public ReplyTracker(FakeDiscordServer discord, FakeSlackServer slack)
    {
        _slack = slack;
        discord.Rest.Recorded += request =>
        {
            if (request is not { Method: "POST", Status: 200 } || request.Json?["message_reference"]?["message_id"]?.GetValue<string>() is not { } id) return;
            if (_discordReplies.AddOrUpdate(id, 1, (_, n) => n + 1) == 1 && _discordSent.TryGetValue(id, out var sent))
                _latencies.Enqueue(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        };
    }

    public void ExpectDiscordReply(string messageId) => _discordSent[messageId] = Stopwatch.GetTimestamp();
    public void ExpectInteraction(FakeInteraction interaction) => _interactions.Enqueue(interaction);
    public void ExpectSlackReply(string ts) => _slackSent[ts] = Stopwatch.GetTimestamp();
    public void ExpectSlackResponse(string responseUrlId) => _slackResponses[responseUrlId] = Stopwatch.GetTimestamp();

    public int Sent => _discordSent.Count + _interactions.Count + _slackSent.Count + _slackResponses.Count;

    public int Answered => Sent - Pending;

    public int Pending => UnansweredDescriptions().Count;

    public IReadOnlyList<double> Latencies => _latencies.ToList();

    /// <summary>Discord replies referencing the same question more than once, plus Slack threads with the same text posted twice.</summary>
    public int Duplicates =>
        _discordReplies.Count(p => _discordSent.ContainsKey(p.Key) && p.Value > 1)
        + _slack.Posts.Where(p => p.ThreadTs is { } t && _slackSent.ContainsKey(t)).GroupBy(p => (p.ThreadTs, p.Text)).Count(g => g.Count() > 1);

    public IReadOnlyList<string> UnansweredDescriptions()
    {
        var slackThreads = _slack.Posts.Select(p => p.ThreadTs).OfType<string>().ToHashSet();
        var slackResponses = _slack.Responses.Select(r => r.ResponseUrlId).ToHashSet();
        return _discordSent.Where(p => !_discordReplies.ContainsKey(p.Key)).Select(p => $"Discord message {p.Key} sent at {At(p.Value)}")
            .Concat(_interactions.Where(i => !(i.CallbackType == 4 || (i.CallbackType == 5 && i.Edits > 0))).Select(i => $"Discord /{i.Name} {i.Id}"))
            .Concat(_slackSent.Where(p => !slackThreads.Contains(p.Key)).Select(p => $"Slack mention {p.Key} sent at {At(p.Value)}"))
            .Concat(_slackResponses.Where(p => !slackResponses.Contains(p.Key)).Select(p => $"Slack command {p.Key} sent at {At(p.Value)}"))
            .ToList();
    }

    private string At(long timestamp) => $"{(timestamp - _since) / (double)Stopwatch.Frequency:F2} s";

    /// <summary>Forgets the warm-up, so the report covers the measured run only.</summary>
    public void Reset()
    {
        _since = Stopwatch.GetTimestamp();
        _discordSent.Clear();
        _discordReplies.Clear();
        _interactions.Clear();
        _slackSent.Clear();
        _slackResponses.Clear();
        _latencies.Clear();
    }
}
