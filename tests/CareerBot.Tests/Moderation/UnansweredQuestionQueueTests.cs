using CareerBot.Core.Moderation;
using CareerBot.Core.Routing;

namespace CareerBot.Tests.Moderation;

public class UnansweredQuestionQueueTests
{
    private static readonly RouterOptions Options = new() { DeclineThreshold = 0.3 };

    [Fact]
    public void Declined_and_unsure_questions_are_queued_confident_ones_are_not()
    {
        var queue = new UnansweredQuestionQueue(TimeProvider.System);

        queue.Observe("how do I bake bread", new RouteResult("none", 0.1, [], true), declined: true, Options);
        queue.Observe("phd worth it?", new RouteResult("phd-value", 0.35, [], false), declined: false, Options);
        queue.Observe("do I need a phd", new RouteResult("phd-value", 0.9, [], false), declined: false, Options);

        Assert.True(queue.Reader.TryRead(out var declined));
        Assert.Equal(("how do I bake bread", "bake bread", null, true), (declined.Question, declined.Normalized, declined.Guess, declined.Declined));
        Assert.True(queue.Reader.TryRead(out var unsure));
        Assert.Equal(("phd-value", false), (unsure.Guess, unsure.Declined));
        Assert.False(queue.Reader.TryRead(out _));
    }

    [Theory]
    [InlineData("How much do MLEs make??", "How much do machine learning engineers make")]
    [InlineData("  PhD   worth it  ", "phd worth it!")]
    public void Rephrasings_normalise_to_the_same_text(string a, string b)
    {
        Assert.Equal(UnansweredQuestionQueue.Normalize(a), UnansweredQuestionQueue.Normalize(b));
    }
}
