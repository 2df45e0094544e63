using System.Text.Json.Serialization;

namespace CareerBot.Slack.BlockKit;

/// <summary>The Block Kit blocks CareerBot sends; the JSON <c>type</c> field comes from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
public abstract record SlackBlock;

/// <summary>A section holding up to 3,000 characters of mrkdwn.</summary>
public sealed record SectionBlock(SlackText Text) : SlackBlock;

/// <summary>Small grey text under an answer: sources, follow-up questions (at most 10 elements).</summary>
public sealed record ContextBlock(IReadOnlyList<SlackText> Elements) : SlackBlock;
