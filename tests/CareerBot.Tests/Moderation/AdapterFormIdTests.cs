using CareerBot.Core.Messages;
using CareerBot.Core.ModeratorCommands;
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

    private static FormSubmission Submitted(string id, string body) => new(id, new Dictionary<string, string> { [KnowledgeEditForm.BodyField] = body });

    [Fact]
    public void A_submitted_edit_form_becomes_a_typed_kb_set_from_the_version_it_was_opened_on_with_the_text_untouched()
    {
        var form = new KnowledgeEditForm("phd-value", 12, "PhD", "old");
        const string text = "from:13 comment: id:salary-senior \"quoted\" 👩‍💻";

        var command = KnowledgeEditForm.SubmitCommand(Submitted(form.ModalId, text))!;

        Assert.Equal("kbedit:phd-value:12", form.ModalId);
        Assert.Equal(("kb", "set"), (command.Name, command.Subcommand));
        Assert.Equal("phd-value", command.Arguments["id"]);
        Assert.Equal("12", command.Arguments[KbArguments.From]);
        Assert.Equal(text, command.Arguments["markdown"]);
    }

    [Fact]
    public void A_form_without_its_text_field_is_not_an_edit() =>
        Assert.Null(KnowledgeEditForm.SubmitCommand(new FormSubmission("kbedit:phd-value:3", new Dictionary<string, string>())));

    [Theory]
    [InlineData("rate:+:phd-value:q")]
    [InlineData("kbedit:phd-value")]
    [InlineData("kbedit::3")]
    [InlineData("kbedit:phd-value:-1")]
    [InlineData("kbedit:phd-value:x")]
    public void Other_ids_are_not_edit_modals(string id) => Assert.Null(KnowledgeEditForm.SubmitCommand(Submitted(id, "text")));
}
