using System.Diagnostics;

namespace CareerBot.Soak;

/// <summary>SIGTERM for a child process: Process.Kill sends SIGKILL, which would skip the graceful shutdown under test.</summary>
internal static class Posix
{
    public static void Terminate(int pid)
    {
        using var kill = Process.Start("kill", ["-TERM", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -TERM {pid} failed with exit code {kill.ExitCode}");
    }
}
