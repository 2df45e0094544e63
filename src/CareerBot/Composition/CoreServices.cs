using CareerBot.Charts;
using CareerBot.Core.Answers;
using CareerBot.Core.Commands;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Core.Offers;
using CareerBot.Core.Pipeline;
using CareerBot.Core.RateLimiting;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;
using CareerBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Composition;

/// <summary>Registers the pipeline and everything it needs; options are validated when the host starts.</summary>
public static class CoreServices
{
    public static IServiceCollection AddCareerBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSectionOptions<KnowledgeOptions>(configuration, KnowledgeOptions.Section);
        services.AddSectionOptions<RouterOptions>(configuration, RouterOptions.Section);
        services.AddSectionOptions<RateLimitOptions>(configuration, RateLimitOptions.Section);
        services.AddSectionOptions<ConversationOptions>(configuration, ConversationOptions.Section);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return new KnowledgeBaseline(KnowledgeLoader.LoadDirectory(RepositoryPath.Resolve(options.Directory)));
        });
        services.AddSingleton(sp => new KnowledgeBase(sp.GetRequiredService<KnowledgeBaseline>().Entries, sp.GetRequiredService<IOptions<RouterOptions>>()));
        services.AddSingleton<IEntityRecognizer, ChatRecognizer>();
        services.AddSingleton<ConversationContextStore>();
        services.AddSingleton<MessageRateLimiter>();
        services.AddMetrics();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<ICommandHandler, AskCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<ICommandHandler, OfferCommandHandler>();
        services.AddSingleton<ICommandHandler, CompareCommandHandler>();
        services.AddSingleton<ICommandHandler, SalaryCommandHandler>();
        services.AddSingleton<IFreeTextCommandDetector, OfferTextDetector>();
        services.AddCharts();
        services.AddSingleton<IMessagePipeline, MessagePipeline>();
        services.AddModeration(configuration);
        return services;
    }

    /// <summary>/kb commands, the revision overlay (loaded before adapters start) and the unanswered-question log.</summary>
    private static void AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCareerBotStorage(configuration);
        services.AddSingleton<KnowledgeOverlay>();
        services.AddSingleton<KnowledgeHistory>();
        services.AddSingleton<UnansweredQuestionQueue>();
        services.AddSingleton<KnowledgeSync>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeSync>());
        services.AddHostedService<UnansweredQuestionWriter>();
        services.AddSingleton<KbReadCommands>();
        services.AddSingleton<KbChangeCommands>();
        services.AddSingleton<KbLogCommands>();
        services.AddSingleton<AnswerRatingRecorder>();
        services.AddSingleton<ReplyButtonClicks>();
        services.AddSingleton<ICommandHandler, KbCommandHandler>();
    }
}
