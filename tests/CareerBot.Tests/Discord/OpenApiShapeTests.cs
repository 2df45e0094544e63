using System.Text.Json;
using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Outbound;
using CareerBot.Discord.Wire;
using Xunit.Abstractions;

namespace CareerBot.Tests.Discord;

/// <summary>The request bodies the adapter sends, checked against Discord's own OpenAPI description.</summary>
public class OpenApiShapeTests(ITestOutputHelper output)
{
    private static readonly OpenApiShape? Spec = OpenApiShape.Load();

    private void AssertMatches<T>(T payload, string path, string method)
    {
        if (Spec is null)
        {
            output.WriteLine("NOT RUN: shared/specs/discord-openapi.json was not found above the test binary.");
            return;
        }
        var json = JsonSerializer.SerializeToElement(payload, DiscordJson.Options);
        Assert.Empty(Spec.Problems(json, Spec.RequestSchema(path, method)));
    }

    [Fact]
    public void A_reply_message_matches_the_create_message_schema()
    {
        var reply = new Reply(ReplyKind.Answer, "x", 1, "text");
        AssertMatches(new MessageCreateRequest("text", AllowedMentions.None, new MessageReference("1400000000000000001", "1300000000000000002", "1200000000000000003"),
            DiscordReplySender.Nonce("1400000000000000001", 12), EnforceNonce: true), "/channels/{channel_id}/messages", "post");
        AssertMatches(new MessageCreateRequest(null, AllowedMentions.None, Nonce: "1-1", EnforceNonce: true, Attachments: ChartAttachment.References(reply)),
            "/channels/{channel_id}/messages", "post");
    }

    [Fact]
    public void Interaction_responses_match_the_callback_schema()
    {
        const string path = "/interactions/{interaction_id}/{interaction_token}/callback";
        AssertMatches(new InteractionResponse(InteractionResponse.ChannelMessage, new InteractionCallbackData("text", AllowedMentions.None, InteractionCallbackData.Ephemeral)), path, "post");
        AssertMatches(new InteractionResponse(InteractionResponse.DeferredChannelMessage), path, "post");
        AssertMatches(new InteractionResponse(InteractionResponse.AutocompleteResult, new InteractionCallbackData(Choices: [new CommandChoice("phd-value", "phd-value")])), path, "post");
    }

    [Fact]
    public void The_edit_modal_and_the_rating_buttons_match_discords_schemas_and_limits()
    {
        const string callback = "/interactions/{interaction_id}/{interaction_token}/callback";
        var form = new CareerBot.Core.Messages.KnowledgeEditForm(new string('a', 60), 12, "Title", new string('x', 4000));
        AssertMatches(new InteractionResponse(InteractionResponse.Modal, EditModal.Render(form)), callback, "post");
        var reply = new Reply(ReplyKind.Answer, "phd-value", 1, "text") { Feedback = new AnswerFeedback("phd-value", new string('q', 300)) };
        AssertMatches(new MessageCreateRequest("text", AllowedMentions.None, Components: ReplyComponents.For(reply)), "/channels/{channel_id}/messages", "post");
        AssertMatches(new InteractionResponse(InteractionResponse.ChannelMessage, new InteractionCallbackData("text", AllowedMentions.None, Components: ReplyComponents.For(reply))), callback, "post");
    }

    [Fact]
    public void The_modal_title_names_entry_and_version_within_45_characters()
    {
        Assert.Equal("Edit phd-value (v3)", EditModal.Title(new CareerBot.Core.Messages.KnowledgeEditForm("phd-value", 3, "t", "b")));
        var title = EditModal.Title(new CareerBot.Core.Messages.KnowledgeEditForm(new string('a', 60), 123, "t", "b"));
        Assert.Equal(45, title.Length);
        Assert.EndsWith("… (v123)", title);
    }

    [Fact]
    public void Editing_the_original_response_matches_the_webhook_edit_schema()
    {
        AssertMatches(new InteractionCallbackData("text", AllowedMentions.None), "/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch");
    }

    [Fact]
    public void The_command_overwrite_matches_the_bulk_overwrite_schema()
    {
        AssertMatches(ApplicationCommandRenderer.Render(CommandCatalog.All), "/applications/{application_id}/guilds/{guild_id}/commands", "put");
    }

    [Fact]
    public void The_checker_notices_a_wrong_field()
    {
        if (Spec is null) return;
        var wrong = JsonSerializer.SerializeToElement(new { content = "x", allowed_mentions = new { parse = new[] { "users" } }, replyTo = "1" });
        Assert.Contains(Spec.Problems(wrong, Spec.RequestSchema("/channels/{channel_id}/messages", "post")), p => p.Contains("replyTo"));
    }
}
