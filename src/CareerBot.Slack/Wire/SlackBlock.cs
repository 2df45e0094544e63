using System.Text.Json.Serialization;

namespace CareerBot.Slack.Wire;

/// <summary>The Block Kit blocks CareerBot sends; the JSON <c>type</c> field comes from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract record SlackBlock;

/// <summary>A section holding up to 3,000 characters of mrkdwn.</summary>
public sealed record SectionBlock(SlackText Text) : SlackBlock;

/// <summary>Small grey text under an answer: sources, follow-up questions (at most 10 elements).</summary>
public sealed record ContextBlock(IReadOnlyList<SlackText> Elements) : SlackBlock;

/// <summary>A row of buttons (at most 25); <see cref="BlockId"/> tells CareerBot's rows apart from anything else.</summary>
public sealed record ActionsBlock(string BlockId, IReadOnlyList<ButtonElement> Elements) : SlackBlock;

/// <summary>A labelled form field in a modal; the submitted value arrives under <see cref="BlockId"/> and the element's action_id.</summary>
public sealed record InputBlock(string BlockId, SlackText Label, PlainTextInputElement Element) : SlackBlock;
