namespace CareerBot.Core.Conversations;

/// <summary>A place a member asks about; <paramref name="InUnitedStates"/> says whether the articles' US-market figures apply at all.</summary>
/// <param name="Name">As it is shown back, e.g. "New York", "Germany".</param>
public sealed record Place(string Name, bool InUnitedStates);
