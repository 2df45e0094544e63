namespace CareerBot.Discord.Connection;

/// <summary>The close-code table (Discord's "opcodes and status codes"): which codes resume, which need a new session, which are fatal.</summary>
public static class GatewayCloseCodes
{
    /// <summary>What we send to drop a connection but keep the session resumable (1000/1001 would end it).</summary>
    public const int Resumable = 4000;
    public const int Normal = 1000;

    public static GatewayDisconnect Classify(int? code, string? reason)
    {
        var said = string.IsNullOrEmpty(reason) ? "" : $" (\"{reason}\")";
        return code switch
        {
            4004 => GatewayDisconnect.Fatal($"Discord closed the gateway with 4004 authentication failed{said}: Discord:Token is wrong or was reset. Copy a new token from the Developer Portal (Bot → Reset Token)."),
            4010 => GatewayDisconnect.Fatal($"Discord closed the gateway with 4010 invalid shard{said}: check Discord:ShardId (0 … ShardCount-1) and Discord:ShardCount."),
            4011 => GatewayDisconnect.Fatal($"Discord closed the gateway with 4011 sharding required{said}: set Discord:ShardCount (or leave it unset to use Discord's recommendation)."),
            4012 => GatewayDisconnect.Fatal($"Discord closed the gateway with 4012 invalid API version{said}: CareerBot speaks gateway v10."),
            4013 => GatewayDisconnect.Fatal($"Discord closed the gateway with 4013 invalid intents{said}: this is a CareerBot bug; please report it."),
            4014 => GatewayDisconnect.Fatal($"Discord closed the gateway with 4014 disallowed intents{said}: enable \"Message Content Intent\" in the Developer Portal (your application → Bot → Privileged Gateway Intents)."),
            4003 or 4005 or 4007 or 4009 => GatewayDisconnect.Identify($"closed with {code}{said}; the session is gone"),
            1000 or 1001 => GatewayDisconnect.Identify($"closed normally with {code}{said}"),
            null => GatewayDisconnect.Resume($"closed without a code{said}"),
            _ => GatewayDisconnect.Resume($"closed with {code}{said}"),
        };
    }
}
