using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Recognition;

public class ChatRecognizerNameTests
{
    private static readonly ChatRecognizer Recognizer = new();

    private static void AssertOne(string text, EntityType type, string span, string canonical)
    {
        var found = Recognizer.Recognize(text).Where(e => e.Type == type).ToList();
        Assert.True(found.Count == 1, $"expected one {type} in \"{text}\", got: {string.Join("; ", Recognizer.Recognize(text))}");
        Assert.Equal(span, found[0].Text);
        Assert.Equal(canonical, found[0].Canonical);
        Assert.Null(found[0].Value);
        Assert.Equal(text.IndexOf(span, StringComparison.Ordinal), found[0].Start);
    }

    [Theory]
    [InlineData("offer for L3 at google", "L3", "entry")]
    [InlineData("L4 mle", "L4", "mid")]
    [InlineData("is L5 good?", "L5", "senior")]
    [InlineData("promo to L6", "L6", "staff")]
    [InlineData("L7 comp", "L7", "principal")]
    [InlineData("L8", "L8", "principal")]
    [InlineData("L5s make more", "L5s", "senior")]
    [InlineData("E3 at meta", "E3", "entry")]
    [InlineData("E4", "E4", "mid")]
    [InlineData("E5 offer", "E5", "senior")]
    [InlineData("E6 band", "E6", "staff")]
    [InlineData("e7", "e7", "principal")]
    [InlineData("IC3 at Apple", "IC3", "entry")]
    [InlineData("IC5", "IC5", "senior")]
    [InlineData("a senior MLE", "senior", "senior")]
    [InlineData("sr ml engineer", "sr", "senior")]
    [InlineData("staff engineer pay", "staff", "staff")]
    [InlineData("principal scientist", "principal", "principal")]
    [InlineData("mid-level roles", "mid-level", "mid")]
    [InlineData("mid level", "mid level", "mid")]
    [InlineData("a mid engineer", "mid", "mid")]
    [InlineData("I'm mid.", "mid", "mid")]
    [InlineData("mid, 3 yoe", "mid", "mid")]
    [InlineData("level: mid", "mid", "mid")]
    [InlineData("junior roles", "junior", "entry")]
    [InlineData("entry level jobs", "entry level", "entry")]
    [InlineData("entry-level jobs", "entry-level", "entry")]
    [InlineData("new grad offer", "new grad", "entry")]
    [InlineData("intern pay", "intern", "entry")]
    [InlineData("Senior Staff at X", "Senior Staff", "principal")]
    public void Levels(string text, string span, string canonical) => AssertOne(text, EntityType.Level, span, canonical);

    [Theory]
    [InlineData("living in Seattle", "Seattle", "seattle")]
    [InlineData("SF rent", "SF", "san-francisco")]
    [InlineData("or nyc", "nyc", "new-york")]
    [InlineData("moving to San Francisco", "San Francisco", "san-francisco")]
    [InlineData("jobs in the Bay Area", "Bay Area", "bay-area")]
    [InlineData("NYC rent", "NYC", "new-york")]
    [InlineData("New York City", "New York City", "new-york")]
    [InlineData("new york", "new york", "new-york")]
    [InlineData("Austin tx", "Austin", "austin")]
    [InlineData("boston area", "boston", "boston")]
    [InlineData("LA or", "LA", "los-angeles")]
    [InlineData("london offer", "london", "london")]
    [InlineData("fully remote", "fully remote", "remote")]
    [InlineData("remote role", "remote", "remote")]
    [InlineData("silicon valley", "silicon valley", "bay-area")]
    public void Places(string text, string span, string canonical) => AssertOne(text, EntityType.Place, span, canonical);

    [Theory]
    [InlineData("NLP engineer", "NLP", "nlp")]
    [InlineData("working on LLM infrastructure", "LLM infrastructure", "llm-infrastructure")]
    [InlineData("llms pay more?", "llms", "llm")]
    [InlineData("computer vision roles", "computer vision", "computer-vision")]
    [InlineData("CV engineer salary", "CV", "computer-vision")]
        [InlineData("MLOps skills", "MLOps", "mlops")]
    [InlineData("ml platform team", "ml platform", "ml-platform")]
    [InlineData("recsys at netflix", "recsys", "recommender-systems")]
    [InlineData("recommender systems", "recommender systems", "recommender-systems")]
    [InlineData("reinforcement learning", "reinforcement learning", "reinforcement-learning")]
    [InlineData("deep learning premium", "deep learning", "deep-learning")]
    [InlineData("generative AI roles", "generative AI", "generative-ai")]
    public void Specializations(string text, string span, string canonical) => AssertOne(text, EntityType.Specialization, span, canonical);

    [Fact]
    public void Mid_before_another_level_is_a_level() =>
        Assert.Equal(["mid", "staff"], Recognizer.Recognize("mid or staff?").Select(e => e.Canonical));

    [Fact]
    public void Cv_after_an_ml_word_is_computer_vision()
    {
        var found = Recognizer.Recognize("NLP or CV?").Where(e => e.Type == EntityType.Specialization).Select(e => e.Canonical);
        Assert.Equal(["nlp", "computer-vision"], found);
    }

    [Theory]
    [InlineData("can you review my CV")]
    [InlineData("updated the CV yesterday")]
    [InlineData("principal component analysis")]
    [InlineData("mid 2024")]
    [InlineData("mid-2024")]
    [InlineData("in the mid 200s")]
    [InlineData("a mid year review")]
    [InlineData("mid to late 2025")]
    [InlineData("la la land")]
    [InlineData("L2 cache")]
    [InlineData("staff meeting at 3")]
    [InlineData("the Ladder")]
    public void Words_that_only_look_like_names_are_not_recognized(string text) =>
        Assert.DoesNotContain(Recognizer.Recognize(text), e => e.Type is EntityType.Level or EntityType.Place or EntityType.Specialization);
}
