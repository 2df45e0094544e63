using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Discord.Inbound;

/// <summary>
/// Registers a gateway event handler under the event name it handles, so the dispatcher builds only the handlers an event
/// needs (a MESSAGE_CREATE never constructs the interaction handler and its dependencies).
/// </summary>
public static class DiscordEventHandlerRegistration
{
    /// <param name="eventName">The gateway dispatch name (<c>t</c>), for example <c>MESSAGE_CREATE</c>.</param>
    public static IServiceCollection AddDiscordEventHandler<THandler>(this IServiceCollection services, string eventName)
        where THandler : class, IDiscordEventHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.KeyedScoped<IDiscordEventHandler, THandler>(eventName));
        return services;
    }
}
