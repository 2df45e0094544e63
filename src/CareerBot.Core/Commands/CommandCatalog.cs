namespace CareerBot.Core.Commands;

/// <summary>The slash commands CareerBot offers, described once; adapters render these descriptions.</summary>
public static class CommandCatalog
{
    /// <summary>Options every changing /kb sub-command accepts besides its listed ones: the version a change starts from (the lost-update check) and the moderator's note on it.</summary>
    public const string FromOption = "from", CommentOption = "comment";

    // Declared first: /kb below reads it while the class initializes.
    private static readonly string[] ChangeOptions = [FromOption, CommentOption];

    /// <summary>
    /// The change options described, for adapters that declare every option a command takes (Discord offers only declared
    /// ones, so without these a moderator could not follow a conflict's "send it again with from:N").
    /// </summary>
    public static readonly IReadOnlyList<CommandOption> ChangeOptionDescriptions =
    [
        new(FromOption, "Version your change starts from; refused if the answer changed since", CommandOptionType.Integer, false, "from:1") { MinValue = 0 },
        new(CommentOption, "A note on your change, shown in the history", CommandOptionType.Text, false, "comment:\"fix a typo\""),
    ];

    public static readonly CommandDescriptor Ask = new("ask", "Ask CareerBot an ML-engineer career question",
        [new CommandOption("question", "Your question, e.g. do I need a PhD?", CommandOptionType.Text, true, "do I need a PhD to be an ML engineer?") { Autocomplete = true, MaxLength = Messages.InputLimits.MaxMessageLength }])
    { Example = "/ask do I need a PhD to be an ML engineer?" };

    public static readonly IReadOnlyList<CommandOption> OfferOptions =
    [
        new("base", "Yearly base salary", CommandOptionType.Money, true, "base:180k"),
        new("bonus", "Yearly bonus: an amount or a percent of base", CommandOptionType.MoneyOrPercent, false, "bonus:15%"),
        new("stock", "Stock grant (RSUs) over the vesting period, or per year as 100k/yr", CommandOptionType.Money, false, "stock:600k"),
        new("vesting", "Vesting: 4y (even), a schedule like 5-15-40-40, or a named schedule", CommandOptionType.Vesting, false, "vesting:4y"),
        new("cliff", "Vesting cliff", CommandOptionType.Duration, false, "cliff:12m"),
        new("frequency", "How often stock vests after the cliff", CommandOptionType.Text, false, "frequency:quarterly") { Choices = ["monthly", "quarterly", "annual"] },
        new("signon", "Sign-on bonus paid in year 1", CommandOptionType.Money, false, "signon:75k"),
        new("signon2", "Sign-on bonus part paid in year 2", CommandOptionType.Money, false, "signon2:25k"),
        new("refresh", "Yearly refresher grant (each vests over the same schedule)", CommandOptionType.Money, false, "refresh:100k"),
        new("growth", "Yearly stock-price growth", CommandOptionType.Percent, false, "growth:5%"),
        new("match", "401(k) match per year: an amount or a percent of base", CommandOptionType.MoneyOrPercent, false, "match:4%"),
        new("level", "Level to place the offer against in the sourced salary figures", CommandOptionType.Text, false, "level:senior") { Choices = Knowledge.PayLevels.Names },
    ];

    public static readonly CommandDescriptor Offer = new("offer", "Break an offer down year by year", OfferOptions)
    { Example = "/offer base:180k bonus:30k stock:600k vesting:4y signon:75k" };

    public static readonly CommandDescriptor Compare = new("compare", "Compare two offers side by side",
    [
        new("a", "First offer, in the /offer syntax", CommandOptionType.Offer, true, "a:\"base:180k stock:400k\""),
        new("b", "Second offer, in the /offer syntax", CommandOptionType.Offer, true, "b:\"base:200k bonus:10%\""),
    ])
    { Example = "/compare a:\"base:180k bonus:30k stock:600k\" b:\"base:200k bonus:10% stock:400k\"" };

    public static readonly CommandDescriptor Salary = new("salary", "Sourced salary figures for a level, place and specialization",
    [
        new("level", "Career level", CommandOptionType.Text, false, "level:senior") { Choices = Knowledge.PayLevels.Names },
        new("location", "City or remote", CommandOptionType.Text, false, "location:seattle") { Autocomplete = true },
        new("specialization", "Area such as nlp, llm, computer-vision, mlops", CommandOptionType.Text, false, "specialization:nlp") { Autocomplete = true },
        new("amount", "A pay figure to place against the sourced figures", CommandOptionType.Money, false, "amount:180k"),
    ])
    { Example = "/salary level:senior location:seattle specialization:nlp" };

    /// <summary>The /share option that deletes the member's shared offer instead of sharing one (Discord has no bare words).</summary>
    public const string WithdrawOption = "withdraw";

