using CareerBot.Discord;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Moderation;
using CareerBot.Discord.Wire;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Discord;

public class DiscordModeratorCheckTests
{
    private const string Home = "1200000000000000003";
    private const string Foreign = "1299999999999999999";
    private const string User = "1100000000000000004";
    private const string ModeratorRole = "1250000000000000006";
    private static readonly DiscordMember Admin = new(Roles: [], Permissions: "8");
    private static readonly DiscordMember ServerManager = new(Roles: [], Permissions: "32");
    private static readonly DiscordMember Member = new(Roles: ["1250000000000000005"], Permissions: "2147552256");

    private static DiscordModeratorCheck Check(string[]? guilds = null, string[]? moderatorGuilds = null, string[]? roles = null, string[]? users = null) =>
        new(Options.Create(new DiscordOptions { Token = "t", GuildIds = guilds ?? [], ModeratorGuildIds = moderatorGuilds ?? [], ModeratorRoleIds = roles ?? [], ModeratorUserIds = users ?? [] }));

    [Fact]
    public void With_nothing_configured_nobody_moderates_not_even_an_administrator()
    {
        var check = Check();
        Assert.False(check.AnyoneCanModerate);
        Assert.False(check.IsModerator(User, Foreign, Admin));
        Assert.False(check.IsModerator(User, Home, ServerManager));
        Assert.Contains("nobody moderates", check.WhoCanModerate);
    }

    [Fact]
    public void Manage_server_and_administrator_count_only_in_the_home_guilds()
    {
        var check = Check(guilds: [Home]);
        Assert.True(check.IsModerator(User, Home, Admin));
        Assert.True(check.IsModerator(User, Home, ServerManager));
        Assert.False(check.IsModerator(User, Home, Member));
        Assert.False(check.IsModerator(User, Foreign, Admin));
        Assert.False(check.IsModerator(User, Foreign, ServerManager));
        Assert.False(check.IsModerator(User, null, null));
        Assert.Contains("home server", check.WhoCanModerate);
    }

    [Fact]
    public void Moderator_guild_ids_replace_the_command_guilds_as_home()
    {
        var check = Check(guilds: [Foreign], moderatorGuilds: [Home]);
        Assert.Equal([Home], check.HomeGuildIds);
        Assert.True(check.IsModerator(User, Home, ServerManager));
        Assert.False(check.IsModerator(User, Foreign, Admin));
    }

    [Fact]
    public void Configured_roles_and_users_moderate_without_server_permissions()
    {
        var check = Check(roles: [ModeratorRole], users: ["1100000000000000008"]);
        Assert.True(check.AnyoneCanModerate);
        Assert.True(check.IsModerator(User, Home, new DiscordMember(Roles: [ModeratorRole])));
        Assert.True(check.IsModerator("1100000000000000008", null, null));
        Assert.False(check.IsModerator(User, Foreign, Admin));
    }

    [Fact]
    public void Without_home_guilds_every_command_is_global()
    {
        var plan = CommandRegistrar.Plan([], []);
        var (guild, commands) = Assert.Single(plan);
        Assert.Null(guild);
        Assert.Contains(commands, c => c.Name == "kb");
    }

    [Fact]
    public void With_guild_ids_every_command_goes_to_them_and_the_stale_global_list_is_emptied_last()
    {
        var plan = CommandRegistrar.Plan([Home], [Home]);
        Assert.Equal([Home, null], plan.Select(p => p.GuildId));
        Assert.Contains(plan[0].Commands, c => c.Name == "kb");
        Assert.Contains(plan[0].Commands, c => c.Name == "ask");
        Assert.Empty(plan[1].Commands);
    }

    [Fact]
    public void With_only_moderator_guilds_kb_is_registered_there_and_removed_from_the_global_list()
    {
        var plan = CommandRegistrar.Plan([], [Home]);
        Assert.Equal([Home, null], plan.Select(p => p.GuildId));
        Assert.Equal(["kb"], plan[0].Commands.Select(c => c.Name));
        Assert.Contains(plan[1].Commands, c => c.Name == "ask");
        Assert.DoesNotContain(plan[1].Commands, c => c.Name == "kb");
    }
}
