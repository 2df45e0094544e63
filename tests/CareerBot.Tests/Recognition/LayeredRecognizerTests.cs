using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Recognition;

/// <summary>The product recognizer: the chat layer, and Recognizers-Text behind it on the forms the chat layer does not read.</summary>
public class LayeredRecognizerTests
{
    private static readonly LayeredRecognizer Recognizer = new();

    [Theory]
    // The forms issue #21 names, then neighbours as members would type them.
    [InlineData("one hundred and sixteen", "one hundred and sixteen", EntityType.Number, 116, null)]
    [InlineData("1 trillion", "1 trillion", EntityType.Number, 1_000_000_000_000, null)]
    [InlineData("is half million usd good for staff?", "half million usd", EntityType.Money, 500_000, "USD")]
    [InlineData("a quarter million us dollars", "a quarter million us dollars", EntityType.Money, 250_000, "USD")]
    [InlineData("they quoted USD115 per hour", "USD115", EntityType.Money, 115, "USD")]
    [InlineData("it was 115.5USD", "115.5USD", EntityType.Money, 115.5, "USD")]
    [InlineData("the round was 75 USD million", "75 USD million", EntityType.Money, 75_000_000, "USD")]
    [InlineData("they raised 30 MUSD", "30 MUSD", EntityType.Money, 30_000_000, "USD")]
    [InlineData("they raised 120 MEUR last year", "120 MEUR", EntityType.Money, 120_000_000, "EUR")]
    [InlineData("10 $ is not much", "10 $", EntityType.Money, 10, "USD")]
    [InlineData("just need minus five percent", "minus five percent", EntityType.Percent, -5, "%")]
    [InlineData("per cent of 210", "per cent of 210", EntityType.Percent, 210, "%")]
    [InlineData("percent of 10", "percent of 10", EntityType.Percent, 10, "%")]
    [InlineData("base went -5% after the reorg", "-5%", EntityType.Percent, -5, "%")]
    [InlineData("they offered half a million in stock", "half a million", EntityType.Money, 500_000, "USD")]
    [InlineData("offer in Tokyo is 12 million yen", "12 million yen", EntityType.Money, 12_000_000, "JPY")]
    [InlineData("offer is 150k CAD base", "150k CAD", EntityType.Money, 150_000, "CAD")]
    [InlineData("c $ 16.4 million", "c $ 16.4 million", EntityType.Money, 16_400_000, "CAD")]
    [InlineData("125 million australian dollars", "125 million australian dollars", EntityType.Money, 125_000_000, "AUD")]
    [InlineData("about 30 lakh rupees... i mean 3,000,000 ₹", "3,000,000 ₹", EntityType.Money, 3_000_000, "INR")]
    [InlineData("it only cost thirteen dollars and forty-five cents", "thirteen dollars and forty-five cents", EntityType.Money, 13.45, "USD")]
    [InlineData("two thirds of my tc is stock", "two thirds", EntityType.Number, 0.666666666666667, null)]
    [InlineData("the learning rate was 1e-4", "1e-4", EntityType.Number, 0.0001, null)]
    public void Forms_beyond_the_chat_grammar_are_read(string message, string text, EntityType type, double value, string? unit)
    {
        var found = Recognizer.Recognize(message);
        var entity = Assert.Single(found, e => e.Text == text);
        Assert.Equal(type, entity.Type);
        Assert.Equal((decimal)value, entity.Value);
        Assert.Equal(unit, entity.Unit);
        Assert.Equal(text, message[entity.Start..entity.End]);
    }

    [Fact]
    public void Two_amounts_with_signs_after_them_are_two_amounts()
    {
        var found = Recognizer.Recognize("10 $ and 10 €");
        Assert.Equal(["Money 10 USD", "Money 10 EUR"], found.Select(e => $"{e.Type} {e.Value} {e.Unit}"));
    }

    [Theory]
    [InlineData("You can go to https://www.test.com/search?q=30%25%2020%")]
    [InlineData("band is in http://levels.example/l5?pct=15%25&base=180k, minus 5% for remote")]
    [InlineData("see www.example.com/offer?bonus=20%&half=1")]
    public void Nothing_inside_a_web_address_is_an_amount(string message)
    {
        var url = message.Split(' ').First(w => w.Contains("://") || w.StartsWith("www.", StringComparison.Ordinal));
        var start = message.IndexOf(url, StringComparison.Ordinal);
        Assert.DoesNotContain(Recognizer.Recognize(message), e => e.Start < start + url.Length && start < e.End);
        Assert.DoesNotContain(new ChatRecognizer().Recognize(message), e => e.Start < start + url.Length && start < e.End);
    }

