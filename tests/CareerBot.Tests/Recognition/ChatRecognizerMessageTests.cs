using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Recognition;

/// <summary>Whole chat messages (the benchmark's among them): every entity, in order, with its span and resolution.</summary>
public class ChatRecognizerMessageTests
{
    private static readonly ChatRecognizer Recognizer = new();

    public static TheoryData<string, string[]> Messages => new()
    {
        {
            "I got an offer with 180k base, 30k bonus, 600k RSUs over 4 years and a 75k signing bonus. Is that good for an L5 MLE in Seattle? What's my first-year TC roughly, and should I negotiate?",
            ["Money 180k 180000 USD", "Money 30k 30000 USD", "Money 600k 600000 USD", "Duration 4 years 4 year", "Money 75k 75000 USD", "Level L5 senior", "Place Seattle seattle"]
        },
        {
            "Recruiter said the band is $200K–$230K for senior, 15% target bonus, and stock vests 5/15/40/40 with a 1-year cliff. Remote is fine for them. Should I push for more on base or on the equity?",
            ["Money $200K–$230K 200000-230000 USD", "Level senior senior", "Percent 15% 15 %", "Vesting 5/15/40/40 custom 5,15,40,40", "Vesting 1-year cliff 12 month cliff", "Place Remote remote"]
        },
        {
            "Comparing two offers: A is €90k + 10% bonus in Berlin, B is £75k + 20% of base in London, both with a 4 year vest, monthly after a 1-year cliff. Which one pays more over four years?",
            ["Money €90k 90000 EUR", "Percent 10% 10 %", "Place Berlin berlin", "Money £75k 75000 GBP", "Percent 20% 20 %", "Place London london", "Vesting 4 year vest 4 year even", "Vesting monthly after a 1-year cliff 12 month monthly", "Duration four years 4 year"]
        },
        {
            "We run k8s, p99 latency under 50ms, gpt-4 in prod since 2024 and the 401k match is 4x better than before. Is 180k/yr enough for a staff NLP engineer in NYC with 8 years of experience?",
            ["Money 180k/yr 180000 USD", "Level staff staff", "Specialization NLP nlp", "Place NYC new-york", "Duration 8 years 8 year"]
        },
        {
            "New grad here, offered one hundred eighty thousand dollars total comp in the Bay Area for computer vision work; a friend at E5 makes ~$300k. It is a top 10 company. Any thoughts on this?",
            ["Level New grad entry", "Money one hundred eighty thousand dollars 180000 USD", "Place Bay Area bay-area", "Specialization computer vision computer-vision", "Level E5 senior", "Money ~$300k 300000 USD", "Number 10 10"]
        },
        {
            "is 150,000 good? I have 3 yoe, was offered senior at a series B startup, equity 0.1%, they said $2.5M valuation",
            ["Money 150,000 150000 USD", "Duration 3 yoe 3 year", "Level senior senior", "Percent 0.1% 0.1 %", "Money $2.5M 2500000 USD"]
        },
        {
            "vesting is 33-33-22-12 at google, 25% per year at most places, my cliff: 6 months. The 2025 refresher was 100k",
            ["Vesting 33-33-22-12 custom 33,33,22,12", "Vesting 25% per year 4 year even 25,25,25,25", "Vesting cliff: 6 months 6 month cliff", "Money 100k 100000 USD"]
        },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_entity_is_found_in_order(string message, string[] expected)
    {
        var found = Recognizer.Recognize(message);
        Assert.Equal(expected, found.Select(Describe));
        Assert.All(found, e => Assert.Equal(message[e.Start..e.End], e.Text));
    }

    /// <summary>"Type text [value[-max]] [unit] [canonical] [schedule]".</summary>
    private static string Describe(Entity e)
    {
        var parts = new List<string> { e.Type.ToString(), e.Text };
        if (e.Value is { } v) parts.Add(e.Max is { } max ? $"{v}-{max}" : v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (e.Unit is { } unit) parts.Add(unit);
        if (e.Canonical is { } canonical) parts.Add(canonical);
        if (e.Schedule is { } schedule) parts.Add(string.Join(",", schedule));
        return string.Join(" ", parts);
    }
}
