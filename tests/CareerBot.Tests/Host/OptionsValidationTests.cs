using CareerBot.Composition;
using CareerBot.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Host;

/// <summary>Bad values in appsettings.json or the environment stop the host at start with a message naming the key.</summary>
public class OptionsValidationTests
{
    [Theory]
    [InlineData("Router:DeclineThreshold", "1.5", "between 0 and 1", "0.3")]
    [InlineData("RateLimit:UserBurst", "0", "between 1 and 10000", "5")]
    [InlineData("Conversation:ContextLifetime", "00:00:00", "between", "00:05:00")]
    [InlineData("Knowledge:Directory", "", "required", "knowledge")]
    [InlineData("Operations:Port", "70000", "between 0 and 65535", "0")]
    public async Task A_bad_value_fails_start_naming_the_key_the_value_and_an_example(string key, string value, string rule, string example)
    {
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning, new Dictionary<string, string?> { [key] = value });
        builder.Services.AddOperations(builder.Configuration);
        using var host = builder.Build();

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(e.Failures, f => f.StartsWith(key + " is invalid", StringComparison.Ordinal));
        Assert.Contains(rule, failure, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"Got \"{value}\"", failure);
        Assert.Contains($"for example {example}", failure);
    }
}
