namespace CareerBot.Core.Moderation;

/// <summary>Who saved a revision: the platform, the platform's user id and the name shown there.</summary>
public sealed record RevisionAuthor(string Platform, string UserId, string DisplayName)
{
    public override string ToString() => $"{DisplayName} ({Platform})";
}
