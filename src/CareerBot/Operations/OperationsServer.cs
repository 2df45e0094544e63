using System.Text.Json;
using CareerBot.Core.Pipeline;
using CareerBot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace CareerBot.Operations;

/// <summary>
/// Serves /healthz (the host's health checks) and /metrics (Prometheus text of the "CareerBot*" meters and .NET runtime)
/// on a local port of its own, so the chat host stays a plain worker.
/// </summary>
public sealed class OperationsServer(IOptions<OperationsOptions> options, HealthCheckService health, ILogger<OperationsServer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Empty, not slim: a slim builder also reads the process's command line as configuration and watches every folder under
        // the working directory for appsettings.json changes, which wakes a thread for each write there (with the default
        // Storage:DataDirectory, every write of the SQLite file).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(EmbeddedServerLimits.Apply).UseUrls($"http://{options.Value.BindAddress}:{options.Value.Port}");
        builder.Services.AddRoutingCore();
        builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter(PipelineMetrics.MeterName + "*")
            .AddMeter("System.Runtime")
            .AddPrometheusExporter());
        await using var app = builder.Build();
        app.UseOpenTelemetryPrometheusScrapingEndpoint("/metrics");
        app.MapGet("/healthz", async (HttpContext context) =>
        {
            var report = await health.CheckHealthAsync(context.RequestAborted);
            context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            await context.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            }, JsonSerializerOptions.Web, context.RequestAborted);
        });
        try
        {
            await app.StartAsync(stoppingToken);
            logger.LogInformation("Operations endpoint on {Urls} (/healthz, /metrics)", string.Join(", ", app.Urls));
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "The operations endpoint stopped");
            throw;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }
}
