using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace HealthPlan.Catalogue.TargetQuery.Input;

/// <summary>One measured value to assess, checked against the plan.</summary>
/// <param name="Line">The 1-based line of the row in the actuals file.</param>
/// <param name="Indicator">The plan's indicator.</param>
/// <param name="Year">The year the value is for.</param>
/// <param name="Value">The value, in the indicator's unit.</param>
/// <param name="Scope">The scope (<c>urban</c>), or null for the indicator as a whole.</param>
/// <param name="Targets">The indicator's targets due that year, for that scope: each is judged met, not met or cannot tell (may be empty).</param>
/// <param name="Next">The target progress is measured towards: the earliest one due in or after that year, for that scope.</param>
internal sealed record ActualRow(int Line, IIndicator Indicator, int Year, double Value, string? Scope, IReadOnlyList<ITarget> Targets, ITarget Next);

/// <summary>The rows of an actuals file, or every problem found in it.</summary>
internal sealed class ActualsFile
{
    public List<ActualRow> Rows { get; } = new();

    /// <summary>Problems, each <c>file:line: message</c>. Any problem means nothing may be assessed.</summary>
    public List<string> Problems { get; } = new();
}

/// <summary>
/// Reads actual values from CSV (<c>indicator,year,value[,scope][,unit]</c>, header required, RFC 4180
/// quoting) or JSON (an array of objects with the same fields), and checks every row against a plan:
/// known indicator, whole-number year, numeric value, matching unit, no duplicates, a target due in or after
/// the row's year (one due that year is judged; a later one is what progress is measured towards). Rows of
/// several years may share a file.
/// </summary>
internal static class ActualsReader
{
    private const string Indicator = "indicator";
    private const string Year = "year";
    private const string Value = "value";
    private const string Scope = "scope";
    private const string Unit = "unit";
    private static readonly string[] Required = { Indicator, Year, Value };
    private static readonly string[] Known = { Indicator, Year, Value, Scope, Unit };

