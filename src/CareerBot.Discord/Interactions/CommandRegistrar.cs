using CareerBot.Core.Commands;
using CareerBot.Discord.Api;
using CareerBot.Discord.Moderation;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Registers the slash commands by bulk overwrite. With <c>Discord:GuildIds</c> every command goes to those guilds (instant)
/// and the global list is emptied, so commands left from an earlier global registration do not show twice; without them the
/// member commands are global. Moderator commands go only to the home guilds (<see cref="DiscordModeratorCheck.HomeGuildIds"/>)
/// when there are any, so other servers never see <c>/kb</c>.
/// </summary>
public sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, DiscordModeratorCheck moderators, ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (guild, commands) in Plan(options.Value.GuildIds, moderators.HomeGuildIds))
            {
                await rest.BulkOverwriteCommandsAsync(applicationId, guild, commands, cancellationToken);
                logger.LogInformation("Registered {Count} slash commands {Scope}: {Names}", commands.Count,
                    guild is null ? "globally" : "in guild " + guild, string.Join(", ", commands.Select(c => c.Name)));
            }
        }
        catch (DiscordRestException e)
        {
            // Messages still work without commands; the log says what Discord refused and why.
            logger.LogError("Registering slash commands failed: {Problem}", e.Message);
        }
    }

    /// <summary>Which commands each scope gets (null = global); every scope is overwritten, the global one last.</summary>
    public static IReadOnlyList<(string? GuildId, IReadOnlyList<ApplicationCommand> Commands)> Plan(IReadOnlyList<string> guildIds, IReadOnlyList<string> homeGuildIds)
    {
        var members = ApplicationCommandRenderer.Render(CommandCatalog.All.Where(c => !c.ModeratorOnly));
        var moderatorOnly = ApplicationCommandRenderer.Render(CommandCatalog.All.Where(c => c.ModeratorOnly));
        var plan = new List<(string?, IReadOnlyList<ApplicationCommand>)>();
        foreach (var guild in guildIds.Union(homeGuildIds, StringComparer.Ordinal))
        {
            var inGuild = (guildIds.Contains(guild) ? members : []).Concat(homeGuildIds.Contains(guild) ? moderatorOnly : []).ToList();
            plan.Add((guild, inGuild));
        }
        var global = guildIds.Count > 0 ? [] : homeGuildIds.Count > 0 ? members : members.Concat(moderatorOnly).ToList();
        plan.Add((null, global));
        return plan;
    }
}
