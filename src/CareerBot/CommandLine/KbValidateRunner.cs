using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using Microsoft.Extensions.Configuration;

namespace CareerBot.CommandLine;

/// <summary><c>kb validate</c>: the same checks the host runs at start, as a command for moderators and CI.</summary>
public static class KbValidateRunner
{
    public static int Run(string? directory)
    {
        var builder = CareerBotHostBuilder.Create(Microsoft.Extensions.Logging.LogLevel.Warning);
        var configured = directory ?? builder.Configuration.GetSection(KnowledgeOptions.Section)["Directory"] ?? "knowledge";
        var path = RepositoryPath.Resolve(configured);
        try
        {
            var entries = KnowledgeLoader.LoadDirectory(path);
            Console.WriteLine($"{entries.Count} knowledge files in {path} are valid.");
            return 0;
        }
        catch (KnowledgeValidationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
