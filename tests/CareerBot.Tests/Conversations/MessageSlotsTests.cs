using CareerBot.Core.Conversations;
using CareerBot.Core.Recognition;

namespace CareerBot.Tests.Conversations;

public class MessageSlotsTests
{
    private static MessageSlots Read(string text) => MessageSlots.Read(text, new ChatRecognizer().Recognize(text));

    [Fact]
    public void Company_level_employer_and_place_are_read()
    {
        var slots = Read("what does Amazon pay an L6 MLE in Toronto");
        Assert.Equal("staff", slots.Level);
        Assert.Equal("L6", slots.CompanyLevel);
        Assert.Equal("Amazon", slots.Employer);
        Assert.Equal(new Place("Toronto", false), slots.Place);
    }

    [Theory]
    [InlineData("and in germany?", "Germany", false)]
    [InlineData("senior pay in new york", "New York", true)]
    [InlineData("new grad in the bay", "the Bay Area", true)]
    public void Places_say_whether_they_are_in_the_US(string text, string name, bool inUs) =>
        Assert.Equal(new Place(name, inUs), Read(text).Place);

    [Theory]
    [InlineData("with 9 years in, what should I be making?", 9)]
    [InlineData("i have 4 yoe", 4)]
    [InlineData("been an mle for 7 years, what should i be pulling", 7)]
    public void Years_of_experience_are_read(string text, int years) => Assert.Equal(years, Read(text).YearsOfExperience);

    [Fact]
    public void A_vesting_period_is_not_experience() => Assert.Null(Read("600k rsus vesting over 4 years").YearsOfExperience);

    [Theory]
    [InlineData("is 300k TC good for L5", FigureKind.TotalComp)]
    [InlineData("is 150k base decent for a new grad", FigureKind.Base)]
    [InlineData("is 180k good for a senior?", FigureKind.Unstated)]
    [InlineData("how much do seniors make", FigureKind.None)]
    public void What_the_member_calls_a_figure_is_kept(string text, FigureKind kind) => Assert.Equal(kind, Read(text).FigureKind);

    [Fact]
    public void A_new_slot_replaces_the_old_one_and_the_rest_carry_on()
    {
        var state = new DialogueState("salary-senior", DateTimeOffset.UnixEpoch) { Level = "senior", Place = new Place("Seattle", true) };
        var next = Read("and in new york?").ApplyTo(state);
        Assert.Equal("senior", next.Level);
        Assert.Equal(new Place("New York", true), next.Place);
    }
}
