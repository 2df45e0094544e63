namespace CareerBot.Discord.Connection;

/// <summary>Runs blocking work on a new background thread and hands back its result (or exception) as a task to await.</summary>
internal static class DedicatedThread
{
    public static Task<T> Run<T>(string name, Func<T> work)
    {
        var outcome = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try
            {
                outcome.TrySetResult(work());
            }
            catch (Exception e)
            {
                outcome.TrySetException(e);
            }
        })
        {
            IsBackground = true,
            Name = name,
        }.Start();
        return outcome.Task;
    }
}
