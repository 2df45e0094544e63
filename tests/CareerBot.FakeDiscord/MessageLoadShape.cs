namespace CareerBot.FakeDiscord;

/// <summary>
/// A message load: <see cref="Messages"/> MESSAGE_CREATE events at <see cref="Rate"/> per second (0 = as fast as possible) over
/// <see cref="Channels"/> channels, one in <see cref="MentionEvery"/> mentioning the bot (1 = all). The busy-guild shape of issue 8 is
/// 10,000 at 2,000/s over 100 channels, one in 20 a mention.
/// </summary>
public sealed record MessageLoadShape(int Messages, double Rate, int Channels, int MentionEvery = 1)
{
    public const long FirstChannel = 1300000000000001000L;
    public const long FirstAuthor = 1100000000000001000L;

    public string ChannelOf(int i) => (FirstChannel + i % Channels).ToString();

    /// <summary>
    /// Mentions rotate over the channels instead of landing in the same few: message i in round i / Channels mentions the bot
    /// when (round + channel) is a multiple of <see cref="MentionEvery"/>, so each channel gets its share spread over the run.
    /// </summary>
    public bool Mentions(int i) => MentionEvery <= 1 || (i / Channels + i % Channels) % MentionEvery == 0;

    public static string AuthorOf(int i) => (FirstAuthor + i % 997).ToString();
}
