namespace CareerBot.Soak;

/// <summary>What a busy community asks: career questions, follow-ups, offers, small talk and things off topic.</summary>
public static class SoakTraffic
{
    public static readonly string[] Questions =
    [
        "do I need a PhD to be an ML engineer?",
        "how much does a senior ML engineer earn?",
        "what do entry level machine learning engineers make in total comp?",
        "which ML specializations pay the most?",
        "how do I move from software engineering into ML?",
        "I'm a data scientist, how do I switch to ML engineering?",
        "is remote ML work paid less?",
        "what skills should I learn for ML engineering?",
        "base 180k, 15% bonus, 400k RSUs over 4 years, 50k sign-on: what's year one worth?",
        "which cities pay ML engineers best?",
        "hi there!",
        "what is the best pizza topping?",
    ];

    /// <summary>Discord /ask and /offer option sets, and the Slack slash commands with the same meaning.</summary>
    public static readonly (string Command, (string Name, string Value)[] Options)[] DiscordCommands =
    [
        ("ask", [("question", "how much do staff ML engineers earn?")]),
        ("offer", [("base", "180k"), ("bonus", "15%"), ("stock", "600k"), ("vesting", "4y")]),
        ("salary", [("level", "senior")]),
    ];

    public static readonly (string Command, string Text)[] SlackCommands =
    [
        ("/careerbot", "how much do staff ML engineers earn?"),
        ("/offer", "base:180k bonus:15% stock:600k vesting:4y"),
        ("/salary", "level:senior"),
    ];
}
