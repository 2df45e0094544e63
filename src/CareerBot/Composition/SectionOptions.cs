using CareerBot.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Composition;

public static class SectionOptions
{
    /// <summary>Binds <typeparamref name="T"/> from <paramref name="section"/> and checks its annotations when the host starts.</summary>
    public static IServiceCollection AddSectionOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, new() =>
        services.AddValidatedOptions(configuration, section, new AnnotatedOptionsValidator<T>(section));
}
