using CareerBot.Core.Moderation;
using CareerBot.Core.Pipeline;
using FsCheck;
using FsCheck.Xunit;

namespace CareerBot.Tests.Moderation;

/// <summary>The ids adapters put on rating buttons and edit modals, and what a click or a submit turns back into.</summary>
public class AdapterFormIdTests
{
    [Property(MaxTest = 500)]
    public bool A_rating_button_id_fits_the_limit_and_reads_back(NonEmptyString question, bool helpful, PositiveInt extra)
    {
        var feedback = new AnswerFeedback("salary-senior", question.Get);
        var limit = 30 + extra.Get % 200;
        var id = feedback.ButtonId(helpful, limit);

        return id.Length <= limit
               && AnswerFeedback.TryParse(id, out var read, out var readHelpful)
               && readHelpful == helpful
               && read.Intent == "salary-senior"
               && question.Get.StartsWith(read.Question, StringComparison.Ordinal)
               && (read.Question.Length == question.Get.Length || id.Length >= limit - 1);
    }

    [Fact]
    public void A_cut_question_never_ends_in_half_a_surrogate_pair()
    {
        var feedback = new AnswerFeedback("phd-value", "is a phd worth it 🎓🎓🎓🎓🎓");
        var id = feedback.ButtonId(helpful: true, maxLength: "rate:+:phd-value:".Length + 19);

        Assert.True(AnswerFeedback.TryParse(id, out var read, out _));
        Assert.Equal("is a phd worth it ", read.Question);
    }

    [Theory]
    [InlineData("")]
    [InlineData("rate:")]
    [InlineData("rate:x:phd-value:q")]
    [InlineData("rate:+phd-value:q")]
    [InlineData("rate:+::q")]
    [InlineData("rate:+:phd-value:")]
    [InlineData("kbedit:phd-value:3")]
    public void Other_ids_are_not_rating_buttons(string id) => Assert.False(AnswerFeedback.TryParse(id, out _, out _));

    [Fact]
    public void A_submitted_edit_modal_becomes_kb_set_from_the_version_it_was_opened_on()
    {
        var form = new KnowledgeEditForm("phd-value", 12, "PhD", "old");

        Assert.Equal("kbedit:phd-value:12", form.ModalId);
        Assert.Equal("/kb set phd-value from:12 New text", KnowledgeEditForm.SubmitCommand(form.ModalId, "New text"));
        Assert.Equal(form.SetCommand("New text"), KnowledgeEditForm.SubmitCommand(form.ModalId, "New text"));
    }

    [Theory]
    [InlineData("rate:+:phd-value:q")]
    [InlineData("kbedit:phd-value")]
    [InlineData("kbedit::3")]
    [InlineData("kbedit:phd-value:-1")]
    [InlineData("kbedit:phd-value:x")]
    public void Other_ids_are_not_edit_modals(string id) => Assert.Null(KnowledgeEditForm.SubmitCommand(id, "text"));
}
