using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;
using CareerBot.Core.Recognition;

namespace CareerBot.Core.OfferCommands;

/// <summary>
/// /salary level:senior location:seattle specialization:nlp: the knowledge base's sourced text for the level, and the
/// lines of the location and specialization entries that name that place or area. Only quotes; no figure is made up.
/// </summary>
public sealed class SalaryCommandHandler(KnowledgeBase knowledge, CommunityBlock? community = null) : ICommandHandler
{
    public const string Intent = "salary";
    public const string OverviewId = "salary-overview";
    public const string SpecializationId = "specializations-pay";

    public CommandDescriptor Command => CommandCatalog.Salary;

    public ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Handle(command, command.Typed));

    /// <param name="typed">False for a plain question ("is 180k good for a senior?"): its intent is then the level's knowledge entry, which the reply quotes, as for any question.</param>
    private Reply Handle(ParsedCommand command, bool typed)
    {
        var names = Command.Options.Select(o => o.Name).ToList();
        foreach (var key in command.Options.Keys.Where(k => !names.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            var hint = ClosestName.DidYouMean(key, names);
            return Error($"{MentionGuard.InlineCode(key)} is not a /salary option; {hint}Options: `level:`, `location:`, `specialization:`, `amount:`. Example: `{Command.Example}`");
        }
        if (command.Positionals.Count > 0)
            return Error($"{MentionGuard.InlineCode(command.Positionals[0])} has no option name; write `level:senior`, `location:seattle` or `specialization:nlp`. Example: `{Command.Example}`");

        var snapshot = knowledge.Current;
        KnowledgeEntry? levelEntry;
        string? level = null;
        if (command.Options.TryGetValue("level", out var levelText))
        {
            level = SalaryLevel.Parse(levelText);
            if (level is null)
                return Error($"`level`: expected one of {string.Join(", ", SalaryBands.Levels)} (L3–L6, new grad and principal work too), but got {MentionGuard.InlineCode(levelText)}. Example: `level:senior` (`{Command.Example}`)");
            levelEntry = SalaryBands.EntryFor(snapshot, level);
        }
        else levelEntry = snapshot.Find(OverviewId);

        var used = new List<KnowledgeEntry>();
        var sb = new StringBuilder();
        var cited = new List<SalaryBand>();
        if (command.Options.TryGetValue("amount", out var amountText))
        {
            var amount = ChatRecognizer.ParseSingle(amountText, EntityType.Money);
            if (amount is not { Value: > 0 and var value, Max: null })
                return Error($"`amount`: expected one positive amount such as 180k or $180,000, but got {MentionGuard.InlineCode(amountText)}. Example: `amount:180k` (`/salary level:senior amount:180k`)");
            if (amount.Unit != "USD")
                return Error($"`amount`: the knowledge base's figures are in US dollars and I don't convert currencies, so {MentionGuard.InlineCode(amountText)} can't be placed against them. Example: `amount:180k`");
            var placement = SalaryPlacement.DescribeAmount(value, level);
            sb.Append(placement.Markdown).Append("\n\n");
            cited.AddRange(placement.Cited);
        }
        if (levelEntry is not null)
        {
            sb.Append(levelEntry.Answer);
            used.Add(levelEntry);
        }
        if (command.Options.TryGetValue("location", out var place))
            Quote(sb, snapshot.Find(Answers.PayTopics.LocationId), place, Canonical(place, EntityType.Place), "location", used);
        if (command.Options.TryGetValue("specialization", out var area))
            Quote(sb, snapshot.Find(SpecializationId), area, Canonical(area, EntityType.Specialization), "specialization", used);
        // Members' figures stay in their own block, after every sourced line.
        if (level is not null && community?.For(level, place is null ? null : PlaceCells.Parse(place)) is { } block)
            sb.Append("\n\n").Append(block);

        var intent = typed || levelEntry is null ? Intent : levelEntry.Id;
        var reply = new Reply(ReplyKind.Answer, intent, 1, sb.ToString().Trim())
        {
            Detail = levelEntry?.Detail,
            MoreIntent = levelEntry?.Detail is null ? null : levelEntry.Id,
            Sources = SourceList.Merge(used.SelectMany(e => e.Sources).Concat(SalaryBands.SourcesFor(snapshot, cited))),
            FollowUps = levelEntry?.Related.Select(snapshot.Find).OfType<KnowledgeEntry>().Select(e => e.AskedAs).Take(3).ToList() ?? [],
        };
        // An amount is the member's own number: private until they share it.
        return typed && command.Options.ContainsKey("amount") ? reply.PrivateUntilShared(command.AsTyped) : reply;
    }

    /// <summary>The entry's opening line, then every line naming the place or area (or a plain "not mentioned").</summary>
    private static void Quote(StringBuilder sb, KnowledgeEntry? entry, string typed, string? canonical, string what, List<KnowledgeEntry> used)
    {
        if (entry is null) return;
        used.Add(entry);
        var terms = new[] { typed.Trim(), canonical?.Replace('-', ' ') }.OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var lines = entry.Answer.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var matching = Answers.EntryLines.Naming(entry, terms).Select(WithoutDanglingLead).Where(l => l.Length > 0).ToList();
        // Shown back to the user: kept short and free of Markdown emphasis.
        var shown = typed.Trim().Replace("*", "", StringComparison.Ordinal);
        if (shown.Length > 60) shown = shown[..60] + "…";
        sb.Append("\n\n**").Append(what == "location" ? "Location" : "Specialization").Append(": ").Append(shown).Append("** (from *").Append(entry.Title).Append("*)\n");
        sb.Append(lines[0]).Append('\n');
        if (matching.Count == 0)
            sb.Append($"The knowledge base's articles don't mention {shown} by name, so I have nothing sourced to add for it.");
        else
            sb.AppendJoin('\n', matching);
    }

    /// <summary>A quoted line ending in "Its reasons:" would promise a list that is not quoted: the dangling sentence is dropped.</summary>
    private static string WithoutDanglingLead(string line)
    {
        var trimmed = line.TrimEnd();
        if (!trimmed.EndsWith(':')) return line;
        var sentenceEnd = trimmed.LastIndexOf(". ", StringComparison.Ordinal);
        return sentenceEnd < 0 ? "" : trimmed[..(sentenceEnd + 1)];
    }


    private static string? Canonical(string value, EntityType type) => ChatRecognizer.ParseSingle(value, type)?.Canonical;

    private static Reply Error(string markdown) => new(ReplyKind.InputError, Intent, 1, markdown);
}
