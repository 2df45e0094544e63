using CareerBot.Core.Commands;
using CareerBot.Core.Knowledge;
using CareerBot.Core.OfferCommands;
using CareerBot.Discord.Wire;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Suggestions while typing: knowledge topic ids for <c>id</c>, questions for <c>question</c>, the places and
/// specializations the knowledge base names for <c>location</c> and <c>specialization</c>, the option's own choices otherwise.
/// </summary>
public static class AutocompleteChoices
{
    public static IReadOnlyList<CommandChoice> For(InteractionData data, KnowledgeSnapshot knowledge)
    {
        var descriptor = CommandCatalog.Find(data.Name);
        var options = data.Options ?? [];
        while (options is [{ Type: 1 or 2 } sub])
        {
            descriptor = descriptor?.SubCommands.FirstOrDefault(s => s.Name == sub.Name);
            options = sub.Options ?? [];
        }
        var focused = options.FirstOrDefault(o => o.Focused == true);
        if (focused is null) return [];
        var typed = InteractionInvocation.ValueText(focused.Value) ?? "";
        var option = descriptor?.Options.FirstOrDefault(o => o.Name == focused.Name);

        IEnumerable<string> candidates = option switch
        {
            { Choices.Count: > 0 } => option.Choices,
            { Name: "id" } => knowledge.Ordered.Select(e => e.Id),
            { Name: "question" } => knowledge.Ordered.SelectMany(e => e.Questions.Take(1)),
            { Name: "location" } => SalaryCoverage.Places(knowledge),
            { Name: "specialization" } => SalaryCoverage.Specializations(knowledge),
            _ => [],
        };
        return candidates
            .Where(c => c.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Length <= 100 ? c : c[..100])
            .Distinct()
            .Take(ApplicationCommandRenderer.MaxChoices)
            .Select(c => new CommandChoice(c, c))
            .ToList();
    }
}
