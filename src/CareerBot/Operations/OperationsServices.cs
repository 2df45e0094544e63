using CareerBot.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Operations;

public static class OperationsServices
{
    /// <summary>Health checks always (adapters add their own); the HTTP endpoint only when Operations:Port is set.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSectionOptions<OperationsOptions>(configuration, OperationsOptions.Section);
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge").AddCheck<StorageHealthCheck>("storage");
        if (configuration.GetValue<int>($"{OperationsOptions.Section}:Port") > 0) services.AddHostedService<OperationsServer>();
        return services;
    }
}
