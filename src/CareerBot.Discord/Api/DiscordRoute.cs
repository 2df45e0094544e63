namespace CareerBot.Discord.Api;

/// <summary>
/// One REST call: method, route template, concrete path, and the top-level resource id Discord keys rate limits by
/// (channel, guild, or webhook + token). Interaction callbacks and webhook-token routes are exempt from the global limit.
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorId = "", bool ExemptFromGlobal = false, bool Authorized = true)
{
    /// <summary>The bucket key until Discord names the bucket: method + template + top-level id.</summary>
    public string RouteKey => $"{Method.Method} {Template} {MajorId}";
    public string TemplateKey => $"{Method.Method} {Template}";

    public override string ToString() => $"{Method.Method} {Template}";
}
