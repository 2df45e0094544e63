using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace CareerBot.Composition;

/// <summary>
/// Checks an options record's [Range]/[Required] rules at start, with each failure naming the configuration key, the value
/// it got and the default as an example (the framework's own message names only the property).
/// </summary>
public sealed class AnnotatedOptionsValidator<T>(string section) : IValidateOptions<T> where T : class, new()
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            return ValidateOptionsResult.Success;
        var defaults = new T();
        return ValidateOptionsResult.Fail(results.SelectMany(r => r.MemberNames.Select(member =>
        {
            var property = typeof(T).GetProperty(member)!;
            return $"{section}:{member} is invalid: {r.ErrorMessage} Got \"{Show(property.GetValue(options))}\"; " +
                   $"for example {Show(property.GetValue(defaults))} (the default).";
        })));
    }

    private static string Show(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
