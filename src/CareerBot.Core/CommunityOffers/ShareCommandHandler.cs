using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using CareerBot.Core.Offers;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.CommunityOffers;

/// <summary>/share: a member shares an offer anonymously (one per window), or withdraws it. Every reply is private.</summary>
public sealed class ShareCommandHandler(ICommunityOfferStore store, CommunityOfferCache cache, MemberKeyHasher hasher,
    IOptions<CommunityOfferOptions> options) : ICommandHandler
{
    public const string Intent = "share";

    public CommandDescriptor Command => CommandCatalog.Share;

    public async ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        if (hasher.Unavailable is { } why)
            return Private(ReplyKind.InputError, $"Sharing offers is switched off on this server: {why} Nothing was stored.");
        var withdraw = command.Positionals is [var word] && word.Equals(CommandCatalog.WithdrawOption, StringComparison.OrdinalIgnoreCase) && command.Options.Count == 0
            || command.Options.ContainsKey(CommandCatalog.WithdrawOption);
        try
        {
            return withdraw
                ? await WithdrawAsync(command, message, cancellationToken)
                : await ShareAsync(command, message, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return Private(ReplyKind.InputError, "The offer database is unavailable right now, so I can't do that. Nothing was stored or deleted. Please try again in a minute.");
        }
    }

    private async Task<Reply> ShareAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        var (submission, error) = ShareSubmissionReader.Read(command);
        if (submission is null) return Private(ReplyKind.InputError, error!);
        var window = options.Value.ShareWindowDays;
        var day = new DateTimeOffset(message.ReceivedAt.UtcDateTime.Date, TimeSpan.Zero);
        var result = await store.AddAsync(hasher.Hash(message.User), submission, day, day.AddDays(-window + 1), cancellationToken);
        if (result.EarlierShareOn is { } earlier)
            return Private(ReplyKind.InputError,
                $"You already shared an offer on {earlier:yyyy-MM-dd}: one share per member every {window} days, so you can share again from {earlier.AddDays(window):yyyy-MM-dd}. " +
                "Nothing new was stored. To replace it, withdraw it first with `/share withdraw`.");
        var s = submission;
        var details = string.Join(", ", new[]
        {
            SalaryBands.LevelName(s.Level), PlaceCells.Display(s.Place), s.YearsOfExperience is { } y ? $"{y} years of experience" : null,
            s.Specialization, s.Company is { } c ? $"company {c}" : null,
        }.OfType<string>());
        return Private(ReplyKind.Answer,
            $"Thanks! Your offer is saved as **#{result.Id}** and waits for a moderator before it counts.\n" +
            $"- Stored: {details}; base {MoneyText.Format(s.Base, s.Currency)}, first-year total comp {MoneyText.Format(s.FirstYearTotal, s.Currency)} (from `{s.Terms}`), and the day you shared it.\n" +
            $"- Not stored: your name or user id — only a keyed hash of it, so you can share once every {window} days and withdraw with `/share withdraw`. " +
            $"It is deleted after {options.Value.RetentionDays} days.\n" +
            $"- Shown: only counts, medians and (with 10+ offers) the middle half, for groups of at least {Math.Max(options.Value.MinimumCount, CommunityOfferOptions.FloorMinimumCount)} approved offers.");
    }

    private async Task<Reply> WithdrawAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        if (command.Options.Count > 1 || command.Positionals.Count > 1)
            return Private(ReplyKind.InputError, "`withdraw`: give it on its own, as `/share withdraw`; it deletes the offer you shared. Nothing was deleted.");
        if (command.Options.TryGetValue(CommandCatalog.WithdrawOption, out var value) && !value.Trim().Equals("yes", StringComparison.OrdinalIgnoreCase))
            return Private(ReplyKind.InputError, $"`withdraw`: expected yes (to delete the offer you shared), but got {MentionGuard.InlineCode(value)}. Nothing was deleted. Example: `/share withdraw`");
        var deleted = await store.WithdrawAsync(hasher.Hash(message.User), cancellationToken);
        if (deleted == 0)
            return Private(ReplyKind.Answer, $"You have no shared offer to withdraw (nothing is stored for you). Share one with `{Command.Example}`.");
        await cache.ReloadAsync(cancellationToken);
        return Private(ReplyKind.Answer, $"Withdrawn: your shared offer{(deleted > 1 ? "s were" : " was")} deleted and no longer count{(deleted > 1 ? "" : "s")} in any figure. You can share again whenever you like.");
    }

    private static Reply Private(ReplyKind kind, string markdown) => new(kind, Intent, 1, markdown) { IsPrivate = true };
}
