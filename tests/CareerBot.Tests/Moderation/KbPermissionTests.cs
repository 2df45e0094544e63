using CareerBot.Composition;
using CareerBot.Core.Messages;
using CareerBot.Core.ModeratorCommands;
using CareerBot.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Moderation;

/// <summary>The pipeline refuses /kb to anyone the adapter did not mark as moderator, before the handler runs.</summary>
public class KbPermissionTests
{
    [Fact]
    public async Task A_refused_member_is_told_who_can_moderate_on_their_platform()
    {
        using var host = CareerBotHostBuilder.Create(LogLevel.Warning, new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "careerbot-perm-" + Guid.NewGuid().ToString("N")),
        }).Build();
        var pipeline = host.Services.GetRequiredService<IMessagePipeline>();

        var refused = await pipeline.HandleAsync(new IncomingMessage("console", "c", new ChatUser("console", "u1", "member"), "/kb list"), CancellationToken.None);

        Assert.EndsWith("At the console, start CareerBot with `--moderator <your name>` to moderate.", refused.Markdown);
    }

    [Theory]
    [InlineData("console")]
    [InlineData("discord")]
    [InlineData("slack")]
    public async Task Kb_commands_are_refused_to_members_and_reach_the_handler_for_moderators(string platform)
    {
        var directory = Path.Combine(Path.GetTempPath(), "careerbot-perm-" + Guid.NewGuid().ToString("N"));
        using var host = CareerBotHostBuilder.Create(LogLevel.Warning, new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory }).Build();
        await using var scope = host.Services.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<IMessagePipeline>();
        var member = new ChatUser(platform, "u1", "member");

        var refused = await pipeline.HandleAsync(new IncomingMessage(platform, "c", member, "/kb set phd-value Changed!"), CancellationToken.None);
        var help = await pipeline.HandleAsync(new IncomingMessage(platform, "c", member with { IsModerator = true }, "/kb"), CancellationToken.None);

        Assert.Equal(ReplyKind.InputError, refused.Kind);
        Assert.True(refused.IsPrivate);
        Assert.StartsWith("Sorry, `/kb` is for moderators only. Nothing was changed.", refused.Markdown);
        Assert.False(Directory.Exists(directory)); // the refusal never touched the database
        Assert.Equal(KbReplies.Intent, help.Intent);
        Assert.Contains("/kb set phd-value", help.Markdown);
    }
}
