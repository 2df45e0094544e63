using CareerBot.Core.Commands;
using CareerBot.Core.Conversations;
using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;

namespace CareerBot.Core.OfferCommands;

/// <summary>/offer: the offer year by year, its totals and assumptions, placed against the sourced salary figures, with a chart.</summary>
public sealed class OfferCommandHandler(KnowledgeBase knowledge, ConversationContextStore conversations, TimeProvider time, CommunityBlock? community = null) : ICommandHandler
{
    public const string Intent = "offer";

    public CommandDescriptor Command => CommandCatalog.Offer;

    public ValueTask<Reply> HandleAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        var input = OfferCommandReader.Read(command);
        if (input.Error is { } error)
            return ValueTask.FromResult(new Reply(ReplyKind.InputError, Intent, 1, error.Message));
        OfferReply.Remember(conversations, time, message, input);
        var placed = input.Level is { } level ? community?.For(level, place: null) : null;
        var readAs = OfferMarkdown.ReadAs(command);
        var reply = OfferReply.Build(knowledge.Current, input, readAs, placed);
        // A typed /offer is the member's own numbers: private until shared. An offer pasted into a channel is answered there.
        return ValueTask.FromResult(readAs.Length == 0 ? reply.PrivateUntilShared(command.AsTyped) : reply);
    }
}
