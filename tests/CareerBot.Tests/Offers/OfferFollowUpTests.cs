using CareerBot.Core.Messages;

namespace CareerBot.Tests.Offers;

/// <summary>Offers as people write them and the follow-ups on them, through the real pipeline, one conversation per test.</summary>
public class OfferFollowUpTests : IClassFixture<OfferFollowUpTests.BotFixture>
{
    public sealed class BotFixture : IDisposable
    {
        public TestBot Bot { get; } = new();
        public void Dispose() => Bot.Dispose();
    }

    private const string Pasted = "offer: 210k base, 20% target bonus, 100k/yr in RSUs, 30k sign on";

    private readonly TestBot _bot;
    private readonly string _conversation = Guid.NewGuid().ToString("N");

    public OfferFollowUpTests(BotFixture fixture) => _bot = fixture.Bot;

    private Task<Reply> Say(string text) => _bot.AskAsync(text, _conversation);

    [Fact]
    public async Task A_yearly_stock_figure_counts_every_year_and_names_the_grant_it_implies()
    {
        var reply = await Say(Pasted);
        Assert.Equal(("offer", ReplyKind.Answer), (reply.Intent, reply.Kind));
        Assert.Contains("| 1 | $210,000 | $42,000 | $100,000 | $30,000 | **$382,000** |", reply.Markdown);
        Assert.Contains("Stock given as $100,000 a year: read as a $400,000 grant over the 4 vesting years", reply.Markdown);
    }

    [Fact]
    public async Task Equity_as_a_percent_is_not_valued_without_a_valuation_and_the_bot_asks_for_one()
    {
        var reply = await Say("140k salary, 0.1% equity");
        Assert.Equal(("offer", ReplyKind.Answer), (reply.Intent, reply.Kind));
        Assert.DoesNotContain("No stock given", reply.Markdown);
        Assert.Contains("The 0.1% equity is not in the table", reply.Markdown);
        Assert.Contains("What is the company's latest valuation", reply.Markdown);

        var valued = await Say("valuation is $500M");
        Assert.Contains("Counting your 0.1% equity at a $500,000,000 valuation", valued.Markdown);
        Assert.Contains("| 1 | $140,000 | $125,000 | **$265,000** |", valued.Markdown);
    }

    [Fact]
    public async Task Equity_as_a_percent_before_the_salary_is_kept_for_the_valuation_follow_up()
    {
        var reply = await Say("0.2% equity at a startup with 150k salary");
        Assert.Equal(("offer", ReplyKind.Answer), (reply.Intent, reply.Kind));
        Assert.Contains("The 0.2% equity is not in the table", reply.Markdown);

        var valued = await Say("valuation was 1B");
        Assert.Contains("Counting your 0.2% equity at a $1,000,000,000 valuation", valued.Markdown);
    }

    [Fact]
    public async Task Two_offers_in_one_message_are_compared()
    {
        var reply = await Say("got 2 offers: A is 175k base + 320k rsu/4y, B is 195k base + 120k rsu/4y, which is better?");
        Assert.Equal(("compare", ReplyKind.Answer), (reply.Intent, reply.Kind));
        Assert.Contains("| 1–4 | $255,000 | $225,000 | −$30,000 |", reply.Markdown);
        Assert.Contains("I read your message as", reply.Markdown);
    }

    [Fact]
    public async Task A_compared_offer_with_equity_as_a_percent_says_up_front_that_it_is_not_counted()
    {
        var reply = await Say("got 2 offers: google 200k base + 400k stock over 4 yrs, startup 170k base + 0.5% equity. thoughts?");
        Assert.Equal("compare", reply.Intent);
        Assert.Contains("Offer B: **The 0.5% equity is not counted:**", reply.Markdown);

        var valued = await Say("the startup's last round was at 800M");
        Assert.Equal("compare", valued.Intent);
        Assert.Contains("**Offer B: counting the 0.5% equity at a $800,000,000 valuation.**", valued.Markdown);
        Assert.Contains("| 1–4 | $300,000 | $1,170,000 |", valued.Markdown);
    }

