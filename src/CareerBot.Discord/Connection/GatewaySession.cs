namespace CareerBot.Discord.Connection;

/// <summary>What survives a dropped connection: the session to resume, where to resume it, and the last sequence number seen.</summary>
public sealed class GatewaySession
{
    private int _sequence = -1;

    public string? SessionId { get; private set; }
    public Uri? ResumeUrl { get; private set; }

    /// <summary>The newest <c>s</c> of any dispatch, or null before the first one.</summary>
    public int? Sequence => Volatile.Read(ref _sequence) is var s && s >= 0 ? s : null;

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Observe(int sequence) => Volatile.Write(ref _sequence, sequence);

    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Volatile.Write(ref _sequence, -1);
    }
}
