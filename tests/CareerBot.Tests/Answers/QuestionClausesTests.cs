using CareerBot.Core.Answers;

namespace CareerBot.Tests.Answers;

public class QuestionClausesTests
{
    [Fact]
    public void Splits_before_the_second_question_word() =>
        Assert.Equal(["do I need a phd", "what do new grads make"], QuestionClauses.Split("do I need a phd and what do new grads make?"));

    [Fact]
    public void Splits_on_question_marks() =>
        Assert.Equal(["is a PhD worth it", "how much do seniors make"], QuestionClauses.Split("is a PhD worth it? how much do seniors make?"));

    [Theory]
    [InlineData("how much do ML engineers make?")]
    [InlineData("salary and bonus for seniors")]
    [InlineData("hi? yes")]
    public void Keeps_single_questions_whole(string text) => Assert.Equal([text], QuestionClauses.Split(text));
}