    [Fact]
    public async Task Why_year_one_pays_more_is_explained_from_the_offer_itself()
    {
        await Say(Pasted);
        var reply = await Say("why does year 1 pay more?");
        Assert.Equal(("offer", ReplyKind.Answer), (reply.Intent, reply.Kind));
        Assert.Contains("**Year 1: $382,000**, **year 2: $352,000** — year 1 pays $30,000 more", reply.Markdown);
        Assert.Contains("the $30,000 sign-on bonus is paid once, in year 1", reply.Markdown);
    }

    [Fact]
    public async Task A_backloaded_schedule_is_why_later_years_pay_more()
    {
        await Say("/offer base:180k stock:400k vesting:5-15-40-40");
        var reply = await Say("how come the 3rd year is way higher than yr 2");
        Assert.Contains("**Year 2: $240,000**, **year 3: $340,000** — year 3 pays $100,000 more", reply.Markdown);
        Assert.Contains("the $400,000 grant vests 15% in year 2 and 40% in year 3", reply.Markdown);
    }

    [Fact]
    public async Task A_one_year_offer_has_no_other_year_to_explain()
    {
        await Say("/offer base:180k stock:100k vesting:1y");
        Assert.Contains("has one year only ($280,000)", (await Say("why is year 1 higher?")).Markdown);
    }

    [Fact]
    public async Task Changes_recompute_the_last_offer_and_say_what_changed()
    {
        await Say(Pasted);
        var higherBase = await Say("what if the base were 190k?");
        Assert.Contains("base $210,000 → $190,000", higherBase.Markdown);
        Assert.Contains("Year 1 $382,000 → **$358,000** (−$24,000)", higherBase.Markdown);

        var signing = await Say("and with a 40k signing bonus?");
        Assert.Contains("sign-on $30,000 → $40,000", signing.Markdown);
        Assert.Contains("| 1 | $190,000 | $38,000 | $100,000 | $40,000 | **$368,000** |", signing.Markdown);

        var without = await Say("without the sign-on?");
        Assert.Contains("sign-on $40,000 → none", without.Markdown);
        Assert.Contains("Year 1 $368,000 → **$328,000** (−$40,000)", without.Markdown);
    }

    [Fact]
    public async Task Vesting_and_cliff_can_be_changed_or_dropped()
    {
        await Say("/offer base:180k stock:400k cliff:12m");
        var noCliff = await Say("ok and with no cliff?");
        Assert.Contains("cliff 12 months → none", noCliff.Markdown);
        Assert.Contains("No cliff given", noCliff.Markdown);
        var shorter = await Say("what if it vests over 2 years");
        Assert.Contains("vesting 25/25/25/25 (assumed) → 50/50", shorter.Markdown);
        Assert.Contains("| 1 | $180,000 | $200,000 | **$380,000** |", shorter.Markdown);
    }

    [Fact]
    public async Task Another_offer_after_an_offer_is_read_as_a_new_offer_not_a_change()
    {
        await Say(Pasted);
        var reply = await Say("and the other offer is 190k base, 20k bonus");
        Assert.Contains("I read your message as `/offer base:190k bonus:20k`", reply.Markdown);
        Assert.DoesNotContain("Your last offer with that change", reply.Markdown);
    }

    [Fact]
    public async Task A_bad_change_says_what_is_wrong_and_keeps_the_offer()
    {
        await Say(Pasted);
        var reply = await Say("what if there was no base");
        Assert.Equal(ReplyKind.InputError, reply.Kind);
        Assert.Contains("base salary can't be left out", reply.Markdown);
        Assert.Contains("base $210,000 → $220,000", (await Say("what if the base were 220k")).Markdown);
    }

    [Fact]
    public async Task Without_an_offer_in_the_conversation_follow_up_words_are_ordinary_questions()
    {
        var reply = await Say("why does year 1 pay more?");
        Assert.NotEqual("offer", reply.Intent);
    }

