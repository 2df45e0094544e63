namespace CareerBot.Discord.Wire;

/// <param name="ResetAfter">Milliseconds until <see cref="Remaining"/> is refilled.</param>
/// <param name="MaxConcurrency">IDENTIFYs allowed per 5 seconds.</param>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
