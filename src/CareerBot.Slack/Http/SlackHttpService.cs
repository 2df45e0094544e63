using System.Net;
using CareerBot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Http;

/// <summary>Runs Kestrel with the three Slack endpoints when Slack:Mode is Http.</summary>
public sealed class SlackHttpService(SlackHttpEndpoints endpoints, SlackConnectionStatus status, IOptions<SlackOptions> options, ILogger<SlackHttpService> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Mode != SlackMode.Http) return;
        // Empty: no configuration of its own (the host's is bound already), so no appsettings.json watcher.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            EmbeddedServerLimits.Apply(k);
            k.Listen(IPAddress.Parse(o.HttpHost), o.HttpPort);
        });
        builder.Services.AddRoutingCore();
        _app = builder.Build();
        _app.MapPost("/slack/events", endpoints.HandleEventsAsync);
        _app.MapPost("/slack/commands", endpoints.HandleCommandsAsync);
        _app.MapPost("/slack/interactivity", endpoints.HandleInteractivityAsync);
        await _app.StartAsync(cancellationToken);
        status.Report(true, $"HTTP endpoints listen on {o.HttpHost}:{o.HttpPort}");
        logger.LogInformation("Slack HTTP endpoints listen on http://{Host}:{Port}/slack/", o.HttpHost, o.HttpPort);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null) await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
