using CareerBot.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Adapters;

/// <summary>
/// What every chat adapter registers the same way around its connection: the status its health check and meters read,
/// the meters, the health check under the adapter's name, and the fatal-error record the command line turns into exit code 3.
/// </summary>
public static class AdapterHealthRegistration
{
    /// <param name="healthCheckName">The adapter's entry in the health report, for example <c>discord</c>.</param>
    public static IServiceCollection AddAdapterHealth<TConnectionStatus, TMetrics, THealthCheck>(this IServiceCollection services, string healthCheckName)
        where TConnectionStatus : class
        where TMetrics : class
        where THealthCheck : class, Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TConnectionStatus>();
        services.TryAddSingleton<FatalConfigurationError>();
        services.AddMetrics();
        services.TryAddSingleton<TMetrics>();
        services.AddHealthChecks().AddCheck<THealthCheck>(healthCheckName);
        return services;
    }
}
