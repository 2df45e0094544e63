namespace CareerBot.Tests.Hostile;

/// <summary>Nasty inputs every entry point must survive: kept here so new ones are added once and tried everywhere.</summary>
public static class HostileInputCorpus
{
    public static IEnumerable<string> All()
    {
        yield return "";
        yield return " ";
        yield return "\0\0\0";
        yield return "\u0001\u0002\u0003\u001b[31mred\u001b[0m";
        yield return "do I need a \u200Bph\u200Dd\u200C?";
        yield return "\u202Eredro na tog I\u202C salary";
        yield return "\u200F\u200E\u061C RTL marks around a question: senior pay?";
        yield return "\uD800 lone high surrogate and \uDC00 lone low surrogate";
        yield return "\uDC00\uD800 reversed pair";
        yield return "🤖🔥💯👍🏽👨‍👩‍👧‍👦";
        yield return "@everyone @here <@&123456789012345678> <@123> <!channel> <!here> <!subteam^S123>";
        yield return "/offer base:@everyone bonus:<!channel>";
        yield return "/kb set phd-value @everyone ping";
        yield return "```\n```@everyone```";
        yield return "'; DROP TABLE revisions; --";
        yield return "<script>alert(1)</script>";
        yield return "{{7*7}} ${jndi:ldap://x} %s%s%s%n";
        yield return "/offer " + string.Concat(Enumerable.Repeat("base:1 ", 2000));
        yield return "/compare a:\"" + new string('"', 500);
        yield return "/offer base:99999999999999999999999999999999999999999999";
        yield return "/offer base:1e308 stock:-0 bonus:NaN%";
        yield return new string('[', 5000) + new string(']', 5000);
        yield return string.Concat(Enumerable.Repeat("**_~", 3000));
        yield return string.Concat(Enumerable.Repeat("> ", 2000)) + "deep quote";
        yield return new string('a', 100_000);
        yield return string.Concat(Enumerable.Repeat("how much do ML engineers make? ", 3400));
        yield return string.Concat(Enumerable.Repeat("180k ", 20_000));
        yield return "\n\n\n\t\t\t";
        yield return "/";
        yield return "//offer";
        yield return "/ask " + new string('?', 3000);
    }
}
