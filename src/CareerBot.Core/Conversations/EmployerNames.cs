namespace CareerBot.Core.Conversations;

/// <summary>Employers members name; the articles name none, so a named employer gets a scope note, never employer figures.</summary>
public static class EmployerNames
{
    /// <summary>Lower-case word → name as shown.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["amazon"] = "Amazon", ["aws"] = "Amazon", ["google"] = "Google", ["deepmind"] = "Google DeepMind", ["meta"] = "Meta",
        ["facebook"] = "Meta", ["fb"] = "Meta", ["microsoft"] = "Microsoft", ["msft"] = "Microsoft", ["apple"] = "Apple", ["netflix"] = "Netflix",
        ["openai"] = "OpenAI", ["anthropic"] = "Anthropic", ["nvidia"] = "Nvidia", ["uber"] = "Uber", ["airbnb"] = "Airbnb", ["stripe"] = "Stripe",
        ["tesla"] = "Tesla", ["linkedin"] = "LinkedIn", ["bytedance"] = "ByteDance", ["tiktok"] = "TikTok", ["salesforce"] = "Salesforce",
        ["ibm"] = "IBM", ["oracle"] = "Oracle", ["databricks"] = "Databricks", ["snowflake"] = "Snowflake", ["lyft"] = "Lyft",
        ["doordash"] = "DoorDash", ["pinterest"] = "Pinterest", ["spotify"] = "Spotify", ["intel"] = "Intel", ["amd"] = "AMD", ["adobe"] = "Adobe",
        ["jane street"] = "Jane Street", ["citadel"] = "Citadel", ["two sigma"] = "Two Sigma",
    };
}
