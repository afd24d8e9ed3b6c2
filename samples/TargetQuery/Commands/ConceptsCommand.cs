using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using HealthPlan.Catalogue.TargetQuery.Rendering;
using Spectre.Console;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary><c>concepts</c>: the concept vocabulary: ids, names, WHO GHO and SDG codes, and how many plans use each.</summary>
internal static class ConceptsCommand
{
    public static Command Create(CommandContext context)
    {
        var format = OutputFormat.ForQueries();
        var command = new Command("concepts", "List the concepts indicators share across plans: id, Chinese and English name, WHO GHO and SDG codes, and how many plans use each (compare takes an id or a name).");
        format.AddTo(command);

        command.SetAction(result => Execute(context, format.IsJson(result)));
        return command;
    }

    private sealed record Row(string Id, ConceptInfo? Info, string[] Plans);

    private static int Execute(CommandContext context, bool json)
    {
        var catalogue = context.Catalogue;
        var usedBy = catalogue.Plans
            .SelectMany(plan => plan.Indicators.Select(indicator => (indicator.Concept, Plan: plan.Id)))
            .GroupBy(use => use.Concept, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(use => use.Plan).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var rows = catalogue.Concepts.Select(concept => concept.Id).Concat(usedBy.Keys)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal)
            .Select(id => new Row(id, catalogue.FindConcept(id), usedBy.TryGetValue(id, out var plans) ? plans : Array.Empty<string>()))
            .ToArray();

        if (json)
        {
            JsonOutput.Write(context.Output, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("concepts");
                foreach (var row in rows)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", row.Id);
                    writer.WriteString("nameZh", row.Info?.NameZh);
                    writer.WriteString("nameEn", row.Info?.NameEn);
                    writer.WriteString("whoGho", row.Info?.WhoGho);
                    writer.WriteString("sdg", row.Info?.Sdg);
                    writer.WriteNumber("planCount", row.Plans.Length);
                    writer.WriteStartArray("plans");
                    foreach (var plan in row.Plans)
                    {
                        writer.WriteStringValue(plan);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        var table = new Table { Border = TableBorder.Rounded }
            .AddColumn("Concept")
            .AddColumn("Name")
            .AddColumn("WHO GHO")
            .AddColumn("SDG")
            .AddColumn(new TableColumn("Plans").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow(
                new Text(row.Id),
                new Text(row.Info is null ? "—" : row.Info.NameZh + "\n" + row.Info.NameEn),
                new Text(row.Info?.WhoGho ?? "—"),
                new Text(row.Info?.Sdg ?? "—"),
                new Text(row.Plans.Length.ToString(CultureInfo.InvariantCulture)));
        }

        context.Console.Write(table);
        int shared = rows.Count(row => row.Plans.Length > 1);
        context.Console.Write(new Text($"{rows.Length} concepts, {shared} used by more than one plan. Compare one: {context.CommandName} compare <concept id or name>.\n"));
        return ExitCodes.Success;
    }
}
