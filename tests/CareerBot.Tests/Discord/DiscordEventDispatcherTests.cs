using System.Text.Json;
using System.Threading.Channels;
using CareerBot.Discord;
using CareerBot.Discord.Connection;
using CareerBot.Discord.Inbound;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Discord;

public class DiscordEventDispatcherTests
{
    [Fact]
    public async Task Each_event_builds_only_its_own_handlers_in_a_fresh_scope()
    {
        var journal = new Journal();
        using var provider = new ServiceCollection()
            .AddSingleton(journal)
            .AddScoped<EventScope>()
            .AddDiscordEventHandler<MessageHandler>("MESSAGE_CREATE")
            .AddDiscordEventHandler<InteractionHandler>("INTERACTION_CREATE")
            .BuildServiceProvider();
        var dispatcher = new DiscordEventDispatcher(provider.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new DiscordOptions()), NullLogger<DiscordEventDispatcher>.Instance);
        var events = Channel.CreateUnbounded<GatewayDispatch>();
        var empty = JsonDocument.Parse("{}").RootElement;
        foreach (var name in new[] { "MESSAGE_CREATE", "GUILD_CREATE", "MESSAGE_CREATE" })
            events.Writer.TryWrite(new GatewayDispatch(0, name, empty, null));
        events.Writer.Complete();

        await dispatcher.RunAsync(events.Reader, workers: 1, CancellationToken.None);

        Assert.Equal([nameof(MessageHandler), nameof(MessageHandler)], journal.Built);
        Assert.Equal(2, journal.Handled.Count);
        Assert.NotSame(journal.Handled[0].Scope, journal.Handled[1].Scope);
    }

    [Fact]
    public void Registering_the_same_handler_twice_for_an_event_builds_it_once()
    {
        using var provider = new ServiceCollection()
            .AddSingleton(new Journal())
            .AddScoped<EventScope>()
            .AddDiscordEventHandler<MessageHandler>("MESSAGE_CREATE")
            .AddDiscordEventHandler<MessageHandler>("MESSAGE_CREATE")
            .BuildServiceProvider();
        using var scope = provider.CreateScope();

        Assert.Single(scope.ServiceProvider.GetKeyedServices<IDiscordEventHandler>("MESSAGE_CREATE"));
        Assert.Empty(scope.ServiceProvider.GetKeyedServices<IDiscordEventHandler>("INTERACTION_CREATE"));
    }

    private sealed class Journal
    {
        public List<string> Built { get; } = [];
        public List<(string Event, EventScope Scope)> Handled { get; } = [];
    }

    /// <summary>A scoped dependency: one instance per event shows one DI scope per event.</summary>
    private sealed class EventScope;

    private sealed class MessageHandler : IDiscordEventHandler
    {
        private readonly Journal _journal;
        private readonly EventScope _scope;

        public MessageHandler(Journal journal, EventScope scope)
        {
            (_journal, _scope) = (journal, scope);
            journal.Built.Add(nameof(MessageHandler));
        }

        public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
        {
            _journal.Handled.Add((dispatch.EventName, _scope));
            return Task.CompletedTask;
        }
    }

    private sealed class InteractionHandler : IDiscordEventHandler
    {
        public InteractionHandler(Journal journal) => journal.Built.Add(nameof(InteractionHandler));

        public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