    /// <summary>Reads and checks <paramref name="path"/> against <paramref name="plan"/>.</summary>
    public static ActualsFile Read(string path, Plan plan)
    {
        var file = new ActualsFile();
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".json"))
        {
            file.Problems.Add($"{path}: unknown file type '{extension}'; actuals must be a .csv or .json file");
            return file;
        }

        if (!File.Exists(path))
        {
            file.Problems.Add($"{path}: file not found");
            return file;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            file.Problems.Add($"{path}: cannot read the file: {exception.Message}");
            return file;
        }

        var records = extension == ".csv" ? ReadCsv(path, bytes, file.Problems) : ReadJson(path, bytes, file.Problems);
        if (file.Problems.Count == 0)
        {
            Check(path, plan, records, file);
        }

        return file;
    }

    /// <summary>A row before it is checked: its line and its fields by (lower-case) name.</summary>
    private sealed record RawRecord(int Line, Dictionary<string, string?> Fields);

    private static List<RawRecord> ReadCsv(string path, byte[] bytes, List<string> problems)
    {
        var records = new List<RawRecord>();
        string text = Decode(bytes);
        if (text.Trim().Length == 0)
        {
            problems.Add($"{path}: the file is empty");
            return records;
        }

        var rows = SplitCsv(text, out int? unterminatedLine);
        if (unterminatedLine is int badLine)
        {
            problems.Add($"{path}:{badLine}: a quoted field is not closed");
            return records;
        }

        var (headerLine, header) = rows[0];
        var names = header.Select(name => name.Trim().ToLowerInvariant()).ToArray();
        bool headerOk = Required.All(names.Contains)
            && names.All(Known.Contains)
            && names.Distinct(StringComparer.Ordinal).Count() == names.Length;
        if (!headerOk)
        {
            problems.Add($"{path}:{headerLine}: wrong header '{string.Join(",", header)}': expected indicator,year,value with optional scope and unit columns");
            return records;
        }

        if (rows.Count == 1)
        {
            problems.Add($"{path}: the file is empty: it has a header but no rows");
            return records;
        }

        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count != names.Length)
            {
                problems.Add($"{path}:{line}: expected {names.Length} fields ({string.Join(",", names)}), found {fields.Count}");
                continue;
            }

            var map = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++)
            {
                map[names[i]] = fields[i].Trim();
            }

            records.Add(new RawRecord(line, map));
        }

        return records;
    }

    /// <summary>RFC 4180 records with the line each starts on; blank lines are skipped.</summary>
    private static List<(int Line, List<string> Fields)> SplitCsv(string text, out int? unterminatedLine)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false;
        bool quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 1;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            quoted = false;
        }

        void EndRecord()
        {
            EndField();
            bool blank = fields.Count == 1 && fields[0].Trim().Length == 0;
            if (!blank)
            {
                records.Add((recordLine, fields));
            }

            fields = new List<string>();
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"' && !quoted && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                inQuotes = true;
                quoted = true;
                quoteLine = line;
            }
            else if (c == ',')
            {
                EndField();
            }
            else if (c == '\n')
            {
                EndRecord();
                line++;
                recordLine = line;
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        unterminatedLine = inQuotes ? quoteLine : null;
        if (fields.Count > 0 || field.Length > 0 || quoted)
        {
            EndRecord();
        }

        return records;
    }

    private static List<RawRecord> ReadJson(string path, byte[] bytes, List<string> problems)
    {
        var records = new List<RawRecord>();
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            span = span[3..];
        }

        if (Decode(bytes).Trim().Length == 0)
        {
            problems.Add($"{path}: the file is empty");
            return records;
        }

        var newlines = new List<long>();
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }

        int LineOf(long offset)
        {
            int index = newlines.BinarySearch(offset);
            return (index < 0 ? ~index : index) + 1;
        }

        var reader = new Utf8JsonReader(span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                problems.Add($"{path}:{LineOf(reader.TokenStartIndex)}: expected a JSON array of objects ({{\"indicator\", \"year\", \"value\", \"scope\", \"unit\"}})");
                return records;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int line = LineOf(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    problems.Add($"{path}:{line}: expected an object with indicator, year and value");
                    reader.Skip();
                    continue;
                }

                var map = new Dictionary<string, string?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    string name = (reader.GetString() ?? string.Empty).ToLowerInvariant();
                    int propertyLine = LineOf(reader.TokenStartIndex);
                    reader.Read();
                    string? value = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        JsonTokenType.True => "true",
                        JsonTokenType.False => "false",
                        JsonTokenType.Null => null,
                        _ => "(" + (reader.TokenType == JsonTokenType.StartArray ? "array" : "object") + ")",
                    };
                    reader.Skip();
                    if (!Known.Contains(name))
                    {
                        problems.Add($"{path}:{propertyLine}: unknown property '{name}': expected indicator, year, value, scope, unit");
                    }
                    else if (!map.TryAdd(name, value))
                    {
                        problems.Add($"{path}:{propertyLine}: property '{name}' appears twice");
                    }
                }

                records.Add(new RawRecord(line, map));
            }
        }
        catch (JsonException exception)
        {
            string message = exception.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            string line = exception.LineNumber is long number ? ":" + (number + 1).ToString(CultureInfo.InvariantCulture) : string.Empty;
            problems.Add($"{path}{line}: not valid JSON: {(cut > 0 ? message[..cut] : message)}");
            return records;
        }

        if (problems.Count == 0 && records.Count == 0)
        {
            problems.Add($"{path}: the file is empty: the array has no rows");
        }

        return records;
    }

    private static void Check(string path, Plan plan, List<RawRecord> records, ActualsFile file)
    {
        var seen = new Dictionary<(string Indicator, int Year, string? Scope), int>();
        foreach (var record in records)
        {
            var problems = new List<string>();
            string? indicatorId = Field(record, Indicator);
            string? yearText = Field(record, Year);
            string? valueText = Field(record, Value);
            string? scope = Field(record, Scope);
            string? unit = Field(record, Unit);

            IIndicator? indicator = null;
            if (indicatorId is null)
            {
                problems.Add("missing indicator");
            }
            else if ((indicator = plan.FindIndicator(indicatorId)) is null)
            {
                problems.Add($"unknown indicator '{indicatorId}' in plan {plan.Id}"
                    + Suggestions.DidYouMean(indicatorId, plan.Indicators.Select(i => i.Id)));
            }

            int? year = null;
            if (yearText is null)
            {
                problems.Add("missing year");
            }
            else if (int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsedYear))
            {
                year = parsedYear;
            }
            else
            {
                problems.Add($"year '{yearText}' is not a whole number");
            }

            double value = double.NaN;
            if (valueText is null)
            {
                problems.Add("missing value");
            }
            else if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
            {
                problems.Add($"value '{valueText}' is not a number");
            }

            if (indicator is not null && unit is not null
                && unit != indicator.Unit.Symbol && !string.Equals(unit, indicator.Unit.Id, StringComparison.OrdinalIgnoreCase))
            {
                string stated = indicator.Unit.Symbol.Length == 0 ? indicator.Unit.Id : $"{indicator.Unit.Symbol} ({indicator.Unit.Id})";
                problems.Add($"unit '{unit}' does not match the unit of {indicator.Id}: {stated}");
            }

            IReadOnlyList<ITarget> targets = Array.Empty<ITarget>();
            ITarget? next = null;
            if (indicator is not null && year is int y)
            {
                var key = (indicator.Id, y, scope);
                if (seen.TryGetValue(key, out int firstLine))
                {
                    problems.Add($"duplicate row for {indicator.Id} {y}{ScopeText(scope)}: already on line {firstLine}");
                }
                else
                {
                    seen[key] = record.Line;
                }

                // A target the document restates (same operator and numbers) is assessed once.
                targets = indicator.Targets
                    .Where(target => target.Year == y && target.Scope == scope)
                    .DistinctBy(target => (target.Operator, target.Value, target.ValueMax, target.Tolerance, target.BaselineYear, target.IsRelative, target.TextZh))
                    .ToArray();
                next = indicator.Targets
                    .Where(target => target.Year >= y && target.Scope == scope)
                    .OrderBy(target => target.Year)
                    .FirstOrDefault();
                if (next is null)
                {
                    string known = indicator.Targets.Count == 0
                        ? "it has no targets"
                        : "its targets: " + string.Join("; ", indicator.Targets.Select(target => target.ToString()));
                    problems.Add($"{indicator.Id} has no target for {y}{ScopeText(scope)} or later; {known}");
                }
            }

            foreach (var problem in problems)
            {
                file.Problems.Add($"{path}:{record.Line}: {problem}");
            }

            if (problems.Count == 0 && indicator is not null && year is int rowYear && next is not null)
            {
                file.Rows.Add(new ActualRow(record.Line, indicator, rowYear, value, scope, targets, next));
            }
        }
    }

    /// <summary>A field's trimmed text; null when it is missing or empty.</summary>
    private static string? Field(RawRecord record, string name)
        => record.Fields.TryGetValue(name, out var value) && value is not null && value.Trim().Length > 0 ? value.Trim() : null;

    private static string ScopeText(string? scope) => scope is null ? string.Empty : " (" + scope + ")";

    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');
}
