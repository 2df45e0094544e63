using CareerBot.Core.Answers;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Recognition;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Conversations;

/// <summary>When a message is read in context and when it starts fresh (<see cref="ContextRule"/>), on the shipped knowledge.</summary>
public class ContextRuleTests : IClassFixture<ContextRuleTests.KnowledgeFixture>
{
    public sealed class KnowledgeFixture : IDisposable
    {
        private readonly TestBot _bot = new();
        public KnowledgeSnapshot Knowledge => _bot.Services.GetRequiredService<KnowledgeBase>().Current;
        public void Dispose() => _bot.Dispose();
    }

    private static readonly DialogueState AfterSeniorPay = new("salary-senior", DateTimeOffset.UnixEpoch) { Level = "senior" };
    private readonly KnowledgeSnapshot _knowledge;

    public ContextRuleTests(KnowledgeFixture fixture) => _knowledge = fixture.Knowledge;

    private Reading Read(string text, DialogueState? previous)
    {
        var slots = MessageSlots.Read(text, new ChatRecognizer().Recognize(text));
        var last = previous is null ? "" : _knowledge.Find(previous.Topic)!.Answer;
        var alone = _knowledge.Router.Route(text);
        return ContextRule.Decide(previous, text, slots, alone, alone.Declined ? null : _knowledge.Find(alone.Intent), _knowledge.Router, last);
    }

    [Theory]
    [InlineData("asdfjkl")]
    [InlineData("qwerty uiop zxcv")]
    [InlineData("will it rain this weekend")]
    public void Gibberish_and_off_topic_words_are_off_topic_with_or_without_context(string text)
    {
        Assert.Equal(Reading.OffTopic, Read(text, AfterSeniorPay));
        Assert.Equal(Reading.OffTopic, Read(text, null));
    }

    [Theory]
    [InlineData("and in new york?")]
    [InlineData("what about staff")]
    [InlineData("for L6?")]
    [InlineData("and at google?")]
    [InlineData("same for germany")]
    [InlineData("hmm and mid level")]
    public void Elliptical_messages_and_slot_changes_are_read_in_context(string text) =>
        Assert.Equal(Reading.InContext, Read(text, AfterSeniorPay));

    [Theory]
    [InlineData("do I need a PhD to be an ML engineer?")]
    [InlineData("what skills does an ml engineer need to learn")]
    [InlineData("how much do nurses make")]
    public void Complete_new_questions_and_foreign_topics_start_fresh(string text) =>
        Assert.Equal(Reading.Fresh, Read(text, AfterSeniorPay));

    [Fact]
    public void A_message_not_understood_alone_is_read_in_context_only_when_it_uses_the_last_answers_words()
    {
        var afterExample = new DialogueState("first-year-comp-example", DateTimeOffset.UnixEpoch);
        Assert.Equal(Reading.InContext, Read("why does year 2 drop", afterExample));
        Assert.Equal(Reading.OffTopic, Read("whats the weather in paris", afterExample));
    }

    [Fact]
    public void A_lead_in_like_ok_last_thing_is_not_a_word_shared_with_the_last_answer()
    {
        // The outlook answer says high pay is likely to "last": the lead-in's "last" must not carry the question into it.
        var afterOutlook = new DialogueState("demand-outlook", DateTimeOffset.UnixEpoch);
        Assert.NotEqual(Reading.InContext, Read("ok last thing, how much do ml managers make", afterOutlook));
        Assert.NotEqual(Reading.InContext, Read("one last quick question: how much do ml managers make", afterOutlook));
    }

    [Theory]
    [InlineData("whats mlops")]
    [InlineData("what is mlops?")]
    [InlineData("wats mlops")]
    public void A_what_is_question_the_router_places_confidently_starts_fresh_even_when_it_names_a_slot(string text)
    {
        var afterMath = new DialogueState("math-requirements", DateTimeOffset.UnixEpoch);
        Assert.Equal(Reading.Fresh, Read(text, afterMath));
    }

    [Theory]
    [InlineData("can u recommend a good pizza place in sf")]
    [InlineData("any good hiking spots near seattle")]
    [InlineData("best coffee shop in nyc?")]
    public void A_place_name_does_not_carry_an_off_topic_message_into_location_pay(string text)
    {
        Assert.Equal(Reading.OffTopic, Read(text, null));
        Assert.Equal(Reading.OffTopic, Read(text, AfterSeniorPay));
    }

    [Fact]
    public void Without_earlier_state_nothing_is_read_in_context() =>
        Assert.Equal(Reading.Fresh, Read("and in new york?", null));

    [Theory]
    [InlineData("and in new york?", true)]
    [InlineData("what about for staff?", true)]
    [InlineData("and what does a PhD add?", false)]
    [InlineData("why?", false)]
    public void Only_slot_changes_keep_the_topic(string text, bool onlySlots)
    {
        var slots = MessageSlots.Read(text, new ChatRecognizer().Recognize(text));
        Assert.Equal(onlySlots, ContextRule.OnlyChangesSlots(text, slots, _knowledge.Router));
    }

    [Theory]
    [InlineData("is 170k reasonable for mid")]
    [InlineData("is 200k base ok for senior")]
    public void A_figure_with_a_level_is_not_off_topic(string text) =>
        Assert.Equal(Reading.Fresh, Read(text, null));
}
