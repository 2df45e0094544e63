using CareerBot.Core.Answers;
using CareerBot.Core.Commands;
using CareerBot.Core.Messages;
using CareerBot.Core.Moderation;
using CareerBot.Core.ModeratorCommands;
using CareerBot.Core.OfferCommands;
using CareerBot.Core.RateLimiting;
using CareerBot.Core.Recognition;
using Microsoft.Extensions.Logging;

namespace CareerBot.Core.Pipeline;

/// <summary>
/// The one path for every message: clean → recognize → command or question → reply.
/// It is the error boundary: a bug in a handler becomes an apology, never a crash of the adapter.
/// </summary>
public sealed class MessagePipeline(
    IEntityRecognizer recognizer,
    QuestionAnswerer answerer,
    IEnumerable<ICommandHandler> handlers,
    IEnumerable<IFreeTextCommandDetector> detectors,
    IEnumerable<IModeratorPolicy> moderatorPolicies,
    OfferFollowUps offerFollowUps,
    EquityStakeQuestion equityStakes,
    ReplyButtonClicks clicks,
    MessageRateLimiter rateLimiter,
    PipelineMetrics metrics,
    TimeProvider time,
    ILogger<MessagePipeline> logger) : IMessagePipeline
{
    private readonly Dictionary<string, ICommandHandler> _handlers =
        handlers.ToDictionary(h => h.Command.Name, StringComparer.OrdinalIgnoreCase);
    private readonly IFreeTextCommandDetector[] _detectors = detectors.ToArray();
    private readonly IModeratorPolicy[] _moderatorPolicies = moderatorPolicies.ToArray();

    public async ValueTask<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var reply = await HandleCoreAsync(message, cancellationToken);
        // Whatever a handler echoed from the user, the reply pings no one.
        reply = reply with { Markdown = MentionGuard.Neutralize(reply.Markdown), Detail = reply.Detail is null ? null : MentionGuard.Neutralize(reply.Detail) };
        metrics.Record(message.Platform, reply.Kind, time.GetElapsedTime(started));
        return reply;
    }

    private async ValueTask<Reply> HandleCoreAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        switch (rateLimiter.Check(message))
        {
            case MessageRateLimiter.Verdict.Notify:
                return new Reply(ReplyKind.SlowDown, Reply.NoIntent, 0,
                    "You're asking faster than I can answer. Please wait a few seconds and ask again; I'll pick up from there.");
            case MessageRateLimiter.Verdict.Drop:
                return new Reply(ReplyKind.Silent, Reply.NoIntent, 0, "");
        }
        try
        {
            return await RouteAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Handling a {Platform} message failed", message.Platform);
            return new Reply(ReplyKind.InputError, Reply.NoIntent, 0,
                "Sorry, something went wrong on my side while answering that. Please try again, or rephrase the question.");
        }
    }

    /// <summary>Every kind of invocation to its handler; a click's question or shared command comes back through here.</summary>
    private async ValueTask<Reply> RouteAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        switch (message.Invocation)
        {
            case FormSubmission form:
                if (KnowledgeEditForm.SubmitCommand(form) is { } submitted) return await RunTypedAsync(submitted, message, cancellationToken);
                logger.LogInformation("A form with the unknown id {FormId} was submitted", form.FormId);
                return new Reply(ReplyKind.InputError, KbReplies.Intent, 1, KnowledgeEditForm.UnknownForm);
            case CommandInvocation typed:
                return await RunTypedAsync(typed, message, cancellationToken);
            case ComponentAction action:
                return await clicks.AnswerAsync(message, action, RouteAsync, cancellationToken);
        }
        var text = MessageText.Clean(message.Text);
        if (MessageText.Problem(message.Text, text) is { } problem)
            return new Reply(ReplyKind.InputError, Reply.NoIntent, 0, problem);
        // Typed text is the one place a command is read from text; it then runs as any typed command does.
        if (CommandTextReader.Read(text) is { } command)
            return await RunTypedAsync(command, message, cancellationToken);
        var entities = recognizer.Recognize(text);
        // Before the detectors: after an offer, "what if the base were 190k and a 20k bonus" changes that offer.
        if (offerFollowUps.Answer(message with { Text = text }, text, entities) is { } followUp)
            return followUp with { Entities = entities };
        if (equityStakes.Answer(message, text, entities) is { } stake)
            return stake with { Entities = entities };
        foreach (var detector in _detectors)
            if (detector.Detect(text, entities) is { } detected && _handlers.TryGetValue(detected.Name, out var handler))
                return (await handler.HandleAsync(detected, message with { Text = text }, cancellationToken)) with { Entities = entities };
        return answerer.Answer(message, text, entities);
    }

    /// <summary>Typed values are cleaned one by one (hostile control characters out) but never parsed as command text.</summary>
    private ValueTask<Reply> RunTypedAsync(CommandInvocation typed, IncomingMessage message, CancellationToken cancellationToken)
    {
        if (MessageText.TooLong(typed.Arguments.Values.Sum(v => v.Length)) is { } problem)
            return ValueTask.FromResult(new Reply(ReplyKind.InputError, Reply.NoIntent, 0, problem));
        var cleaned = typed with { Arguments = typed.Arguments.ToDictionary(a => a.Key, a => MessageText.Clean(a.Value), StringComparer.OrdinalIgnoreCase) };
        return RunCommandAsync(ParsedCommand.From(cleaned), message with { Text = cleaned.Label, Invocation = cleaned }, cancellationToken);
    }

    private ValueTask<Reply> RunCommandAsync(ParsedCommand command, IncomingMessage message, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(command.Name, out var handler))
        {
            var available = _handlers.Values.Where(h => !h.Command.ModeratorOnly || message.User.IsModerator).Select(h => h.Command).ToList();
            var known = string.Join(", ", available.Select(c => "`/" + c.Name + "`").Order(StringComparer.Ordinal));
            var near = ClosestName.Find(command.Name, available.Select(c => c.Name)) is { } name ? available.First(c => c.Name == name) : null;
            var hint = near is null ? "" : $" Did you mean `/{near.Name}`? For example `{near.Example}`.";
            return ValueTask.FromResult(new Reply(ReplyKind.InputError, Reply.NoIntent, 0,
                $"I don't know the command {MentionGuard.InlineCode("/" + command.Name)}.{hint} Commands: {known}." + (near is null ? $" Example: `{CommandCatalog.Offer.Example}`" : "")));
        }
        if (handler.Command.ModeratorOnly && !message.User.IsModerator)
            return ValueTask.FromResult(new Reply(ReplyKind.InputError, Reply.NoIntent, 0,
                ($"Sorry, `/{command.Name}` is for moderators only. Nothing was changed. " + WhoCanModerate(message.Platform)).TrimEnd()) { IsPrivate = true });
        return handler.HandleAsync(command, message, cancellationToken);
    }

    private string WhoCanModerate(string platform) =>
        _moderatorPolicies.FirstOrDefault(p => p.Platform == platform)?.WhoCanModerate ?? "";
}
