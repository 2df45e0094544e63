using CareerBot.Core.Commands;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Interactions;

/// <summary>Registers the slash commands by bulk overwrite: per configured guild (instant), else globally (may take a while to show).</summary>
public sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var commands = ApplicationCommandRenderer.Render(CommandCatalog.All);
        var guilds = options.Value.GuildIds;
        try
        {
            if (guilds.Length == 0)
            {
                await rest.BulkOverwriteCommandsAsync(applicationId, null, commands, cancellationToken);
                logger.LogInformation("Registered {Count} global slash commands", commands.Count);
                return;
            }
            foreach (var guild in guilds)
                await rest.BulkOverwriteCommandsAsync(applicationId, guild, commands, cancellationToken);
            logger.LogInformation("Registered {Count} slash commands in guilds {Guilds}", commands.Count, string.Join(", ", guilds));
        }
        catch (DiscordRestException e)
        {
            // Messages still work without commands; the log says what Discord refused and why.
            logger.LogError("Registering slash commands failed: {Problem}", e.Message);
        }
    }
}
