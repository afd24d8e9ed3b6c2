using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>
/// <c>verify-sources --sources &lt;dir&gt;</c>: checks that every value's and target's source document
/// exists in the folder, has the line, and that the quote is on that line.
/// </summary>
internal static class VerifySourcesCommand
{
    /// <summary>How much of a line a mismatch report quotes.</summary>
    private const int ExcerptLength = 80;

    public static Command Create(CommandContext context)
    {
        var sources = new Option<string>("--sources", "-s")
        {
            Description = "The folder with the source documents (the file names the plans cite).",
            Required = true,
        };
        var command = new Command("verify-sources", "Check every value's and target's provenance against the source documents: the file, the line and the quote.")
        {
            sources,
        };
        command.SetAction(result => Execute(context, result.GetValue(sources) ?? string.Empty));
        return command;
    }

    private static int Execute(CommandContext context, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return context.Fail($"the sources folder '{folder}' does not exist");
        }

        var documents = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        int checkedCount = 0;
        int mismatches = 0;
        int published = 0;
        foreach (var plan in context.Catalogue.Plans)
        {
            foreach (var indicator in plan.Indicators)
            {
                var cited = indicator.Values.Select(value => (Kind: "value " + Year(value.Year) + Scope(value.Scope), value.Source))
                    .Concat(indicator.Targets.Select(target => (Kind: "target " + Year(target.Year) + Scope(target.Scope), target.Source)));
                foreach (var (kind, source) in cited)
                {
                    if (source.Published is not null)
                    {
                        // A web page is not in the sources folder and has no stable lines: its address is the check.
                        published++;
                        continue;
                    }

                    checkedCount++;
                    string? problem = Check(folder, source, documents);
                    if (problem is not null)
                    {
                        mismatches++;
                        context.Output.WriteLine($"{plan.Id} {indicator.Id} {kind}, {source.Document} line {Year(source.Line.GetValueOrDefault())}: {problem}");
                    }
                }
            }
        }

        int documentCount = documents.Count;
        if (published > 0)
        {
            context.Output.WriteLine($"{published} sources quote published documents (web pages) and are not checked here: open their addresses (export --format json lists them) to check them.");
        }

        if (mismatches == 0)
        {
            context.Output.WriteLine($"All {checkedCount} sources in {documentCount} documents match.");
            return ExitCodes.Success;
        }

        context.Output.WriteLine($"{mismatches} of {checkedCount} sources do not match.");
        return ExitCodes.Failed;
    }

    /// <summary>What is wrong with <paramref name="source"/>, or null when it matches.</summary>
    private static string? Check(string folder, Provenance source, Dictionary<string, string[]?> documents)
    {
        if (!documents.TryGetValue(source.Document, out var lines))
        {
            lines = Load(Path.Combine(folder, source.Document));
            documents[source.Document] = lines;
        }

        if (lines is null)
        {
            return "the document is not in the sources folder";
        }

        if (source.Line is not int number || number < 1 || number > lines.Length)
        {
            return $"the document has {lines.Length} lines, no line {(source.Line is int given ? Year(given) : "given")}";
        }

        string line = lines[number - 1];
        if (source.Quote.Length == 0)
        {
            return "the quote is empty";
        }

        if (line.Contains(source.Quote, StringComparison.Ordinal))
        {
            return null;
        }

        string excerpt = line.Length <= ExcerptLength ? line : line[..ExcerptLength] + "…";
        return $"the quote “{source.Quote}” is not on the line, which reads “{excerpt}”";
    }

    /// <summary>The document's lines (split at \n, a trailing \r removed), or null when it does not exist.</summary>
    private static string[]? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        string text = File.ReadAllText(path, new UTF8Encoding(false)).TrimStart('\uFEFF');
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        if (lines.Count > 1 && lines[^1].Length == 0)
        {
            // A final line break ends the last line; it does not start another one.
            lines.RemoveAt(lines.Count - 1);
        }

        return lines.ToArray();
    }

    private static string Year(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Scope(string? scope) => scope is null ? string.Empty : " (" + scope + ")";
}