    // Not marked required: `/share withdraw` needs none of them; the handler says which is missing.
    public static readonly CommandDescriptor Share = new("share", "Share an offer anonymously for the community figures (moderated)",
    [
        .. OfferOptions.Where(o => o.Name != "level").Select(o => o with { Required = false }),
        new("level", "Your level (required to share)", CommandOptionType.Text, false, "level:senior") { Choices = Knowledge.PayLevels.Names },
        new("location", "City, metro or remote (required to share)", CommandOptionType.Text, false, "location:seattle") { Autocomplete = true },
        new("yoe", "Years of experience", CommandOptionType.Integer, false, "yoe:6"),
        new("specialization", "Area such as nlp, llm, computer-vision, mlops", CommandOptionType.Text, false, "specialization:nlp") { Autocomplete = true },
        new("company", "Company (optional; shown only when 5+ offers name it)", CommandOptionType.Text, false, "company:acme"),
        new(WithdrawOption, "Delete the offer you shared instead", CommandOptionType.Text, false, "withdraw:yes") { Choices = ["yes"] },
    ])
    { Example = "/share level:senior location:seattle base:200k bonus:15% stock:400k vesting:4y yoe:6", AlwaysPrivate = true };

    public static readonly CommandDescriptor Help = new("help", "What CareerBot can do", []) { Example = "/help" };

    public static readonly CommandDescriptor Kb = new("kb", "Moderators: read and edit CareerBot's answers", [], ModeratorOnly: true)
    {
        Example = "/kb show phd-value",
        SubCommands =
        [
            new("show", "Show an answer with its version and author", [Topic()]),
            new("list", "List answers, optionally by tag", [new("tag", "Tag to filter by", CommandOptionType.Text, false, "salary")]),
            new("search", "Search answers", [new("words", "Words to look for", CommandOptionType.Text, true, "phd")]),
            new("set", "Replace an answer's text", [Topic(), new("markdown", "The new answer in Markdown", CommandOptionType.Text, true, "**New text** ...") { MaxLength = Messages.InputLimits.MaxMessageLength }, Source()]) { UnlistedOptions = ChangeOptions },
            new("edit", "Edit an answer in a form pre-filled with its text", [Topic()]),
            new("add", "Add a new answer", [
                new("id", "New id, lower-case-with-dashes", CommandOptionType.Text, true, "id:visa-sponsorship"),
                new("title", "Title", CommandOptionType.Text, true, "title:\"Visa sponsorship\""),
                new("questions", "At least 8 phrasings separated by |", CommandOptionType.Text, true, "questions:\"do you sponsor visas? | h1b for ml jobs | work visa for ml engineers | can I get sponsored | o1 visa for ml | green card as an ml engineer | visa sponsorship for ml roles | do ml companies sponsor\""),
                new("answer", "Answer in Markdown", CommandOptionType.Text, true, "answer:\"Many large companies sponsor H-1B visas for ML roles.\""),
                Source(),
            ]) { UnlistedOptions = ChangeOptions },
            new("teach", "Add a phrasing to an answer", [Topic(), new("question", "The new phrasing", CommandOptionType.Text, true, "is a doctorate worth it") { MaxLength = Knowledge.KnowledgeLimits.MaxQuestionLength }]) { UnlistedOptions = ChangeOptions },
            new("history", "Show an answer's versions", [Topic()]),
            new("diff", "Compare two versions", [Topic(), Version("v1", "Older version", "1"), Version("v2", "Newer version", "2")]),
            new("revert", "Restore an earlier version (as a new version)", [Topic(), Version("version", "Version to restore", "2")]) { UnlistedOptions = ChangeOptions },
            new("retire", "Stop giving an answer to members (undo with /kb revert)", [Topic()]) { UnlistedOptions = ChangeOptions },
            new("unanswered", "Questions the bot declined or was unsure about", [new("days", "How many days back", CommandOptionType.Integer, false, "7") { MinValue = 1 }]),
            new("feedback", "Answers members rated down", []),
            new("offers", "Shared offers waiting for review; approve or reject one", [
                new("action", "list, approve or reject", CommandOptionType.Text, false, "approve") { Choices = ["list", "approve", "reject"] },
                new("id", "Offer id from the list", CommandOptionType.Integer, false, "12"),
                new("reason", "Why it is rejected (shown to moderators only)", CommandOptionType.Text, false, "\"not an ML role\""),
            ]),
        ],
    };

    public static readonly IReadOnlyList<CommandDescriptor> All = [Ask, Offer, Compare, Salary, Share, Help, Kb];

    public static CommandDescriptor? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Optional on /kb set and add; without it members see the answer as written by the community's moderators.</summary>
    private static CommandOption Source() =>
        new("source", "Where the facts come from: a link or publication; several separated by |", CommandOptionType.Text, false, "source:\"https://www.uscis.gov/h-1b\"");

    /// <summary>A version number; the file's own version is 0.</summary>
    private static CommandOption Version(string name, string description, string example) =>
        new(name, description, CommandOptionType.Integer, true, example) { MinValue = 0 };

    private static CommandOption Topic() => new("id", "Answer id", CommandOptionType.Text, true, "phd-value") { Autocomplete = true };
}
