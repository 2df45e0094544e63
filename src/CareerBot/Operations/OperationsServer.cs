using System.Net;
using System.Text.Json;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace CareerBot.Operations;

/// <summary>
/// Serves /healthz (the host's health checks) and /metrics (Prometheus text of the "CareerBot*" meters and .NET runtime)
/// on a local port of its own, so the chat host stays a plain worker.
/// </summary>
/// <remarks>
/// Two <see cref="HttpListener"/>s share the port (the more specific prefix wins): OpenTelemetry's Prometheus exporter's own
/// for /metrics, and this one for /healthz. A web host (Kestrel, routing, middleware) for two read-only paths cost the bot
/// about 15 MB of memory and a quarter of a second of start-up CPU (docs/PERFORMANCE.md).
/// </remarks>
public sealed class OperationsServer(IOptions<OperationsOptions> options, HealthCheckService health, ILogger<OperationsServer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var root = $"http://{ListenerHost(options.Value.BindAddress)}:{options.Value.Port}/";
        try
        {
            using var metrics = Sdk.CreateMeterProviderBuilder()
                .AddMeter(PipelineMetrics.MeterName + "*")
                .AddMeter("System.Runtime")
                // The exporter's own Host option takes neither + nor 0.0.0.0: its listener gets the same prefix as /healthz's.
                .AddPrometheusHttpListener(exporter => exporter.ConfigureHttpListener = (_, listener) =>
                {
                    listener.Prefixes.Clear();
                    listener.Prefixes.Add(root);
                })
                .Build();
            using var healthz = new HttpListener { Prefixes = { root + "healthz/" } };
            healthz.Start();
            logger.LogInformation("Operations endpoint on {Url} (/healthz, /metrics)", root);
            await using var stop = stoppingToken.Register(healthz.Stop);
            while (!stoppingToken.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await healthz.GetContextAsync();
                }
                catch (HttpListenerException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                await AnswerHealthAsync(context.Response, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "The operations endpoint stopped");
            throw;
        }
    }

    private async Task AnswerHealthAsync(HttpListenerResponse response, CancellationToken cancellationToken)
    {
        using (response)
        {
            var report = await health.CheckHealthAsync(cancellationToken);
            response.StatusCode = report.Status == HealthStatus.Unhealthy ? (int)HttpStatusCode.ServiceUnavailable : (int)HttpStatusCode.OK;
            response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(response.OutputStream, new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            }, JsonSerializerOptions.Web, cancellationToken);
        }
    }

    /// <summary>HttpListener spells "every address" as +.</summary>
    private static string ListenerHost(string bindAddress) =>
        IPAddress.TryParse(bindAddress, out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) ? "+" : bindAddress;
}
