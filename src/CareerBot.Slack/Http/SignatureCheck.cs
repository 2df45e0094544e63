namespace CareerBot.Slack.Http;

/// <summary>Why a request passed or failed Slack's signature check.</summary>
public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    /// <summary>More than 5 minutes from now, either way: a replay or a badly wrong clock.</summary>
    OutsideReplayWindow,
    Mismatch,
    /// <summary>Valid, but this exact signed request was already received: answered 200 and not handled again.</summary>
    Replayed,
}
