using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Api;

/// <summary>
/// Logs the Slack client's requests in place of HttpClient's own logging, which writes every URL in full: a response_url's
/// or an upload URL's path is itself a credential. Web API calls (under <c>Slack:ApiBaseUrl</c>) keep their method name;
/// any other URL is reduced to its host, at every level.
/// </summary>
public sealed class SlackHttpLogger(ILoggerFactory loggers, IOptions<SlackOptions> options) : IHttpClientLogger
{
    // The category HttpClient's own logging uses, so log filters written for it keep working.
    private readonly ILogger _logger = loggers.CreateLogger("System.Net.Http.HttpClient." + SlackApiClient.HttpClientName);
    private readonly Uri _apiBase = options.Value.ApiBaseUri;

    public object? LogRequestStart(HttpRequestMessage request)
    {
        _logger.LogDebug("Sending HTTP request {Method} {Uri}", request.Method, Redact(request.RequestUri));
        return null;
    }

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed) =>
        _logger.LogInformation("HTTP {Method} {Uri} answered {StatusCode} after {ElapsedMilliseconds:0} ms",
            request.Method, Redact(request.RequestUri), (int)response.StatusCode, elapsed.TotalMilliseconds);

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        _logger.LogWarning("HTTP {Method} {Uri} failed after {ElapsedMilliseconds:0} ms: {Error}",
            request.Method, Redact(request.RequestUri), elapsed.TotalMilliseconds, exception.GetType().Name);

    /// <summary>A Web API method's URL without its query; for anything else only scheme and host.</summary>
    public string Redact(Uri? uri) =>
        uri is null ? "" : _apiBase.IsBaseOf(uri) ? uri.GetLeftPart(UriPartial.Path) : $"{uri.Scheme}://{uri.Authority}/[redacted]";
}
