namespace CareerBot.Discord.Wire;

/// <summary>Body of <c>POST /interactions/{id}/{token}/callback</c>.</summary>
public sealed record InteractionResponse(int Type, InteractionCallbackData? Data = null)
{
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;
}
