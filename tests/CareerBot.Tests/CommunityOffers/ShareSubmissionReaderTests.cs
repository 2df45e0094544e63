using CareerBot.Core.Commands;
using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Offers;

namespace CareerBot.Tests.CommunityOffers;

public sealed class ShareSubmissionReaderTests
{
    private static (ShareSubmission? Submission, string? Error) Read(string text) => ShareSubmissionReader.Read(SlashCommandParser.Parse(text)!);

    [Fact]
    public void A_full_share_is_read_into_canonical_names_and_the_calculators_first_year_total()
    {
        var (s, error) = Read("/share level:L5 location:SF base:200k bonus:15% stock:400k vesting:4y yoe:6 specialization:\"natural language processing\" company:\"  Acme   Corp \"");

        Assert.Null(error);
        Assert.Equal(new ShareSubmission("senior", "bay-area", "nlp", "acme corp", 6, "USD", 200_000m, 330_000m, "base:200k bonus:15% stock:400k vesting:4y"), s);
    }

    [Theory]
    [InlineData("san francisco", "bay-area")]
    [InlineData("Bay Area", "bay-area")]
    [InlineData("palo alto", "bay-area")]
    [InlineData("NYC", "new-york")]
    [InlineData("new york", "new-york")]
    [InlineData("bellevue", "seattle")]
    [InlineData("remote", "remote")]
    [InlineData("london", "london")]
    public void Places_are_merged_into_cells_by_the_recognizers_names(string typed, string cell) =>
        Assert.Equal(cell, Read($"/share level:mid location:\"{typed}\" base:150k").Submission?.Place);

    [Theory]
    [InlineData("new grad", "entry")]
    [InlineData("principal", "staff")]
    [InlineData("senior", "senior")]
    public void Levels_are_the_salary_levels(string typed, string level) =>
        Assert.Equal(level, Read($"/share level:\"{typed}\" location:remote base:150k").Submission?.Level);

    [Theory]
    [InlineData("/share location:seattle base:200k", "`level`: is required when sharing")]
    [InlineData("/share level:wizard location:seattle base:200k", "`level`: expected one of entry, mid, senior, staff")]
    [InlineData("/share level:senior base:200k", "`location`: is required when sharing")]
    [InlineData("/share level:senior location:gotham base:200k", "`location`: expected a city or metro I know")]
    [InlineData("/share level:senior location:seattle base:200k yoe:lots", "`yoe`: expected whole years of experience from 0 to 50")]
    [InlineData("/share level:senior location:seattle base:200k yoe:70", "`yoe`: expected whole years")]
    [InlineData("/share level:senior location:seattle base:200k specialization:\"my secret project\"", "`specialization`: expected an area")]
    [InlineData("/share level:senior location:seattle base:200k company:\"ask me at bob@example.com\"", "`company`: expected a company name")]
    [InlineData("/share level:senior locaton:seattle base:200k", "`locaton` is not a /share option; did you mean `location`?")]
    [InlineData("/share level:senior location:seattle 200k", "`200k` has no option name")]
    public void Bad_input_gets_an_error_naming_the_field_with_an_example(string text, string expected)
    {
        var (submission, error) = Read(text);

        Assert.Null(submission);
        Assert.StartsWith(expected, error);
        Assert.Contains("Example: `", error);
    }

    [Theory]
    [InlineData("base:-50k")]
    [InlineData("base:abc")]
    [InlineData("base:180k stock:600k vesting:50-50-50")]
    [InlineData("base:180k bonus:€20k")]
    [InlineData("bonus:10%")]
    public void The_offer_part_gets_exactly_the_offer_commands_error(string offer)
    {
        var expected = OfferCommandReader.Read(SlashCommandParser.Parse("/offer " + offer)!).Error!.Message;

        Assert.Equal(expected, Read($"/share level:senior location:seattle {offer}").Error);
    }
}
