namespace CareerBot.Discord.Api;

/// <summary>Discord refused a request. <see cref="Code"/> is Discord's JSON error code (e.g. 50035 invalid form body).</summary>
public sealed class DiscordRestException(DiscordRoute route, int statusCode, int? code, string message)
    : Exception($"{route} failed with {statusCode}{(code is null ? "" : $" (code {code})")}: {message}")
{
    public DiscordRoute Route => route;
    public int StatusCode => statusCode;
    public int? Code => code;
}
