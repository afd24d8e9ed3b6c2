using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.IO;
using HealthPlan.Catalogue.TargetQuery.Input;
using HealthPlan.Catalogue.TargetQuery.Rendering;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>
/// <c>verify-sources --sources &lt;dir&gt;</c>: checks that every value's and target's source document
/// exists in the folder, has the line, and that the quote is on that line (<see cref="SourceCheck"/> does the checking; this renders).
/// </summary>
internal static class VerifySourcesCommand
{
    public static Command Create(CommandContext context)
    {
        var sources = new Option<string>("--sources", "-s")
        {
            Description = "The folder with the source documents (the file names the plans cite).",
            Required = true,
        };
        var format = OutputFormat.ForQueries();
        var command = new Command("verify-sources", "Check every value's and target's provenance against the source documents: the file, the line and the quote.")
        {
            sources,
        };
        format.AddTo(command);

        command.SetAction(result => Execute(context, result.GetValue(sources) ?? string.Empty, format.IsJson(result)));
        return command;
    }

    private static int Execute(CommandContext context, string folder, bool json)
    {
        if (!Directory.Exists(folder))
        {
            return context.Fail($"the sources folder '{folder}' does not exist");
        }

        // The documents are read whole: each must be a regular file within the size limit, checked before any is opened.
        var refused = new List<Problem>();
        string root = Path.GetFullPath(folder);
        var cited = context.Catalogue.Plans
            .SelectMany(plan => plan.Indicators)
            .SelectMany(indicator => indicator.Values.SelectMany(value => value.Sources).Concat(indicator.Targets.SelectMany(target => target.Sources)))
            .Where(source => source.Published is null)
            .Select(source => source.Document)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal);
        foreach (string document in cited)
        {
            // A name the check will not read (outside the folder, a link, a NUL) is reported by the check itself.
            if (SourceCheck.Locate(root, document, out _) is { } path && InputFile.Refusal(path) is { } why)
            {
                refused.Add(new Problem(why, Path.Combine(folder, document)));
            }
        }

        if (refused.Count > 0)
        {
            return context.Fail(refused, "nothing was checked");
        }

        var result = SourceCheck.Check(context.Catalogue, folder);
        if (json)
        {
            WriteJson(context, result);
            return result.AllMatch ? ExitCodes.Success : ExitCodes.Failed;
        }

        foreach (var mismatch in result.Mismatches)
        {
            // A mismatch quotes the source document: echoed safely.
            context.Output.WriteLine(Echo.Safe(mismatch.ToString()));
        }

        if (result.Published.Count > 0)
        {
            context.Output.WriteLine($"{result.Published.Count} sources quote published documents (web pages) and are not checked here: open their addresses ({context.CommandName} export --format json lists them) to check them.");
        }

        if (result.AllMatch)
        {
            context.Output.WriteLine($"All {result.CheckedCount} sources in {result.Documents.Count} documents match.");
            return ExitCodes.Success;
        }

        context.Output.WriteLine($"{result.Mismatches.Count} of {result.CheckedCount} sources do not match.");
        return ExitCodes.Failed;
    }

    private static void WriteJson(CommandContext context, SourceCheckResult result)
    {
        JsonOutput.Write(context.Output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("allMatch", result.AllMatch);
            writer.WriteNumber("checked", result.CheckedCount);
            writer.WriteNumber("documents", result.Documents.Count);
            writer.WriteStartArray("mismatches");
            foreach (var mismatch in result.Mismatches)
            {
                writer.WriteStartObject();
                WriteCited(writer, mismatch.Cited);
                writer.WriteString("document", mismatch.Document);
                writer.WriteNumberOrNull("line", mismatch.Line);
                writer.WriteString("problem", Kebab(mismatch.Problem.ToString()));
                writer.WriteString("message", mismatch.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("notCheckedOffline");
            foreach (var cited in result.Published)
            {
                writer.WriteStartObject();
                WriteCited(writer, cited);
                writer.WriteString("address", cited.Source.Published?.Address);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteCited(System.Text.Json.Utf8JsonWriter writer, CitedSource cited)
    {
        writer.WriteString("plan", cited.PlanId);
        writer.WriteString("indicator", cited.IndicatorId);
        writer.WriteString("kind", cited.Kind == SourceKind.Value ? "value" : "target");
        writer.WriteNumber("year", cited.Year);
        writer.WriteString("scope", cited.Scope);
    }

    /// <summary><c>QuoteNotOnLine</c> → <c>quote-not-on-line</c>.</summary>
    private static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
