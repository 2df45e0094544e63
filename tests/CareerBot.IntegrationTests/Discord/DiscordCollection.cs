namespace CareerBot.IntegrationTests.Discord;

[CollectionDefinition(Name)]
public class DiscordCollection
{
    // Hosts started one after another: the machine has two cores shared with other builds.
    public const string Name = "Discord";
}
