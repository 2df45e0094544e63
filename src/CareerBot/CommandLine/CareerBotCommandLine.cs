using System.CommandLine;

namespace CareerBot.CommandLine;

/// <summary>The binary's command line: chat (default), ask, kb validate, kb export, kb backup, kb restore, eval.</summary>
public static class CareerBotCommandLine
{
    public static RootCommand Build()
    {
        var moderator = new Option<string?>("--moderator") { Description = "Act as this moderator (enables /kb commands)" };
        var root = new RootCommand("CareerBot: ML-engineer career answers and offer math. Without a subcommand: chat (console, or Discord/Slack when tokens are configured).");
        var user = new Option<string?>("--user") { Description = "Chat as this member (default: the OS user); /share keys its one-share limit on it" };
        root.Options.Add(moderator);
        root.Options.Add(user);
        root.SetAction((parse, ct) => ChatRunner.RunAsync(parse.GetValue(moderator), parse.GetValue(user), ct));

        var question = new Argument<string[]>("question") { Description = "The question, or - to read one message per line from stdin", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per message: intent, confidence, reply, sources, entities" };
        var conversation = new Option<bool>("--conversation") { Description = "With -: the stdin lines are one member's messages in one channel, read in context; an empty line starts a new conversation" };
        var ask = new Command("ask", "Answer one question (or each stdin line with -) and exit") { question, json, conversation, moderator, user };
        ask.SetAction((parse, ct) => AskRunner.RunAsync(parse.GetValue(question) ?? [], parse.GetValue(json), parse.GetValue(conversation), parse.GetValue(moderator), parse.GetValue(user), ct));
        root.Subcommands.Add(ask);

        var kb = new Command("kb", "Knowledge base maintenance");
        var directory = new Option<string?>("--dir") { Description = "Knowledge folder (default: Knowledge:Directory)" };
        var validate = new Command("validate", "Check every knowledge file and the stored moderators' revisions; exit 1 listing each problem") { directory };
        validate.SetAction((parse, ct) => KbValidateRunner.RunAsync(parse.GetValue(directory), ct));
        kb.Subcommands.Add(validate);
        var exportDirectory = new Option<string?>("--dir") { Description = "Folder to write (default: Knowledge:Directory)" };
        var export = new Command("export", "Write the served answers (files + moderators' revisions) back to knowledge/*.md for review in git") { exportDirectory };
        export.SetAction((parse, ct) => KbExportRunner.RunAsync(parse.GetValue(exportDirectory), ct));
        kb.Subcommands.Add(export);
        var offers = new Command("offers", "Members' shared offers");
        var csvFile = new Argument<string>("file") { Description = "CSV file to write (no identity columns)" };
        var offersExport = new Command("export", "Write the approved shared offers as CSV") { csvFile };
        offersExport.SetAction((parse, ct) => KbOffersExportRunner.RunAsync(parse.GetValue(csvFile)!, ct));
        offers.Subcommands.Add(offersExport);
        kb.Subcommands.Add(offers);
        var backupFile = new Argument<string>("file") { Description = "The backup file to write, e.g. /var/backups/careerbot/careerbot-2026-12-04.db" };
        var backup = new Command("backup", "Write a consistent copy of the SQLite store to a file, also while the bot runs") { backupFile };
        backup.SetAction(parse => KbBackupRunner.Backup(parse.GetValue(backupFile)!));
        kb.Subcommands.Add(backup);
        var restoreFile = new Argument<string>("file") { Description = "A file written by kb backup" };
        var restore = new Command("restore", "Replace the SQLite store with a backup (the bot must be stopped; the replaced store is kept)") { restoreFile };
        restore.SetAction(parse => KbBackupRunner.Restore(parse.GetValue(restoreFile)!));
        kb.Subcommands.Add(restore);
        root.Subcommands.Add(kb);

        var set = new Option<string?>("--set") { Description = "Evaluation file (default: tests/CareerBot.Tests/Eval/eval-set.tsv, or conversations.tsv with --conversations)" };
        var conversations = new Option<bool>("--conversations") { Description = "Play the conversation set turn by turn and print every missed turn" };
        var eval = new Command("eval", "Score the router on the labelled evaluation set and print the confusions") { set, conversations };
        eval.SetAction((parse, ct) => EvalRunner.RunAsync(parse.GetValue(set), parse.GetValue(conversations), ct));
        root.Subcommands.Add(eval);
        return root;
    }
}
