namespace CareerBot.Core.Recognition;

public enum EntityType
{
    Money,
    Percent,
    Duration,
    Number,
    Vesting,
    Level,
    Place,
    Specialization,
}
