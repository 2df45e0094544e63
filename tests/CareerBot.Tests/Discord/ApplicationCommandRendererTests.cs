using CareerBot.Core.Knowledge;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Wire;

namespace CareerBot.Tests.Discord;

public class ApplicationCommandRendererTests
{
    private static readonly IReadOnlyList<ApplicationCommand> Commands = ApplicationCommandRenderer.Render(CommandCatalog.All);

    private static IEnumerable<ApplicationCommandOption> AllOptions() =>
        Commands.SelectMany(c => c.Options).SelectMany(o => o.Options is { } nested ? nested.Prepend(o) : [o]);

    [Fact]
    public void Every_command_and_option_fits_discords_limits()
    {
        var name = new Regex(@"^[-_'\p{L}\p{N}]{1,32}$");
        foreach (var command in Commands)
        {
            Assert.Matches(name, command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            Assert.InRange(command.Options.Count, 0, 25);
        }
        foreach (var option in AllOptions())
        {
            Assert.Matches(name, option.Name);
            Assert.Equal(option.Name, option.Name.ToLowerInvariant());
            Assert.InRange(option.Description.Length, 1, 100);
            Assert.False(option.Autocomplete == true && option.Choices is not null, $"{option.Name} has both choices and autocomplete");
        }
    }

    [Fact]
    public void Required_options_come_first()
    {
        foreach (var list in Commands.Select(c => c.Options).Concat(AllOptions().Where(o => o.Options is not null).Select(o => o.Options!)))
        {
            var firstOptional = list.ToList().FindIndex(o => o.Required != true);
            Assert.DoesNotContain(list.Skip(Math.Max(0, firstOptional)), o => o.Required == true && firstOptional >= 0);
        }
    }

    [Fact]
    public void Kb_is_subcommands_for_manage_server_only_and_offer_options_are_strings_with_examples()
    {
        var kb = Commands.Single(c => c.Name == "kb");
        Assert.Equal(32UL, kb.DefaultMemberPermissions);
        Assert.All(kb.Options, o => Assert.Equal(ApplicationCommandOption.SubCommand, o.Type));
        Assert.Contains(kb.Options.Single(o => o.Name == "show").Options!, o => o.Name == "id" && o.Autocomplete == true);

        var offer = Commands.Single(c => c.Name == "offer");
        Assert.Null(offer.DefaultMemberPermissions);
        var @base = offer.Options.Single(o => o.Name == "base");
        Assert.Equal(ApplicationCommandOption.String, @base.Type);
        Assert.True(@base.Required);
        Assert.Contains("180k", @base.Description);
        Assert.Equal(["monthly", "quarterly", "annual"], offer.Options.Single(o => o.Name == "frequency").Choices!.Select(c => c.Value));
    }

    [Fact]
    public void The_json_uses_discords_field_names()
    {
        var json = JsonSerializer.Serialize(Commands.Single(c => c.Name == "kb"), DiscordJson.Options);
        Assert.Contains("\"default_member_permissions\":32", json);
        Assert.Contains("\"type\":1", json);
        Assert.DoesNotContain("null", json);
    }

    [Fact]
    public void Versions_and_days_are_integers_with_a_floor_and_texts_have_the_length_the_bot_accepts()
    {
        ApplicationCommandOption Option(string sub, string name) =>
            Commands.Single(c => c.Name == "kb").Options.Single(o => o.Name == sub).Options!.Single(o => o.Name == name);

        Assert.All(new[] { Option("diff", "v1"), Option("diff", "v2"), Option("revert", "version") }, o =>
            Assert.Equal((ApplicationCommandOption.Integer, 0), (o.Type, o.MinValue)));
        Assert.Equal((ApplicationCommandOption.Integer, 1), (Option("unanswered", "days").Type, Option("unanswered", "days").MinValue));
        Assert.Equal(InputLimits.MaxMessageLength, Option("set", "markdown").MaxLength);
        Assert.Equal(KnowledgeLimits.MaxQuestionLength, Option("teach", "question").MaxLength);
        var json = JsonSerializer.Serialize(Option("unanswered", "days"), DiscordJson.Options);
        Assert.Contains("\"min_value\":1", json);
        Assert.Contains("\"max_length\":4000", JsonSerializer.Serialize(Option("set", "markdown"), DiscordJson.Options));
    }
}
