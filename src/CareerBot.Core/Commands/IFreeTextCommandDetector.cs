using CareerBot.Core.Recognition;

namespace CareerBot.Core.Commands;

/// <summary>Recognizes a command written in plain language ("I got an offer: 180k base, ...") and turns it into the command syntax.</summary>
public interface IFreeTextCommandDetector
{
    ParsedCommand? Detect(string text, IReadOnlyList<Entity> entities);
}
