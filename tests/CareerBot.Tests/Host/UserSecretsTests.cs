using CareerBot.Core.Configuration;
using System.Reflection;
using Microsoft.Extensions.Configuration.UserSecrets;

namespace CareerBot.Tests.Host;

/// <summary>`dotnet user-secrets set …` values reach the bot in Development only, beat appsettings.json and lose to environment variables.</summary>
public sealed class UserSecretsTests : IDisposable
{
    private readonly DirectoryInfo _home = Directory.CreateTempSubdirectory("careerbot-home-");

    public UserSecretsTests()
    {
        // Where `dotnet user-secrets set` writes on Linux: ~/.microsoft/usersecrets/<UserSecretsId>/secrets.json.
        var id = typeof(CareerBot.Composition.CareerBotHostBuilder).Assembly.GetCustomAttribute<UserSecretsIdAttribute>()?.UserSecretsId;
        Assert.False(string.IsNullOrEmpty(id), "the CareerBot assembly has no UserSecretsId");
        var secrets = Path.Combine(_home.FullName, ".microsoft", "usersecrets", id);
        Directory.CreateDirectory(secrets);
        // An invalid value makes the secret observable: the bot refuses to start and names the key.
        File.WriteAllText(Path.Combine(secrets, "secrets.json"), """{ "Router:DeclineThreshold": "2" }""");
    }

    [Fact]
    public async Task A_user_secret_overrides_appsettings_json_in_Development()
    {
        var (exit, _, stderr) = await CommandLineProcessTests.RunAsync("", Environment("Development"), "ask", "hi");
        Assert.Equal(FatalConfigurationError.ExitCode, exit);
        Assert.Contains("Router:DeclineThreshold", stderr);
        Assert.Contains("Got \"2\"", stderr);
    }

    [Fact]
    public async Task User_secrets_are_not_read_outside_Development()
    {
        var (exit, stdout, stderr) = await CommandLineProcessTests.RunAsync("", Environment("Production"), "ask", "do I need a PhD to be an ML engineer?");
        Assert.True(exit == 0, stderr);
        Assert.Contains("PhD", stdout);
    }

    [Fact]
    public async Task An_environment_variable_overrides_a_user_secret()
    {
        var env = Environment("Development");
        env["Router__DeclineThreshold"] = "0.3";
        var (exit, stdout, stderr) = await CommandLineProcessTests.RunAsync("", env, "ask", "do I need a PhD to be an ML engineer?");
        Assert.True(exit == 0, stderr);
        Assert.Contains("PhD", stdout);
    }

    private Dictionary<string, string> Environment(string name) => new() { ["DOTNET_ENVIRONMENT"] = name, ["HOME"] = _home.FullName };

    public void Dispose() => _home.Delete(recursive: true);
}
