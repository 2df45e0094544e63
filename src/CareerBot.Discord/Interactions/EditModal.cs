using System.Globalization;
using CareerBot.Core.Messages;
using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// <c>/kb edit</c> as a Discord modal: one paragraph input pre-filled with the entry's current text, under the modal id that
/// remembers the version the edit starts from. Its submission reaches the pipeline as a typed form (<see cref="KnowledgeEditForm.SubmitCommand"/>).
/// </summary>
public static class EditModal
{
    public const string TextInputId = KnowledgeEditForm.BodyField;
    public const string TextInputLabel = "Answer (Markdown)";

    /// <summary>A modal cannot hold more than a text input's 4,000 characters; longer bodies are edited with the typed command.</summary>
    public static bool Fits(KnowledgeEditForm form) =>
        form.Body.Length <= DiscordComponent.MaxTextInputValue && form.ModalId.Length <= DiscordComponent.MaxCustomId;

    public static InteractionCallbackData Render(KnowledgeEditForm form) => new(
        CustomId: form.ModalId,
        Title: Title(form),
        Components:
        [
            new DiscordComponent(DiscordComponent.ActionRow, Components:
            [
                new DiscordComponent(DiscordComponent.TextInput, TextInputId, DiscordComponent.ParagraphStyle, TextInputLabel,
                    Value: form.Body, Required: true, MinLength: 1, MaxLength: DiscordComponent.MaxTextInputValue),
            ]),
        ]);

    /// <summary>"Edit phd-value (v3)"; a long id is cut (never inside a surrogate pair) so the version always shows.</summary>
    public static string Title(KnowledgeEditForm form)
    {
        var suffix = $" (v{form.Version.ToString(CultureInfo.InvariantCulture)})";
        var head = "Edit " + form.EntryId;
        var room = DiscordComponent.MaxModalTitle - suffix.Length;
        if (head.Length > room)
        {
            var cut = room - 1;
            if (char.IsHighSurrogate(head[cut - 1])) cut--;
            head = head[..cut] + "…";
        }
        return head + suffix;
    }
}
