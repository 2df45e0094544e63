using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Configuration;

public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> from <paramref name="section"/> and runs <paramref name="validator"/> when the host starts,
    /// so a bad value stops it with a message that names the key (not at the first use, hours later).
    /// </summary>
    public static IServiceCollection AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section, IValidateOptions<T> validator)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        // Once per validator type, even when an adapter is registered twice.
        services.TryAddEnumerable(ServiceDescriptor.Singleton(validator));
        return services;
    }
}
