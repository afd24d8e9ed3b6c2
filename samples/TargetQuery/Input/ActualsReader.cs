using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HealthPlan.Catalogue.TargetQuery.Commands;
using HealthPlan.Catalogue.Units;

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

/// <summary>The rows of an actuals file, or every problem found in it; and notes on what was read in a way the user may not expect.</summary>
internal sealed class ActualsFile
{
    public List<ActualRow> Rows { get; } = new();

    /// <summary>Problems, each with file and line where there is one. Any problem means nothing may be assessed.</summary>
    public List<Problem> Problems { get; } = new();

    /// <summary>
    /// Notes: the file was decoded as GB18030, a column or property was ignored, a value was converted from another
    /// unit. Not errors: the file is assessed.
    /// </summary>
    public List<Problem> Notes { get; } = new();
}

/// <summary>
/// Reads actual values from CSV (<c>indicator,year,value[,scope][,unit]</c>, header required, RFC 4180
/// quoting, separated by <c>,</c>, <c>;</c> or tab: whichever the header uses) or JSON (an array of objects
/// with the same fields), and checks every row against a plan: known indicator (by id, Chinese or English
/// name), whole-number year, numeric value, a unit of the indicator's dimension (converted, with a note, when
/// it is not the indicator's own), no duplicates, a target due in or after the row's year (one due that year
/// is judged; a later one is what progress is measured towards). Rows of several years may share a file.
/// Other columns and properties are ignored with a note. The text is UTF-8 (with or without a byte order
/// mark), UTF-16 with a byte order mark, or GB18030/GBK (noted); anything else is an error, never a guess.
/// The file must be a regular file of at most <see cref="InputFile.MaxBytes"/> (<see cref="InputFile"/>); "did you
/// mean" suggestions are worked out for the first <see cref="MaxSuggested"/> unknown indicators only.
/// </summary>
internal static class ActualsReader
{
    internal const string Indicator = "indicator";
    internal const string Year = "year";
    internal const string Value = "value";
    internal const string Scope = "scope";
    internal const string Unit = "unit";
    private static readonly string[] Required = { Indicator, Year, Value };
    private static readonly string[] Known = { Indicator, Year, Value, Scope, Unit };

    /// <summary>How many distinct unknown indicators of a file get a "did you mean" suggestion; the rest are counted.</summary>
    public const int MaxSuggested = 20;

    /// <summary>Reads and checks <paramref name="path"/> against <paramref name="plan"/>.</summary>
    public static ActualsFile Read(string path, Plan plan)
    {
        var file = new ActualsFile();
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".xlsx" or ".xls" or ".et" or ".ods")
        {
            file.Problems.Add(new Problem($"a spreadsheet ('{extension}') is not read; save the sheet as CSV (CSV UTF-8 in Excel) and assess that file", path));
            return file;
        }

        if (extension is not (".csv" or ".tsv" or ".txt" or ".json"))
        {
            file.Problems.Add(new Problem($"unknown file type '{extension}'; actuals must be a .csv (or .tsv, .txt) or .json file", path));
            return file;
        }

        if (InputFile.Read(path, out string? unreadable) is not { } bytes)
        {
            file.Problems.Add(new Problem(unreadable ?? "cannot read the file", path));
            return file;
        }

        if (TextDecoding.Decode(bytes) is not { } decoded)
        {
            file.Problems.Add(TextDecoding.Undecodable(path, bytes));
            return file;
        }

        if (decoded.Encoding != TextDecoding.Utf8)
        {
            file.Notes.Add(new Problem($"the file is not UTF-8; it was read as {decoded.Encoding}", path));
        }

        var records = extension == ".json" ? ReadJson(path, decoded.Text, plan, file) : ReadCsv(path, decoded.Text, file);
        if (file.Problems.Count == 0)
        {
            Check(path, plan, records, file);
        }

