using System.Globalization;
using System.Text;
using CareerBot.Core.Commands;
using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using CareerBot.Core.Offers;

namespace CareerBot.Core.ModeratorCommands;

/// <summary>/kb offers [approve|reject] [id] [reason]: the moderation queue of shared offers. The pipeline lets only moderators in.</summary>
public sealed class KbOfferCommands(ICommunityOfferStore store, CommunityOfferCache cache, MemberKeyHasher hasher, TimeProvider time)
{
    public const int MaxListed = 25;
    public const int MaxReasonLength = 200;

    public async Task<Reply> RunAsync(CommandDescriptor sub, KbArguments args, ChatUser moderator, CancellationToken cancellationToken)
    {
        var action = (args["action"] ?? "list").ToLowerInvariant();
        if (action == "list") return await ListAsync(cancellationToken);
        if (action is not ("approve" or "reject"))
            return KbReplies.Refusal(sub, $"`{action}` is not an offers action; use list, approve or reject (`/kb offers approve 12`)", change: false);
        if (!long.TryParse(args["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return KbReplies.Refusal(sub, $"`/kb offers {action}` needs the offer's id from `/kb offers`, e.g. `/kb offers {action} 12`", change: true);
        var reason = (args["reason"] ?? "").Trim();
        if (reason.Length > MaxReasonLength)
            return KbReplies.Refusal(sub, $"the reason is {reason.Length} characters; keep it to {MaxReasonLength}", change: true);
        if (await store.FindAsync(id, cancellationToken) is not { } offer)
            return KbReplies.Refusal(sub, $"there is no shared offer #{id} (it may have been withdrawn or expired); see `/kb offers`", change: true);
        if (hasher.Unavailable is null && offer.MemberKey == hasher.Hash(moderator))
            return KbReplies.Refusal(sub, $"#{id} is your own offer; another moderator has to review it", change: true);
        var decision = action == "approve" ? CommunityOfferStatus.Approved : CommunityOfferStatus.Rejected;
        var author = new RevisionAuthor(moderator.Platform, moderator.Id, moderator.DisplayName);
        var reviewed = await store.ReviewAsync(id, decision, author, time.GetUtcNow(), reason, cancellationToken);
        if (reviewed is null)
            return KbReplies.Refusal(sub, $"there is no shared offer #{id} (it was withdrawn meanwhile)", change: true);
        await cache.ReloadAsync(cancellationToken);
        var s = reviewed.Submission;
        var inCell = cache.Approved.Count(o => o.Submission.Level == s.Level && o.Submission.Place == s.Place && o.Submission.Currency == s.Currency);
        // The offer as decided on, so a moderator sees what the id stood for at that moment.
        return KbReplies.Result(
            $"{(decision == CommunityOfferStatus.Approved ? "Approved" : "Rejected")} offer #{id} · {Origin(reviewed.LatestReview!)}.\n" +
            $"{SalaryBands.LevelName(s.Level)} · {PlaceCells.Display(s.Place)} · base {MoneyText.Format(s.Base, s.Currency)} · first-year {MoneyText.Format(s.FirstYearTotal, s.Currency)} · `{s.Terms}`\n" +
            $"Approved {SalaryBands.LevelName(s.Level)} offers in {PlaceCells.Display(s.Place)} ({s.Currency}) from the look-back period: {inCell}.");
    }

    private async Task<Reply> ListAsync(CancellationToken cancellationToken)
    {
        var pending = await store.PendingAsync(MaxListed + 1, cancellationToken);
        if (pending.Count == 0) return KbReplies.Result("No shared offers are waiting for review.");
        var sb = new StringBuilder($"**Shared offers waiting for review** (oldest first; `/kb offers approve <id>` or `/kb offers reject <id> [reason]`)\n");
        foreach (var offer in pending.Take(MaxListed))
        {
            var s = offer.Submission;
            sb.Append($"- **#{offer.Id}** · {offer.SubmittedOn:yyyy-MM-dd} · {SalaryBands.LevelName(s.Level)} · {PlaceCells.Display(s.Place)}");
            if (s.YearsOfExperience is { } y) sb.Append($" · {y} yoe");
            if (s.Specialization is { } area) sb.Append(" · ").Append(area);
            if (s.Company is { } company) sb.Append(" · ").Append(company);
            sb.Append($" · base {MoneyText.Format(s.Base, s.Currency)} · first-year {MoneyText.Format(s.FirstYearTotal, s.Currency)} · `{s.Terms}`");
            if (OutlierCheck.Flag(s, cache.Approved) is { } flag) sb.Append($"\n  ⚠ **outlier:** {flag}");
            sb.Append('\n');
        }
        if (pending.Count > MaxListed) sb.Append($"… more after these {MaxListed}.");
        return KbReplies.Result(sb.ToString().TrimEnd());
    }

    public static string Origin(OfferReview review) =>
        $"version {review.Version} · {review.Decision.ToString().ToLowerInvariant()} by {review.Moderator} on {KbReplies.Time(review.At)}" +
        (review.Reason.Length > 0 ? $" — “{review.Reason}”" : "");
}
