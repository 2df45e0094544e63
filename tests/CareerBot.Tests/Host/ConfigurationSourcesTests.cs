using CareerBot.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Host;

public class ConfigurationSourcesTests
{
    [Fact]
    public void No_configuration_file_is_watched_for_changes()
    {
        // Options are bound and validated once at start; a watcher would only cost threads and inotify wake-ups.
        var builder = CareerBotHostBuilder.Create(LogLevel.Warning);
        var files = ((IConfigurationBuilder)builder.Configuration).Sources.OfType<FileConfigurationSource>().ToList();
        Assert.Contains(files, f => f.Path == "appsettings.json");
        Assert.All(files, f => Assert.False(f.ReloadOnChange, $"{f.Path} is watched"));
    }
}
