using CareerBot.Core.Knowledge;

namespace CareerBot.Tests.Knowledge;

public class KnowledgeLoaderTests
{
    private static string File(string id = "phd-value", string? questions = null, string body = "A PhD helps for research roles.", string extra = "") =>
        $"""
        ---
        id: {id}
        title: Is a PhD needed?
        questions:
        {questions ?? string.Concat(Enumerable.Range(1, 8).Select(i => $"  - question {id} {i}\n"))}tags: [education]
        sources: ["Why Are ML Engineers Paid So Much?"]
        reviewed: 2026-11-23
        {extra}---
        {body}
        """;

    [Fact]
    public void Loads_a_valid_file_with_answer_and_detail()
    {
        var entries = KnowledgeLoader.Load([("phd-value.md", File(body: "Short answer.\n<!-- more -->\nLonger detail."))]);
        var entry = Assert.Single(entries);
        Assert.Equal("phd-value", entry.Id);
        Assert.Equal("Short answer.", entry.Answer);
        Assert.Equal("Longer detail.", entry.Detail);
        Assert.Equal(8, entry.Questions.Count);
        Assert.Equal(new DateOnly(2026, 11, 23), entry.Reviewed);
    }

    [Theory]
    [InlineData("no front matter at all", "must start with a YAML front matter")]
    [InlineData("---\nid: x\n", "front matter is not closed")]
    [InlineData("---\nid: [unclosed\n---\nbody", "not valid YAML")]
    public void Broken_front_matter_is_reported_with_the_file_name(string content, string problem)
    {
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("broken.md", content)]));
        Assert.Contains("broken.md", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Missing_field_is_named()
    {
        var content = File().Replace("title: Is a PhD needed?\n", "");
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("phd-value.md", content)]));
        Assert.Contains("phd-value.md: missing field 'title'", e.Message);
    }

    [Fact]
    public void Too_few_questions_are_refused()
    {
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("phd-value.md", File(questions: "  - only one\n"))]));
        Assert.Contains("needs at least 8 questions, has 1", e.Message);
    }

    [Fact]
    public void Empty_question_is_refused()
    {
        var questions = string.Concat(Enumerable.Range(1, 8).Select(i => $"  - q{i}\n")) + "  - \"\"\n";
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("phd-value.md", File(questions: questions))]));
        Assert.Contains("empty question", e.Message);
    }

    [Fact]
    public void Over_long_lead_is_refused_with_its_length_and_how_to_fix_it()
    {
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("phd-value.md", File(body: new string('x', 601)))]));
        Assert.Contains("the lead (text before '<!-- more -->') is 601 characters; the limit is 600", e.Message);
        Assert.Contains("move the rest after a '<!-- more -->' line", e.Message);
    }

    [Fact]
    public void A_600_character_lead_with_a_long_detail_loads()
    {
        var entry = KnowledgeLoader.Load([("phd-value.md", File(body: new string('x', 600) + "\n<!-- more -->\n" + new string('y', 2500)))])[0];
        Assert.Equal((600, 2500), (entry.Answer.Length, entry.Detail!.Length));
    }

    [Fact]
    public void Over_long_detail_is_refused_with_its_length()
    {
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("phd-value.md", File(body: "Lead.\n<!-- more -->\n" + new string('y', 2501)))]));
        Assert.Contains("the detail after '<!-- more -->' is 2501 characters; the limit is 2500", e.Message);
    }

    [Fact]
    public void Empty_answer_is_refused()
    {
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("phd-value.md", File(body: "  "))]));
        Assert.Contains("the lead", e.Message);
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void Duplicate_ids_and_file_name_mismatch_are_reported_together()
    {
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load(
        [
            ("phd-value.md", File()),
            ("other.md", File("phd-value", questions: string.Concat(Enumerable.Range(1, 8).Select(i => $"  - other {i}\n")))),
        ]));
        Assert.Contains("other.md: id 'phd-value' must match the file name", e.Message);
    }

    [Fact]
    public void Unknown_related_id_is_reported()
    {
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("phd-value.md", File(extra: "related: [no-such-entry]\n"))]));
        Assert.Contains("related id 'no-such-entry' does not exist", e.Message);
    }

    [Theory]
    [InlineData("Bad_Id")]
    [InlineData("-leading")]
    [InlineData("double--dash")]
    [InlineData("")]
    public void Invalid_ids_are_rejected(string id) => Assert.False(KnowledgeId.IsValid(id));

    [Fact]
    public void Bad_review_date_is_refused()
    {
        var e = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load([("phd-value.md", File().Replace("2026-11-23", "last week"))]));
        Assert.Contains("'reviewed' must be a date", e.Message);
    }
}