        return file;
    }

    /// <summary>A row before it is checked: its line and its fields by (lower-case) name.</summary>
    internal sealed record RawRecord(int Line, Dictionary<string, string?> Fields);

    private static List<RawRecord> ReadCsv(string path, string text, ActualsFile file)
    {
        var problems = file.Problems;
        var records = new List<RawRecord>();
        if (text.Trim().Length == 0)
        {
            problems.Add(new Problem("the file is empty", path));
            return records;
        }

        char separator = DetectSeparator(text);
        var rows = SplitCsv(text, separator, out int? unterminatedLine);
        if (unterminatedLine is int badLine)
        {
            problems.Add(new Problem("a quoted field is not closed", path, badLine));
            return records;
        }

        if (rows.Count == 0)
        {
            // Only blank fields (a lone "" or separators): no header to read.
            problems.Add(new Problem("the file is empty: it has no header and no rows", path));
            return records;
        }

        var (headerLine, header) = rows[0];
        var names = header.Select(name => name.Trim().ToLowerInvariant()).ToArray();
        var duplicates = names.Where(name => name.Length > 0).GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToArray();
        if (!Required.All(names.Contains) || duplicates.Length > 0)
        {
            string why = duplicates.Length > 0 ? $"column{Plural(duplicates.Length)} {Quoted(duplicates)} appear{(duplicates.Length == 1 ? "s" : string.Empty)} twice" : "expected indicator,year,value with optional scope and unit columns";
            problems.Add(new Problem($"wrong header '{string.Join(separator, header)}': {why}", path, headerLine));
            return records;
        }

        var ignored = names.Where(name => !Known.Contains(name)).ToArray();
        if (ignored.Length > 0)
        {
            var shown = header.Where(name => !Known.Contains(name.Trim().ToLowerInvariant())).Select(name => name.Trim().Length == 0 ? "(unnamed)" : name.Trim()).ToArray();
            file.Notes.Add(new Problem($"column{Plural(shown.Length)} {Quoted(shown)} {(shown.Length == 1 ? "is" : "are")} not used and {(shown.Length == 1 ? "was" : "were")} ignored", path, headerLine));
        }

        if (rows.Count == 1)
        {
            problems.Add(new Problem("the file is empty: it has a header but no rows", path));
            return records;
        }

        string expected = string.Join(separator == '\t' ? "," : separator.ToString(), names);
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count != names.Length)
            {
                problems.Add(new Problem($"expected {names.Length} fields ({expected}), found {fields.Count}", path, line));
                continue;
            }

            var map = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++)
            {
                if (Known.Contains(names[i]))
                {
                    map[names[i]] = fields[i].Trim();
                }
            }

            records.Add(new RawRecord(line, map));
        }

        return records;
    }

    /// <summary>The separator the header line uses most: <c>,</c>, <c>;</c> or tab (a comma when it uses none).</summary>
    private static char DetectSeparator(string text)
    {
        // The first line with anything on it: a whitespace-only line before the header says nothing about the separator.
        string header = text.Split('\n').FirstOrDefault(line => line.Trim().Length > 0) ?? string.Empty;
        int Count(char c)
        {
            int count = 0;
            bool quoted = false;
            foreach (char ch in header)
            {
                if (ch == '"')
                {
                    quoted = !quoted;
                }
                else if (ch == c && !quoted)
                {
                    count++;
                }
            }

            return count;
        }

        int commas = Count(',');
        int semicolons = Count(';');
        int tabs = Count('\t');
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>RFC 4180 records with the line each starts on; blank lines are skipped.</summary>
    private static List<(int Line, List<string> Fields)> SplitCsv(string text, char separator, out int? unterminatedLine)
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
            // A row of blank fields (a blank line, ",," that a spreadsheet leaves after the data, a lone "") says nothing.
            bool blank = fields.TrueForAll(value => value.Trim().Length == 0);
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
            else if (c == separator)
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

    /// <summary>How actuals JSON is read: comments and trailing commas, as people write it by hand, are allowed.</summary>
    internal static readonly JsonReaderOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// The line where something follows the file's first JSON value (which the readers would otherwise stop before and
    /// silently ignore), or null when nothing but whitespace and comments does. An invalid first value is left to the
    /// readers, which report where it breaks.
    /// </summary>
    private static int? TrailingContentLine(ReadOnlySpan<byte> json, Func<long, int> lineOf)
    {
        var options = JsonOptions;
        options.AllowMultipleValues = true;
        var probe = new Utf8JsonReader(json, options);
        try
        {
            if (!probe.Read())
            {
                return null;
            }

            probe.Skip();
        }
        catch (JsonException)
        {
            return null;
        }

        try
        {
            return probe.Read() ? lineOf(probe.TokenStartIndex) : null;
        }
        catch (JsonException exception)
        {
            // Not JSON after the value: the reader says on which line (zero-based) it stopped.
            return (int)exception.LineNumber.GetValueOrDefault() + 1;
        }
    }

    private static List<RawRecord> ReadJson(string path, string text, Plan plan, ActualsFile file)
    {
        var problems = file.Problems;
        var records = new List<RawRecord>();
        if (text.Trim().Length == 0)
        {
            problems.Add(new Problem("the file is empty", path));
            return records;
        }

        ReadOnlySpan<byte> span = Encoding.UTF8.GetBytes(text);
        var ignored = new Dictionary<string, List<int>>(StringComparer.Ordinal);

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

        var reader = new Utf8JsonReader(span, JsonOptions);
        try
        {
            if (TrailingContentLine(span, LineOf) is int trailing)
            {
                problems.Add(new Problem("more after the first JSON value (a second array, a second Bundle, or text): an actuals file holds one array or one FHIR Bundle; split the file, or join the arrays into one", path, trailing));
                return records;
            }

            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                // An object is a FHIR resource: a health information system's Bundle of MeasureReports.
                if (!FhirSupport.IsSupported)
                {
                    problems.Add(new Problem(FhirSupport.Unavailable, path));
                    return records;
                }

                return FhirActualsReader.Read(path, span, plan, file, LineOf);
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                problems.Add(new Problem("expected a JSON array of objects ({\"indicator\", \"year\", \"value\", \"scope\", \"unit\"}) or a FHIR Bundle of MeasureReports", path, LineOf(reader.TokenStartIndex)));
                return records;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int line = LineOf(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    problems.Add(new Problem("expected an object with indicator, year and value", path, line));
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
                        if (!ignored.TryGetValue(name, out var lines))
                        {
                            ignored[name] = lines = new List<int>();
                        }

                        lines.Add(propertyLine);
                    }
                    else if (!map.TryAdd(name, value))
                    {
                        problems.Add(new Problem($"property '{name}' appears twice", path, propertyLine));
                    }
                }

                records.Add(new RawRecord(line, map));
            }
        }
        catch (JsonException exception)
        {
            string message = exception.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            int? line = exception.LineNumber is long number ? (int)number + 1 : null;
            problems.Add(new Problem($"not valid JSON: {(cut > 0 ? message[..cut] : message)}", path, line));
            return records;
        }

        if (problems.Count == 0 && records.Count == 0)
        {
            problems.Add(new Problem("the file is empty: the array has no rows", path));
        }

        foreach (var (name, lines) in ignored)
        {
            file.Notes.Add(new Problem($"property '{name}' (line{Plural(lines.Count)} {Lines(lines)}) is not used and was ignored", path, lines[0]));
        }

        return records;
    }

    private static void Check(string path, Plan plan, List<RawRecord> records, ActualsFile file)
    {
        var seen = new Dictionary<(string Indicator, int Year, string? Scope), List<int>>();
        var rowProblems = new List<Problem>();
        var suggested = new Dictionary<string, string>(StringComparer.Ordinal);
        int unsuggested = 0;
        foreach (var record in records)
        {
            var problems = new List<string>();
            string? indicatorText = Field(record, Indicator);
            string? yearText = Field(record, Year);
            string? valueText = Field(record, Value);
            string? scope = Field(record, Scope);
            string? unitText = Field(record, Unit);

            IIndicator? indicator = null;
            if (indicatorText is null)
            {
                problems.Add("missing indicator");
            }
            else if ((indicator = Lookup.FindIndicator(plan, indicatorText)) is null)
            {
                // Suggestions are worked out for the first MaxSuggested distinct unknown ids only: a file of
                // thousands of them is answered at once, with a count of the rest.
                if (!suggested.TryGetValue(indicatorText, out string? hint))
                {
                    hint = suggested.Count < MaxSuggested ? Suggestions.DidYouMean(indicatorText, plan.Indicators.Select(i => i.Id)) : null;
                    if (hint is not null)
                    {
                        suggested[indicatorText] = hint;
                    }
                    else
                    {
                        unsuggested++;
                    }
                }

                problems.Add($"unknown indicator '{indicatorText}' in plan {plan.Id}" + hint);
            }

            int? year = null;
            if (yearText is null)
            {
                problems.Add("missing year");
            }
            else if (int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsedYear))
            {
                if (PlanYears.Contains(parsedYear))
                {
                    year = parsedYear;
                }
                else
                {
                    problems.Add($"year {yearText} is outside {PlanYears.First}–{PlanYears.Last}, the years a plan may state");
                }
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

            if (indicator is not null && unitText is not null)
            {
                var target = indicator.Unit;
                string stated = target.Symbol.Length == 0 ? target.Id : $"{target} ({target.Id})";
                if (FindUnit(unitText) is not { } unit)
                {
                    problems.Add($"unknown unit '{unitText}'; {indicator.Id} is in {stated}");
                }
                else if (!unit.IsConvertibleTo(target))
                {
                    problems.Add($"unit '{unitText}' does not match the unit of {indicator.Id}: {stated}, and does not convert to it ({unit.NameEn} is not a {target.Dimension.ToString().ToLowerInvariant()} unit)");
                }
                else if (unit != target && double.IsFinite(value))
                {
                    double converted = Math.Round(unit.ConvertTo(value, target), 10);
                    if (double.IsFinite(converted))
                    {
                        file.Notes.Add(new Problem($"{indicator.Id}: {unit.Format(value)} converted to {target.Format(converted)}", path, record.Line));
                        value = converted;
                    }
                    else
                    {
                        problems.Add($"value '{valueText}' {unit.Symbol} is too large to convert to {stated}");
                    }
                }
            }

            IReadOnlyList<ITarget> targets = Array.Empty<ITarget>();
            ITarget? next = null;
            if (indicator is not null && year is int y)
            {
                var key = (indicator.Id, y, scope);
                if (seen.TryGetValue(key, out var lines))
                {
                    lines.Add(record.Line);
                }
                else
                {
                    seen[key] = new List<int> { record.Line };
                }

                // The runtime decides which targets a value is judged against and which one it shows progress towards.
                targets = indicator.JudgedTargets(y, scope);
                next = indicator.ProgressTarget(y, scope);
                if (next is null)
                {
                    string known = indicator.Targets.Count == 0
                        ? "it has no targets"
                        : "its targets: " + string.Join("; ", indicator.Targets.Select(target => target.ToString()));
                    problems.Add($"{indicator.Id} has no target for {y}{ScopeText(scope)} or later; {known}");
                }
            }

            rowProblems.AddRange(problems.Select(problem => new Problem(problem, path, record.Line)));
            if (problems.Count == 0 && indicator is not null && year is int rowYear && next is not null)
            {
                file.Rows.Add(new ActualRow(record.Line, indicator, rowYear, value, scope, targets, next));
            }
        }

        // A value given twice is one problem, on the first line, naming every line.
        foreach (var ((indicatorId, year, scope), lines) in seen.Where(pair => pair.Value.Count > 1))
        {
            rowProblems.Add(new Problem($"{indicatorId} {year}{ScopeText(scope)} is given {lines.Count} times, on lines {Lines(lines)}; keep one row", path, lines[0]));
        }

        file.Problems.AddRange(rowProblems.OrderBy(problem => problem.Line ?? 0));
        if (unsuggested > 0)
        {
            file.Problems.Add(new Problem($"suggestions are worked out for the first {MaxSuggested} unknown indicators only; and {unsuggested} more row{Plural(unsuggested)} with an unknown indicator (show {plan.Id} lists its indicators)", path));
        }
    }

    /// <summary>A unit by its symbol (<c>‰</c>, <c>%</c>), its id (<c>per-mille</c>, any case), its UCUM code, or a currency code (<c>CNY</c>: yuan).</summary>
    private static UnitInfo? FindUnit(string text)
        => UnitCatalogue.All.FirstOrDefault(unit => unit.Symbol.Length > 0 && unit.Symbol == text)
            ?? UnitCatalogue.All.FirstOrDefault(unit => unit.Id.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? UnitCatalogue.FindByUcum(text)
            ?? UnitCatalogue.FindByCurrency(text);

    /// <summary>A field's trimmed text; null when it is missing or empty.</summary>
    private static string? Field(RawRecord record, string name)
        => record.Fields.TryGetValue(name, out var value) && value is not null && value.Trim().Length > 0 ? value.Trim() : null;

    private static string ScopeText(string? scope) => scope is null ? string.Empty : " (" + scope + ")";

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    private static string Quoted(IReadOnlyList<string> names) => string.Join(", ", names.Select(name => "'" + name + "'"));

    /// <summary><c>2</c>, <c>2 and 5</c>, <c>2, 3 and 5</c>.</summary>
    private static string Lines(IReadOnlyList<int> lines)
    {
        var text = lines.Select(line => line.ToString(CultureInfo.InvariantCulture)).ToArray();
        return text.Length == 1 ? text[0] : string.Join(", ", text[..^1]) + " and " + text[^1];
    }
}
