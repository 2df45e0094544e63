namespace CareerBot.Core.Moderation;

/// <summary>
/// One platform's moderator rule, told to members: the adapter decides <see cref="Messages.ChatUser.IsModerator"/>, and
/// a member refused a moderator command is told who can help instead.
/// </summary>
public interface IModeratorPolicy
{
    /// <summary>The <see cref="Messages.ChatUser.Platform"/> this rule is for.</summary>
    string Platform { get; }

    /// <summary>One or two sentences for members: who moderates here.</summary>
    string WhoCanModerate { get; }
}