    [Theory]
    // Each has a cue (minus, half, two thirds, yen…), so the fallback runs; ids, versions, levels and years still are not amounts.
    [InlineData("L5 vs L6, minus the 401k match, is it half as good?", "L5", "L6", "401k")]
    [InlineData("python 3.11.2 and gpt-4 cost me half a day", "3.11.2", "gpt-4")]
    [InlineData("in 2024 I got minus five percent", "2024")]
    [InlineData("E6 at meta, two thirds of my tc is stock", "E6")]
    [InlineData("ticket #4521 says user_42 gets 100 yen", "#4521", "user_42")]
    [InlineData("p99 went up by half after v2.1.0", "p99", "v2.1.0")]
    public void Ids_versions_levels_and_years_are_never_amounts(string message, params string[] names)
    {
        var found = Recognizer.Recognize(message);
        // The chat layer's own reading of a name (it reads "#4521" as the number 4521) is not the fallback's to change.
        var chat = new ChatRecognizer().Recognize(message);
        foreach (var name in names)
        {
            var start = message.IndexOf(name, StringComparison.Ordinal);
            Assert.DoesNotContain(found, e => e.Type is EntityType.Money or EntityType.Percent or EntityType.Number && e.Start < start + name.Length && start < e.End
                                              && !chat.Contains(e));
            Assert.DoesNotContain(found, e => e.Type is EntityType.Money or EntityType.Percent && e.Start < start + name.Length && start < e.End);
        }
    }

    [Theory]
    [InlineData("E6 at meta, two thirds of my tc is stock", "E6", "staff")]
    [InlineData("L5 vs L6, minus the 401k match, is it half as good?", "L6", "staff")]
    public void The_chat_layers_levels_stand_beside_fallback_readings(string message, string text, string canonical) =>
        Assert.Contains(Recognizer.Recognize(message), e => e.Type == EntityType.Level && e.Text == text && e.Canonical == canonical);

    [Theory]
    [InlineData("offer: 180k base, half a million in stock over 4 years", "180k", 180_000)]
    [InlineData("they said 180k base and minus 5% if remote", "180k", 180_000)]
    public void The_chat_layers_pay_rules_stand(string message, string text, decimal value)
    {
        var money = Assert.Single(Recognizer.Recognize(message), e => e.Text == text);
        Assert.Equal((EntityType.Money, value, "USD"), (money.Type, money.Value!.Value, money.Unit));
    }

    [Fact]
    public void Ordinary_chat_never_reaches_the_fallback_and_reads_as_the_chat_layer_does()
    {
        var recognizer = new LayeredRecognizer();
        var chat = new ChatRecognizer();
        string[] ordinary =
        [
            "I got an offer with 180k base, 30k bonus, 600k RSUs over 4 years and a 75k signing bonus. Is that good for an L5 MLE in Seattle?",
            "Recruiter said the band is $200K–$230K for senior, 15% target bonus, and stock vests 5/15/40/40 with a 1-year cliff.",
            "A is €90k + 10% bonus in Berlin, B is £75k + 20% of base in London, both with a 4 year vest. Which one pays more over four years?",
            "We run k8s, p99 latency under 50ms, gpt-4 in prod since 2024 and the 401k match is 4x better. Is 180k/yr enough for staff NLP in NYC?",
            "offered one hundred eighty thousand dollars total comp in the Bay Area; a friend at E5 makes ~$300k. It is one of the top 10 companies.",
            "how do I get into ML engineering from backend? one of my friends did it",
            "Comparing two offers: A is €90k + 10% bonus in Berlin, B is £75k + 20% of base. Which one pays more over four years? three rounds left",
        ];
        foreach (var message in ordinary)
            Assert.Equal(Describe(chat.Recognize(message)), Describe(recognizer.Recognize(message)));
        foreach (var c in RecognizersTextDifferentialTests.Cases())
            Assert.Equal(Describe(chat.Recognize(c.Phrase)), Describe(recognizer.Recognize(c.Phrase)));
        Assert.Equal(0, recognizer.FallbackRuns);
        recognizer.Recognize("is half million usd good?");
        Assert.Equal(1, recognizer.FallbackRuns);
    }

    [Fact]
    public void A_long_run_of_spelled_numbers_through_the_fallback_is_no_crash()
    {
        var message = string.Concat(Enumerable.Repeat("one hundred ", 17))[..201];
        Assert.Empty(Recognizer.Recognize(message));
        Assert.DoesNotContain(Recognizer.Recognize("they said one thousand two million"), e => e.Text == "one thousand two million");
        var long_ = string.Concat(Enumerable.Repeat("minus one hundred and twenty three and a half ", 200));
        Assert.NotNull(Recognizer.Recognize(long_));
    }

    private static List<string> Describe(IReadOnlyList<Entity> entities) =>
        [.. entities.Select(e => $"{e.Type} {e.Text} {e.Start}-{e.End} {e.Value} {e.Max} {e.Unit} {e.Canonical} {string.Join('/', e.Schedule ?? [])}")];
}
