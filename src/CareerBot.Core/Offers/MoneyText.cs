using System.Globalization;

namespace CareerBot.Core.Offers;

/// <summary>Writes amounts the way people read them in chat: $180,000, €90,000.50, 1,000 CHF.</summary>
public static class MoneyText
{
    public static string Format(decimal amount, string currency)
    {
        var number = Math.Abs(amount).ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
        var sign = amount < 0 ? "−" : "";
        return Symbol(currency) is { } symbol ? sign + symbol + number : $"{sign}{number} {currency}";
    }

    /// <summary>A percentage as typed, without trailing zeros: 15%, 4.5%.</summary>
    public static string Percent(decimal percent) => percent.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    private static string? Symbol(string currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        _ => null,
    };
}
