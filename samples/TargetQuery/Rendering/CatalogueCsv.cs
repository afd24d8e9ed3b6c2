using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace HealthPlan.Catalogue.TargetQuery.Rendering;

/// <summary>
/// The catalogue as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break): one row per value and per target. Safe to open in a spreadsheet: a text cell that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return (a formula to Excel, LibreOffice and
/// Sheets) is prefixed with <c>'</c> (OWASP's CSV injection advice); a genuine number (<c>-1.5</c>, <c>+2</c>,
/// <c>1e-3</c>) is left as it is so it stays a number. <c>export --format csv --raw</c> writes every cell as it is.
/// </summary>
internal static class CatalogueCsv
{
    private static readonly string[] Header =
    {
        "plan", "indicator", "kind", "year", "operator", "value", "valueMax", "unit", "scope", "document", "line", "quote", "text",
        "judged", "baselineYear", "baseline", "regionCode",
    };

    /// <summary>Writes the header and every row.</summary>
    public static void Write(TextWriter output, PlanCatalogue catalogue, bool raw = false)
    {
        void WriteRow(TextWriter writer, IReadOnlyList<string> fields) => CatalogueCsv.WriteRow(writer, raw ? fields : fields.Select(Neutralise).ToArray());

        WriteRow(output, Header);
        foreach (var plan in catalogue.Plans)
        {
            foreach (var indicator in plan.Indicators)
            {
                foreach (var value in indicator.Values)
                {
                    WriteRow(output, new[]
                    {
                        plan.Id, indicator.Id, "value", Year(value.Year), string.Empty, Words.Number(value.Value), string.Empty,
                        Words.UnitCell(indicator.Unit), value.Scope ?? string.Empty, value.Source.Document, Line(value.Source),
                        value.Source.Quote, value.ToString() ?? string.Empty, string.Empty, string.Empty, string.Empty,
                        plan.Region.Code ?? string.Empty,
                    });
                }

                foreach (var target in indicator.Targets)
                {
                    var baseline = target.Baseline;
                    WriteRow(output, new[]
                    {
                        plan.Id, indicator.Id, "target", Year(target.Year), Words.Operator(target.Operator), Optional(target.Value),
                        Optional(target.ValueMax), Words.UnitCell(indicator.Unit), target.Scope ?? string.Empty, target.Source.Document,
                        Line(target.Source), target.Source.Quote, target.ToString() ?? string.Empty,
                        target.IsJudged ? "true" : "false", baseline.Year is int baseYear ? Year(baseYear) : string.Empty,
                        Optional(baseline.Value), plan.Region.Code ?? string.Empty,
                    });
                }
            }
        }
    }

    /// <summary>One record, each field quoted when RFC 4180 needs it, ended by CRLF.</summary>
    public static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        output.Write(string.Join(",", fields.Select(Quote)));
        output.Write("\r\n");
    }

    /// <summary>
    /// A cell a spreadsheet will not run: prefixed with <c>'</c> when it begins with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return and is not a plain number.
    /// </summary>
    public static string Neutralise(string field)
        => field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(field) ? "'" + field : field;

    /// <summary>A plain decimal number: optional sign, digits, optional fraction and exponent; nothing else.</summary>
    private static bool IsNumber(string field)
    {
        int i = 0;

        // Skips a sign, if any, then digits: whether there was at least one digit.
        bool Digits(bool signed)
        {
            if (signed && i < field.Length && field[i] is '+' or '-')
            {
                i++;
            }

            int start = i;
            while (i < field.Length && char.IsAsciiDigit(field[i]))
            {
                i++;
            }

            return i > start;
        }

        if (!Digits(signed: true))
        {
            return false;
        }

        if (i < field.Length && field[i] == '.')
        {
            i++;
            if (!Digits(signed: false))
            {
                return false;
            }
        }

        if (i < field.Length && field[i] is 'e' or 'E')
        {
            i++;
            if (!Digits(signed: true))
            {
                return false;
            }
        }

        return i == field.Length;
    }

    /// <summary>A field as RFC 4180 writes it.</summary>
    public static string Quote(string field)
        => field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Line(Provenance source) => source.Line?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Optional(double? value) => value is double number ? Words.Number(number) : string.Empty;
}
