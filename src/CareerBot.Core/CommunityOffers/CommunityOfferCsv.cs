using System.Globalization;
using System.Text;

namespace CareerBot.Core.CommunityOffers;

/// <summary>Approved shared offers as CSV, for analysis outside the bot. No identity column: not the member key, not the moderator.</summary>
public static class CommunityOfferCsv
{
    public const string Header = "id,submitted_on,level,place,specialization,company,yoe,currency,base,first_year_total,terms";

    public static string Write(IEnumerable<CommunityOffer> offers)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var o in offers)
        {
            var s = o.Submission;
            string[] fields =
            [
                o.Id.ToString(CultureInfo.InvariantCulture), o.SubmittedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Level, s.Place,
                s.Specialization ?? "", s.Company ?? "", s.YearsOfExperience?.ToString(CultureInfo.InvariantCulture) ?? "", s.Currency,
                s.Base.ToString(CultureInfo.InvariantCulture), s.FirstYearTotal.ToString(CultureInfo.InvariantCulture), s.Terms,
            ];
            sb.AppendJoin(',', fields.Select(Escape)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula.</summary>
    private static string Escape(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@') field = "'" + field;
        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
