using System.Net;
using CareerBot.Composition;
using CareerBot.Core.Messages;
using CareerBot.Core.Pipeline;
using CareerBot.Http;
using CareerBot.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Host;

// Not in parallel with other classes: one test counts this process's file watchers, and other tests start web hosts that open one.
[Collection(nameof(OperationsEndpointTests))]
[CollectionDefinition(nameof(OperationsEndpointTests), DisableParallelization = true)]
public class OperationsEndpointTests
{
    [Fact]
    public async Task Healthz_and_metrics_are_served_on_the_configured_local_port()
    {
        var port = LoopbackPort.Free();
        using var host = await StartedHostAsync(port);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var health = await RetryAsync(() => http.GetAsync("/healthz"));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"knowledge\"", await health.Content.ReadAsStringAsync());

            // Measurements count from when the exporter listens, i.e. once the endpoint answers.
            await using (var scope = host.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<IMessagePipeline>()
                    .HandleAsync(new IncomingMessage("discord", "c", new ChatUser("discord", "u", "U"), "do I need a PhD?"), CancellationToken.None);


            var metrics = await (await http.GetAsync("/metrics")).Content.ReadAsStringAsync();
            Assert.Contains("careerbot_messages", metrics);
            Assert.Contains("platform=\"discord\"", metrics);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Connections_past_the_limit_are_closed_at_once_and_the_endpoint_answers_after_the_flood()
    {
        var port = LoopbackPort.Free();
        using var host = await StartedHostAsync(port);
        var flood = new List<System.Net.Sockets.TcpClient>();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await RetryAsync(() => http.GetAsync("/healthz"));
            for (var i = 0; i <= EmbeddedServerLimits.MaxConcurrentConnections; i++) flood.Add(await RawHttp.OpenIdleAsync(port));
            var until = DateTime.UtcNow.AddSeconds(10);
            while (!flood.Any(RawHttp.IsClosedByServer) && DateTime.UtcNow < until) await Task.Delay(25);
            Assert.Contains(flood, RawHttp.IsClosedByServer);

            foreach (var client in flood) client.Dispose();
            Assert.Equal(HttpStatusCode.OK, (await RetryAsync(() => http.GetAsync("/healthz"))).StatusCode);
        }
        finally
        {
            foreach (var client in flood) client.Dispose();
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_started_host_with_the_endpoint_watches_no_files()
    {
        // Linux is where the bot runs (systemd); there every file watcher is an inotify descriptor in /proc/self/fd.
        if (!OperatingSystem.IsLinux()) return;
        var port = LoopbackPort.Free();
        var before = InotifyDescriptors();
        using var host = await StartedHostAsync(port);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            // Once /healthz answers, the endpoint's web host is built and listening.
            await RetryAsync(() => http.GetAsync("/healthz"));
            Assert.Equal(before, InotifyDescriptors());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<IHost> StartedHostAsync(int port)
    {
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning, new Dictionary<string, string?> { ["Operations:Port"] = port.ToString() });
        builder.Services.AddOperations(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static int InotifyDescriptors() =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd => fd.LinkTarget?.Contains("inotify", StringComparison.Ordinal) == true);

    [Fact]
    public void Endpoint_is_off_unless_a_port_is_configured()
    {
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning);
        builder.Services.AddOperations(builder.Configuration);
        using var host = builder.Build();
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is OperationsServer);
    }

    private static async Task<HttpResponseMessage> RetryAsync(Func<Task<HttpResponseMessage>> call)
    {
        for (var attempt = 0; ; attempt++)
        {
            try { return await call(); }
            catch (HttpRequestException) when (attempt < 50) { await Task.Delay(100); }
        }
    }
}
