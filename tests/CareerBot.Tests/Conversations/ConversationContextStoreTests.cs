using CareerBot.Core.Conversations;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Conversations;

public class ConversationContextStoreTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static DialogueState Turn(ManualClock clock, string intent = "salary-senior") => new(intent, clock.Now);

    [Fact]
    public void Context_expires_after_its_lifetime()
    {
        var clock = new ManualClock();
        var store = new ConversationContextStore(Options.Create(new ConversationOptions { ContextLifetime = TimeSpan.FromMinutes(5) }), clock);
        store.Set("a", Turn(clock));
        clock.Now += TimeSpan.FromMinutes(4);
        Assert.Equal("salary-senior", store.Get("a")?.Topic);
        clock.Now += TimeSpan.FromMinutes(2);
        Assert.Null(store.Get("a"));
    }

    [Fact]
    public void Conversations_are_kept_apart_and_bounded()
    {
        var clock = new ManualClock();
        var store = new ConversationContextStore(Options.Create(new ConversationOptions { MaxConversations = 10 }), clock);
        for (var i = 0; i < 100; i++)
        {
            clock.Now += TimeSpan.FromSeconds(1);
            store.Set($"c{i}", Turn(clock, $"intent-{i}"));
        }
        Assert.Equal("intent-99", store.Get("c99")?.Topic);
        Assert.Null(store.Get("c0"));
        Assert.True(Enumerable.Range(0, 100).Count(i => store.Get($"c{i}") is not null) <= 11);
    }
}
