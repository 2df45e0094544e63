namespace CareerBot.Charts; internal static class Placeholder {}
