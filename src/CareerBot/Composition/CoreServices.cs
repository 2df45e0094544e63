using CareerBot.Charts;
using CareerBot.ConsoleChat;
using CareerBot.Core.Answers;
using CareerBot.Core.Commands;
using CareerBot.Core.CommunityOffers;
using CareerBot.Core.Configuration;
using CareerBot.Core.Conversations;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Core.ModeratorCommands;
using CareerBot.Core.OfferCommands;
using CareerBot.Core.Offers;
using CareerBot.Core.Pipeline;
using CareerBot.Core.RateLimiting;
using CareerBot.Core.Recognition;
using CareerBot.Core.Routing;
using CareerBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        services.TryAddSingleton<FatalConfigurationError>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            return new KnowledgeBaseline(KnowledgeLoader.LoadDirectory(RepositoryPath.Resolve(options.Directory)));
        });
        services.AddSingleton(sp => new KnowledgeBase(sp.GetRequiredService<KnowledgeBaseline>().Entries, sp.GetRequiredService<IOptions<RouterOptions>>()));
        services.AddSingleton<IEntityRecognizer, LayeredRecognizer>();
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
        services.AddSingleton<OfferFollowUps>();
        services.AddSingleton<EquityStakeQuestion>();
        services.AddCharts();
        services.AddSingleton<IMessagePipeline, MessagePipeline>();
        services.AddModeration(configuration);
        services.AddCommunityOffers(configuration);
        return services;
    }

    /// <summary>/share, /kb offers and the "Community-reported" block; the member-key secret comes from configuration (or, on the console only, a generated local file).</summary>
    private static void AddCommunityOffers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions(configuration, CommunityOfferOptions.Section, new CommunityOfferOptionsValidator());
        services.AddSingleton(sp =>
        {
            if (sp.GetRequiredService<IOptions<CommunityOfferOptions>>().Value.HashSecret is { Length: > 0 } secret) return MemberKeyHasher.FromSecret(secret);
            return sp.GetService<LocalShareSecret>() is { } local
                ? MemberKeyHasher.FromSecret(local.LoadOrCreate())
                : MemberKeyHasher.Missing("the operator has not set CommunityOffers:HashSecret (32+ random characters, env CommunityOffers__HashSecret).");
        });
        services.AddSingleton<CommunityOfferCache>();
        services.AddSingleton<CommunityBlock>();
        services.AddSingleton<KbOfferCommands>();
        services.AddSingleton<CommunityOfferMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<CommunityOfferMaintenance>());
        services.AddSingleton<ICommandHandler, ShareCommandHandler>();
    }

    /// <summary>/kb commands, the revision overlay (loaded before adapters start) and the unanswered-question log.</summary>
    private static void AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCareerBotStorage(configuration);
        services.AddSingleton<KnowledgeOverlay>();
        services.AddSingleton<RevisionLoadStatus>();
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
        services.AddSingleton<IModeratorPolicy, ConsoleModeratorPolicy>();
    }
}
