namespace CareerBot.Core.Configuration;

/// <summary>
/// Set by an adapter that stops the host because only a person can fix what is wrong (a refused token, a disallowed
/// intent, Socket Mode turned off); the command line then exits with <see cref="ExitCode"/>, which a service manager is
/// told not to restart on.
/// </summary>
public sealed class FatalConfigurationError
{
    /// <summary>The one exit code for "fix the configuration, then start again" (README: exit codes; systemd: RestartPreventExitStatus=3).</summary>
    public const int ExitCode = 3;

    private volatile string? _reason;

    /// <summary>The first reason reported, or null while none was.</summary>
    public string? Reason => _reason;

    public void Report(string reason) => Interlocked.CompareExchange(ref _reason, reason, null);
}
