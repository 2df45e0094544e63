namespace CareerBot.Core.Recognition;

/// <summary>The fast chat-text recognizer. (Implementation in progress: returns no entities yet.)</summary>
public sealed class ChatRecognizer : IEntityRecognizer
{
    public IReadOnlyList<Entity> Recognize(string text) => [];
}
