using CareerBot.Charts;
using CareerBot.Core.Answers;
using CareerBot.Core.Commands;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Offers;
using CareerBot.Core.Pipeline;
using CareerBot.Core.RateLimiting;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Composition;

/// <summary>Registers the pipeline and everything it needs; options are validated when the host starts.</summary>
public static class CoreServices
{
    public static IServiceCollection AddCareerBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RouterOptions>().Bind(configuration.GetSection(RouterOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var entries = KnowledgeLoader.LoadDirectory(RepositoryPath.Resolve(options.Directory));
            return new KnowledgeBase(entries, sp.GetRequiredService<IOptions<RouterOptions>>());
        });
        services.AddSingleton<IEntityRecognizer, ChatRecognizer>();
        services.AddSingleton<ConversationContextStore>();
        services.AddSingleton<MessageRateLimiter>();
        services.AddMetrics();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddScoped<ICommandHandler, AskCommandHandler>();
        services.AddScoped<ICommandHandler, HelpCommandHandler>();
        services.AddScoped<ICommandHandler, OfferCommandHandler>();
        services.AddScoped<ICommandHandler, CompareCommandHandler>();
        services.AddScoped<ICommandHandler, SalaryCommandHandler>();
        services.AddSingleton<IFreeTextCommandDetector, OfferTextDetector>();
        services.AddCharts();
        services.AddScoped<IMessagePipeline, MessagePipeline>();
        return services;
    }
}
