using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace HealthPlan.Catalogue;

/// <summary>
/// Checks the provenance of plans against a folder of source documents: for every value and target quoted
/// from a local text file, that the file is in the folder, has the cited line, and that the quote is on it.
/// Sources quoted from published documents read online (<see cref="Provenance.Published"/>) cannot be checked
/// offline: they are listed in <see cref="SourceCheckResult.Published"/>.
/// </summary>
/// <example>
/// <code>
/// var result = SourceCheck.Check(Plans.Catalogue, "plan-documents/");
/// foreach (var mismatch in result.Mismatches)
/// {
///     Console.WriteLine(mismatch);   // fuxin-2016-2020 infant-mortality-rate target 2020, plan.txt line 39: the quote … is not on the line, which reads …
/// }
/// </code>
/// </example>
public static class SourceCheck
{
    /// <summary>How much of a line a mismatch message quotes.</summary>
    private const int ExcerptLength = 80;

    /// <summary>Checks every source of every plan of <paramref name="catalogue"/> against the documents in <paramref name="folder"/>.</summary>
    /// <param name="catalogue">The plans to check.</param>
    /// <param name="folder">The folder with the documents the plans cite, by file name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    public static SourceCheckResult Check(PlanCatalogue catalogue, string folder)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return Check(catalogue.Plans, folder);
    }

    /// <summary>Checks every source of <paramref name="plan"/> against the documents in <paramref name="folder"/>.</summary>
    /// <param name="plan">The plan to check.</param>
    /// <param name="folder">The folder with the documents the plan cites, by file name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    public static SourceCheckResult Check(Plan plan, string folder)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Check(new[] { plan }, folder);
    }

    /// <summary>Checks every source of <paramref name="plans"/> against the documents in <paramref name="folder"/>.</summary>
    /// <param name="plans">The plans to check.</param>
    /// <param name="folder">The folder with the documents the plans cite, by file name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="folder"/> does not exist.</exception>
    public static SourceCheckResult Check(IEnumerable<Plan> plans, string folder)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The sources folder '{folder}' does not exist.");
        }

        string root = Path.GetFullPath(folder);
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        var mismatches = new List<SourceMismatch>();
        var published = new List<CitedSource>();
        int checkedCount = 0;
        foreach (var plan in plans)
        {
            foreach (var indicator in plan.Indicators)
            {
                // Every place a number is stated is checked, not only the first.
                var cited = indicator.Values.SelectMany(value => value.Sources.Select(source => new CitedSource(plan.Id, indicator.Id, SourceKind.Value, value.Year, value.Scope, source)))
                    .Concat(indicator.Targets.SelectMany(target => target.Sources.Select(source => new CitedSource(plan.Id, indicator.Id, SourceKind.Target, target.Year, target.Scope, source))));
                foreach (var source in cited)
                {
                    if (source.Source.Published is not null)
                    {
                        // A web page is not in the folder and has no stable lines: its address is the check.
                        published.Add(source);
                        continue;
                    }

                    checkedCount++;
                    if (!documents.TryGetValue(source.Source.Document, out var document))
                    {
                        document = Load(root, source.Source.Document);
                        documents[source.Source.Document] = document;
                    }

                    if (Compare(source.Source, document) is { } problem)
                    {
                        mismatches.Add(new SourceMismatch(source, problem.Problem, problem.Message));
                    }
                }
            }
        }

        return new SourceCheckResult(checkedCount, documents.Keys.OrderBy(name => name, StringComparer.Ordinal).ToArray(), mismatches, published);
    }

    private static (SourceProblem Problem, string Message)? Compare(Provenance source, Document document)
    {
        if (document.Problem is { } unreadable)
        {
            return unreadable;
        }

        var lines = document.Lines!;
        if (source.Line is not int number || number < 1 || number > lines.Length)
        {
            return (SourceProblem.LineMissing, $"the document has {Number(lines.Length)} lines, no line {(source.Line is int given ? Number(given) : "given")}");
        }

        if (source.Quote.Length == 0)
        {
            return (SourceProblem.QuoteEmpty, "the quote is empty");
        }

        string line = lines[number - 1];
        if (line.Contains(source.Quote, StringComparison.Ordinal))
        {
            return null;
        }

        string excerpt = line.Length <= ExcerptLength ? line : line[..ExcerptLength] + "…";
        return (SourceProblem.QuoteNotOnLine, $"the quote “{source.Quote}” is not on the line, which reads “{excerpt}”");
    }

    /// <summary>
    /// Where the document <paramref name="name"/> lies in the sources folder <paramref name="folder"/>, or why it is not read
    /// there: a name with a NUL character, one that points outside the folder (<c>../</c>, an absolute path), or a symbolic
    /// link (the document itself or a folder on the way to it), which could lead anywhere. The sources folder itself may be a link.
    /// </summary>
    /// <returns>The full path, or null with <paramref name="problem"/> saying why.</returns>
    public static string? Locate(string folder, string name, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(name);
        problem = null;
        if (name.Contains('\0', StringComparison.Ordinal))
        {
            problem = "the document name contains a NUL character";
            return null;
        }

        string root = Path.GetFullPath(folder);
        string path = Path.GetFullPath(Path.Combine(root, name));
        string prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            problem = "the document name points outside the sources folder";
            return null;
        }

        // Every part of the path below the folder must be a real file or folder, not a link to somewhere else.
        for (string? part = path; part is not null && part.Length > prefix.Length - 1; part = Path.GetDirectoryName(part))
        {
            var info = new FileInfo(part);
            if (info.Exists || Directory.Exists(part))
            {
                if (info.LinkTarget is not null)
                {
                    problem = $"'{Path.GetRelativePath(root, part)}' is a symbolic link; sources are read only from files inside the sources folder";
                    return null;
                }
            }
        }

        return path;
    }

    /// <summary>The document's lines (split at \n, a trailing \r removed), or why they cannot be read.</summary>
    private static Document Load(string root, string name)
    {
        if (Locate(root, name, out string? refused) is not { } path)
        {
            return new Document(null, (SourceProblem.DocumentMissing, refused!));
        }

        if (!File.Exists(path))
        {
            return new Document(null, (SourceProblem.DocumentMissing, "the document is not in the sources folder"));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return new Document(null, (SourceProblem.DocumentUnreadable, "the document is not valid UTF-8; save it as UTF-8 to check its quotes"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new Document(null, (SourceProblem.DocumentUnreadable, "the document cannot be read: " + exception.Message));
        }

        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        if (lines.Count > 1 && lines[^1].Length == 0)
        {
            // A final line break ends the last line; it does not start another one.
            lines.RemoveAt(lines.Count - 1);
        }

        return new Document(lines.ToArray(), null);
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private sealed record Document(string[]? Lines, (SourceProblem Problem, string Message)? Problem);
}

/// <summary>What a cited number is: a reported value or a target.</summary>
public enum SourceKind
{
    /// <summary>A reported value (a baseline or another year's value).</summary>
    Value,

    /// <summary>A target.</summary>
    Target,
}

/// <summary>Why a source does not match its document.</summary>
public enum SourceProblem
{
    /// <summary>The document is not in the sources folder.</summary>
    DocumentMissing,

    /// <summary>The document is there but cannot be read as UTF-8 text.</summary>
    DocumentUnreadable,

    /// <summary>The document has no such line, or the source gives no line.</summary>
    LineMissing,

    /// <summary>The source's quote is empty.</summary>
    QuoteEmpty,

    /// <summary>The quote is not on the cited line.</summary>
    QuoteNotOnLine,
}

/// <summary>One value or target of a plan and the source it cites.</summary>
/// <param name="PlanId">The plan's id.</param>
/// <param name="IndicatorId">The indicator's id within the plan.</param>
/// <param name="Kind">A value or a target.</param>
/// <param name="Year">The year of the value or target.</param>
/// <param name="Scope">The scope (<c>urban</c>), or null for the indicator as a whole.</param>
/// <param name="Source">The provenance it cites.</param>
public sealed record CitedSource(string PlanId, string IndicatorId, SourceKind Kind, int Year, string? Scope, Provenance Source)
{
    /// <summary><c>fuxin-2016-2020 infant-mortality-rate target 2020</c>, with <c>(urban)</c> for a scope.</summary>
    public override string ToString()
        => $"{PlanId} {IndicatorId} {(Kind == SourceKind.Value ? "value" : "target")} {Year.ToString(CultureInfo.InvariantCulture)}"
            + (Scope is null ? string.Empty : " (" + Scope + ")");
}

/// <summary>A source that does not match its document.</summary>
/// <param name="Cited">The value or target and the source it cites.</param>
/// <param name="Problem">What kind of mismatch it is.</param>
/// <param name="Message">The mismatch in words, quoting the line when the quote is not on it.</param>
public sealed record SourceMismatch(CitedSource Cited, SourceProblem Problem, string Message)
{
    /// <summary>The plan's id.</summary>
    public string PlanId => Cited.PlanId;

    /// <summary>The indicator's id.</summary>
    public string IndicatorId => Cited.IndicatorId;

    /// <summary>A value or a target.</summary>
    public SourceKind Kind => Cited.Kind;

    /// <summary>The document the source cites.</summary>
    public string Document => Cited.Source.Document;

    /// <summary>The line the source cites, or null when it gives none.</summary>
    public int? Line => Cited.Source.Line;

    /// <summary><c>fuxin-2016-2020 infant-mortality-rate target 2020, plan.txt line 39: the quote “…” is not on the line, which reads “…”</c>.</summary>
    public override string ToString()
        => $"{Cited}, {Document} line {(Line is int line ? line.ToString(CultureInfo.InvariantCulture) : "?")}: {Message}";
}

/// <summary>The outcome of <see cref="SourceCheck.Check(PlanCatalogue, string)"/>.</summary>
public sealed class SourceCheckResult
{
    internal SourceCheckResult(int checkedCount, IReadOnlyList<string> documents, IReadOnlyList<SourceMismatch> mismatches, IReadOnlyList<CitedSource> published)
    {
        CheckedCount = checkedCount;
        Documents = documents;
        Mismatches = mismatches;
        Published = published;
    }

    /// <summary>How many sources were checked against a document of the folder.</summary>
    public int CheckedCount { get; }

    /// <summary>The documents the checked sources cite, by name, in ordinal order (including missing ones).</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>Every checked source that does not match, in plan, indicator, value-then-target order.</summary>
    public IReadOnlyList<SourceMismatch> Mismatches { get; }

    /// <summary>Sources quoted from published documents read online: not checkable offline; open their addresses to check them.</summary>
    public IReadOnlyList<CitedSource> Published { get; }

    /// <summary>Whether every checked source matches its document.</summary>
    public bool AllMatch => Mismatches.Count == 0;
}
