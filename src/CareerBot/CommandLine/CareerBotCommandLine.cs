using System.CommandLine;

namespace CareerBot.CommandLine;

/// <summary>The binary's command line: chat (default), ask, kb validate, kb export, eval.</summary>
public static class CareerBotCommandLine
{
    public static RootCommand Build()
    {
        var moderator = new Option<string?>("--moderator") { Description = "Act as this moderator (enables /kb commands)" };
        var root = new RootCommand("CareerBot: ML-engineer career answers and offer math. Without a subcommand: chat (console, or Discord/Slack when tokens are configured).");
        root.Options.Add(moderator);
        root.SetAction((parse, ct) => ChatRunner.RunAsync(parse.GetValue(moderator), ct));

        var question = new Argument<string[]>("question") { Description = "The question, or - to read one message per line from stdin", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per message: intent, confidence, reply, sources, entities" };
        var conversation = new Option<bool>("--conversation") { Description = "With -: the stdin lines are one member's messages in one channel, read in context; an empty line starts a new conversation" };
        var ask = new Command("ask", "Answer one question (or each stdin line with -) and exit") { question, json, conversation, moderator };
        ask.SetAction((parse, ct) => AskRunner.RunAsync(parse.GetValue(question) ?? [], parse.GetValue(json), parse.GetValue(conversation), parse.GetValue(moderator), ct));
        root.Subcommands.Add(ask);

        var kb = new Command("kb", "Knowledge base maintenance");
        var directory = new Option<string?>("--dir") { Description = "Knowledge folder (default: Knowledge:Directory)" };
        var validate = new Command("validate", "Check every knowledge file; exit 1 listing each problem") { directory };
        validate.SetAction(parse => KbValidateRunner.Run(parse.GetValue(directory)));
        kb.Subcommands.Add(validate);
        var exportDirectory = new Option<string?>("--dir") { Description = "Folder to write (default: Knowledge:Directory)" };
        var export = new Command("export", "Write the served answers (files + moderators' revisions) back to knowledge/*.md for review in git") { exportDirectory };
        export.SetAction((parse, ct) => KbExportRunner.RunAsync(parse.GetValue(exportDirectory), ct));
        kb.Subcommands.Add(export);
        root.Subcommands.Add(kb);

        var set = new Option<string?>("--set") { Description = "Evaluation file (default: tests/CareerBot.Tests/Eval/eval-set.tsv, or conversations.tsv with --conversations)" };
        var conversations = new Option<bool>("--conversations") { Description = "Play the conversation set turn by turn and print every missed turn" };
        var eval = new Command("eval", "Score the router on the labelled evaluation set and print the confusions") { set, conversations };
        eval.SetAction((parse, ct) => EvalRunner.RunAsync(parse.GetValue(set), parse.GetValue(conversations), ct));
        root.Subcommands.Add(eval);
        return root;
    }
}
