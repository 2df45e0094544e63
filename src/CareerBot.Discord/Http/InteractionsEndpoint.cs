using System.Text.Json;
using System.Threading.Channels;
using CareerBot.Discord.Inbound;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Wire;
using CareerBot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Http;

/// <summary>
/// The optional HTTP interactions mode: Discord POSTs interactions to <c>{InteractionsUrl}/interactions</c> instead of sending them
/// over the gateway. Signatures and their timestamps are checked first (401 on any failure), PING is answered inline, and every
/// other interaction is acknowledged with 202 and answered (once per interaction id, however often it is replayed) through the
/// callback route by the same <see cref="InteractionResponder"/> as gateway ones.
/// </summary>
public sealed class InteractionsEndpoint(
    IOptions<DiscordOptions> options,
    IServiceScopeFactory scopes,
    ProcessedEvents processed,
    DiscordConnectionStatus status,
    TimeProvider time,
    ILogger<InteractionsEndpoint> logger) : BackgroundService
{
    private readonly RefusedRequestLog _refused = new(logger, time);

    private readonly Channel<DiscordInteraction> _work = Channel.CreateBounded<DiscordInteraction>(256);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var signature = new InteractionSignature(settings.InteractionsPublicKey!, time);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(EmbeddedServerLimits.Apply).UseUrls(settings.InteractionsUrl!);
        await using var app = builder.Build();
        app.MapPost("/interactions", (Delegate)((HttpContext context) => ReceiveAsync(context, signature)));
        status.Interactions(false, "starting");
        await app.StartAsync(stoppingToken);
        status.Interactions(true, $"listening on {settings.InteractionsUrl}/interactions");
        logger.LogInformation("Discord HTTP interactions endpoint listening on {Url}/interactions", settings.InteractionsUrl);
        var workers = Enumerable.Range(0, settings.DispatchWorkers).Select(_ => WorkAsync(stoppingToken)).ToList();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            status.Interactions(false, "stopped");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(timeout.Token);
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext context, InteractionSignature signature)
    {
        // Capped before reading: the body is unauthenticated until its signature is checked.
        if (await BoundedRequestBody.ReadAsync(context) is not { } body) return Results.StatusCode(context.Response.StatusCode);
        if (!signature.IsValid(context.Request.Headers["X-Signature-Ed25519"], context.Request.Headers["X-Signature-Timestamp"], body))
        {
            _refused.Refused(context.Request.Path, "bad or missing X-Signature-Ed25519");
            return Results.Unauthorized();
        }
        DiscordInteraction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize<DiscordInteraction>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (interaction is null) return Results.BadRequest();
        if (interaction.Type == DiscordInteraction.Ping) return Results.Json(new { type = 1 });
        if (processed.TryClaim("interaction:" + interaction.Id) && !_work.Writer.TryWrite(interaction))
            logger.LogWarning("Interaction {Id} dropped: the interactions queue is full", interaction.Id);
        return Results.Accepted();
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        await foreach (var interaction in _work.Reader.ReadAllAsync(cancellationToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<InteractionResponder>().RespondAsync(interaction, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Answering HTTP interaction {Id} failed", interaction.Id);
            }
        }
    }
}
