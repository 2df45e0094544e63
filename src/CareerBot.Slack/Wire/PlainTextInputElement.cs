namespace CareerBot.Slack.Wire;

/// <summary>A text field; <paramref name="InitialValue"/> pre-fills it and may not exceed <paramref name="MaxLength"/> (Slack allows at most 3,000).</summary>
public sealed record PlainTextInputElement(string ActionId, bool Multiline, string? InitialValue, int MaxLength)
{
    public string Type => "plain_text_input";
}
