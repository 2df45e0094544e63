using CareerBot.Core.Offers;
using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Offers;

public class OfferTextDetectorTests
{
    private static readonly ChatRecognizer Recognizer = new();

    private static IReadOnlyDictionary<string, string>? Detect(string text, string command = "offer")
    {
        var parsed = new OfferTextDetector().Detect(text, Recognizer.Recognize(text));
        if (parsed is null) return null;
        Assert.Equal(command, parsed.Name);
        return parsed.Options;
    }

    [Fact]
    public void The_golden_sentence_becomes_the_golden_command()
    {
        var options = Detect("I got an offer: 180k base, 30k bonus, 600k RSUs over 4 years and a 75k signing bonus — what's my first-year TC?");
        Assert.Equal(new Dictionary<string, string> { ["base"] = "180k", ["bonus"] = "30k", ["stock"] = "600k", ["vesting"] = "4y", ["signon"] = "75k" }, options);
    }

    [Theory]
    [InlineData("base of $200,000, bonus 15%, and $400k in equity", "base=$200,000 bonus=15% stock=$400k")]
    [InlineData("they offered me $150k salary plus a $20k sign-on", "base=$150k signon=$20k")]
    [InlineData("offer: base 190k, stock 500k vesting 5/15/40/40", "base=190k stock=500k vesting=5-15-40-40")]
    [InlineData("new offer is 210k base with a 4% 401k match", "base=210k match=4%")]
    [InlineData("my offer is 175k base", "base=175k")]
    [InlineData("senior offer: 180k base and 30k bonus", "base=180k bonus=30k level=senior")]
    [InlineData("offer: 180k base, 400k RSUs vesting monthly after a 1-year cliff", "base=180k stock=400k cliff=12m frequency=monthly")]
    [InlineData("offer is 180k base and 400k stock, assume 10% stock growth", "base=180k stock=400k growth=10%")]
    [InlineData("offer: 210k base, 20% target bonus, 100k/yr in RSUs, 30k sign on", "base=210k bonus=20% stock=100k/yr signon=30k")]
    [InlineData("200k base and 100k a year in stock", "base=200k stock=100k/yr")]
    [InlineData("offer is 200k base, 100k RSUs per year", "base=200k stock=100k/yr")]
    [InlineData("offer: 200k base, annual RSUs of $100,000", "base=200k stock=$100,000/yr")]
    [InlineData("offer: 200k base, 400k RSUs vesting 25% per year", "base=200k stock=400k vesting=4y")]
    [InlineData("140k salary, 0.1% equity", "base=140k stock=0.1%")]
    // Labels after the amounts, even when the first amount has a label word before it (the previous amount's).
    [InlineData("recruiter said 170k base 10% bonus 120k stock vesting 4 years 1 yr cliff", "base=170k bonus=10% stock=120k vesting=4y cliff=12m")]
    // A bare number next to a money part, among other amounts, is in thousands, as chat writes it ("170 base").
    [InlineData("recruiter said 170 base 10% bonus 120k stock vesting 4 years 1 yr cliff", "base=170k bonus=10% stock=120k vesting=4y cliff=12m")]
    [InlineData("offer is 185 base and 25 signing", "base=185k signon=25k")]
    // The percent labelled as equity whichever side of the salary it comes.
    [InlineData("0.1% equity at a startup with 140k salary", "base=140k stock=0.1%")]
    [InlineData("they want to give me 0.25% equity in a seed stage co and 150k base", "base=150k stock=0.25%")]
    [InlineData("equity of 0.5% plus a 160k salary", "base=160k stock=0.5%")]
    public void Labels_amounts_by_the_words_next_to_them(string text, string expected)
    {
        var options = Detect(text);
        Assert.NotNull(options);
        Assert.Equal(expected, string.Join(' ', options.OrderBy(o => Order(o.Key)).Select(o => $"{o.Key}={o.Value}")));
    }

    [Theory]
    [InlineData("what is total comp?")]
    [InlineData("how much do seniors make in seattle?")]
    [InlineData("do I need a PhD to earn 200k?")]
    [InlineData("how big are sign-on bonuses, like 100k?")]
    [InlineData("I have 180k in savings, should I do a masters?")]
    [InlineData("180k base or 200k base, which should I pick?")]
    [InlineData("is it normal that 20% of my comp is stock?")]
    // One figure with a level is a pay question: the knowledge answer places it against figures of the same kind, in context.
    [InlineData("is 180k good for a senior?")]
    [InlineData("is 300k TC good for L5 in seattle?")]
    // Asking whether a quoted range is base or total comp is a question about the figures, not an offer.
    [InlineData("is the 130k-160k for juniors base or total comp?")]
    // A bare number is read in thousands only among other amounts: alone it may be anything.
    [InlineData("is 170 base good for a senior?")]
    [InlineData("we are 150 people with stock options for everyone")]
    public void Ordinary_questions_and_ambiguous_offers_are_left_alone(string text) => Assert.Null(Detect(text));

    [Fact]
    public void Two_offers_in_one_message_become_a_comparison()
    {
        var options = Detect("got 2 offers: A is 175k base + 320k rsu/4y, B is 195k base + 120k rsu/4y, which is better?", "compare");
        Assert.Equal(new Dictionary<string, string> { ["a"] = "base:175k stock:320k vesting:4y", ["b"] = "base:195k stock:120k vesting:4y" }, options);
    }

    [Fact]
    public void Each_offer_of_a_comparison_keeps_its_own_vesting_and_yearly_stock()
    {
        var options = Detect("offer 1: 180k base, 100k/yr RSUs. offer 2: 200k base, 300k stock over 3 years and a 20k signing bonus. thoughts?", "compare");
        Assert.Equal(new Dictionary<string, string> { ["a"] = "base:180k stock:100k/yr", ["b"] = "base:200k stock:300k vesting:3y signon:20k" }, options);
    }

    private static int Order(string key) => CareerBot.Core.Commands.CommandCatalog.OfferOptions.Select(o => o.Name).ToList().IndexOf(key);
}