    [Fact]
    public async Task A_question_after_an_offer_is_still_answered_from_the_knowledge_base()
    {
        await Say(Pasted);
        Assert.Equal("phd-value", (await Say("do I need a PhD to be an ML engineer?")).Intent);
        Assert.Contains("base $210,000 → $200,000", (await Say("what if the base were 200k")).Markdown);
    }

    [Fact]
    public async Task Asking_whether_the_offer_is_good_for_a_level_places_it_against_that_level()
    {
        await Say(Pasted);
        var reply = await Say("is that good for a senior?");
        Assert.Equal("offer", reply.Intent);
        Assert.Contains("Your last offer against the senior figures", reply.Markdown);
        Assert.Contains("**Against the knowledge base's figures** for senior engineers", reply.Markdown);
    }

    [Fact]
    public async Task After_an_offer_a_new_question_is_not_read_as_a_follow_up_of_the_topic_before_it()
    {
        Assert.Equal("location-pay", (await Say("how does location affect pay?")).Intent);
        await Say(Pasted);
        await Say("without the sign-on?");
        Assert.NotEqual("location-pay", (await Say("hmm what does TC mean")).Intent);
    }

    [Fact]
    public async Task A_mistyped_command_gets_a_did_you_mean()
    {
        var reply = await Say("/ofer base:180k");
        Assert.Equal(ReplyKind.InputError, reply.Kind);
        Assert.Contains("Did you mean `/offer`?", reply.Markdown);
    }

    [Fact]
    public async Task Asking_about_one_year_of_the_last_offer_shows_that_year_from_the_offer_itself()
    {
        await Say(Pasted);
        var reply = await Say("what does year 2 look like");
        Assert.Equal(("offer", ReplyKind.Answer), (reply.Intent, reply.Kind));
        Assert.Contains("**Year 2: $352,000**", reply.Markdown);
        Assert.Contains("base $210,000 + bonus $42,000 + stock $100,000", reply.Markdown);
        Assert.Contains("the $30,000 sign-on bonus is paid once, in year 1", reply.Markdown);

        var last = await Say("and the 4th year?");
        Assert.Contains("**Year 4: $352,000**", last.Markdown);
        Assert.Contains("That offer's table has 4 years", (await Say("what about year 7")).Markdown);
    }

    [Fact]
    public async Task Equity_as_a_percent_without_an_offer_asks_for_the_valuation_and_counts_it_once_given()
    {
        var asked = await Say("my friend has 0.2% equity at a seed startup, what is that worth");
        Assert.Equal(("offer", ReplyKind.Answer), (asked.Intent, asked.Kind));
        Assert.Contains("0.2%", asked.Markdown);
        Assert.Contains("valuation", asked.Markdown);
        Assert.DoesNotContain("$", asked.Markdown.Split("e.g.")[0]);

        var valued = await Say("series b, 50M valuation");
        Assert.Equal("offer", valued.Intent);
        Assert.Contains("**0.2% of a $50,000,000 valuation is $100,000**", valued.Markdown);

        var again = await Say("what if it was valued at 2B");
        Assert.Contains("**0.2% of a $2,000,000,000 valuation is $4,000,000**", again.Markdown);
    }

    [Fact]
    public async Task A_change_to_one_side_of_a_comparison_compares_again_with_that_change()
    {
        await Say("2 offers: A 170k base + 200k stock/4y, B 190k base + 60k stock/4y. which is better over 4 years");
        var raised = await Say("what if B's base was 210k");
        Assert.Equal(("compare", ReplyKind.Answer), (raised.Intent, raised.Kind));
        Assert.Contains("Offer B: base $190,000 → $210,000", raised.Markdown);
        Assert.Contains("| 1–4 | $220,000 | $225,000 | +$5,000 |", raised.Markdown);

        var doubled = await Say("ok and what if A's stock doubles");
        Assert.Contains("Offer A: stock $200,000 grant → $400,000 grant", doubled.Markdown);
        Assert.Contains("| 1–4 | $270,000 | $225,000 | −$45,000 |", doubled.Markdown);
    }

