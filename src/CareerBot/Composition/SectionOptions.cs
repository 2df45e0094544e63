using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Composition;

public static class SectionOptions
{
    /// <summary>Binds <typeparamref name="T"/> from <paramref name="section"/> and checks its annotations when the host starts.</summary>
    public static IServiceCollection AddSectionOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, new()
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new AnnotatedOptionsValidator<T>(section));
        return services;
    }
}