    [Fact]
    public async Task An_offer_compared_to_that_is_compared_with_the_last_offer()
    {
        await Say("recruiter said 170 base 10% bonus 120k stock vesting 4 years 1 yr cliff");
        var compared = await Say("can u compare that to my current job: 150k base, 15k bonus, no stock");
        Assert.Equal(("compare", ReplyKind.Answer), (compared.Intent, compared.Kind));
        Assert.Contains("A is your last offer", compared.Markdown);
        Assert.Contains("`/offer base:150k bonus:15k`", compared.Markdown);
        Assert.Contains("| 1–4 | $217,000 | $165,000 | −$52,000 |", compared.Markdown);
    }

    [Fact]
    public async Task Which_is_better_after_a_comparison_answers_from_it_and_why_says_where_the_gap_comes_from()
    {
        await Say("2 offers: A 170k base + 200k stock/4y, B 190k base + 60k stock/4y");
        var better = await Say("which one is better long term");
        Assert.Equal(("compare", ReplyKind.Answer), (better.Intent, better.Kind));
        Assert.Contains("**Over 4 years A is ahead by $60,000**", better.Markdown);
        Assert.Contains("base: B pays $20,000 more", better.Markdown);
        Assert.Contains("stock: A pays $35,000 more", better.Markdown);
        var why = await Say("why");
        Assert.Equal("compare", why.Intent);
        Assert.Contains("stock: A pays $35,000 more", why.Markdown);
    }

    [Fact]
    public async Task A_cliff_is_explained_in_its_year_and_dropping_it_says_why_the_totals_stay()
    {
        await Say("recruiter said 170 base 10% bonus 120k stock vesting 4 years 1 yr cliff");
        var first = await Say("hows the first year look w the cliff");
        Assert.Contains("**Year 1: $217,000** = base $170,000 + bonus $17,000 + stock $30,000.", first.Markdown);
        Assert.Contains("With the 12-month cliff nothing vests before month 12", first.Markdown);
        var dropped = await Say("what if no cliff");
        Assert.Contains("cliff 12 months → none", dropped.Markdown);
        Assert.Contains("The yearly totals don't move", dropped.Markdown);
    }

    [Fact]
    public async Task A_percent_at_a_company_whose_worth_is_asked_is_a_stake()
    {
        var asked = await Say("my buddy has 0.3% at a seed co, whats that worth");
        Assert.Equal(("offer", ReplyKind.Answer), (asked.Intent, asked.Kind));
        Assert.Contains("**0.3% of a company is worth 0.3% of what the company is worth**", asked.Markdown);
        Assert.Contains("**0.3% of a $20,000,000 valuation is $60,000**", (await Say("they raised at 20M valuation")).Markdown);
    }

    [Fact]
    public async Task Named_offers_with_a_bare_salary_are_compared_and_raised_at_is_the_startups_valuation()
    {
        var compared = await Say("got 2 offers. startup: 140k + 0.5% equity. bigco: 150k base, 200k rsu over 4y, 10% bonus");
        Assert.Equal(("compare", ReplyKind.Answer), (compared.Intent, compared.Kind));
        Assert.Contains("a:\"base:140k stock:0.5%\"", compared.Markdown);

        var valued = await Say("the startup last raised at 100M");
        Assert.Contains("**Offer A: counting the 0.5% equity at a $100,000,000 valuation.**", valued.Markdown);
        Assert.DoesNotContain("$100,000,000 against the knowledge base's figures", valued.Markdown);

        // The member's own names for the offers pick the side.
        var halved = await Say("what if bigco stock drops by half");
        Assert.Contains("**Offer B: stock $200,000 grant → $100,000 grant.**", halved.Markdown);
        Assert.Contains("**Offer B: base $150,000 → $170,000.**", (await Say("and what if bigco's base was 170k")).Markdown);
    }
}
