using System.CommandLine;
using System.Globalization;
using System.Linq;
using HealthPlan.Catalogue.TargetQuery.Rendering;
using Spectre.Console;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary><c>plans</c>: every plan with its region, level, period and counts.</summary>
internal static class PlansCommand
{
    public static Command Create(CommandContext context)
    {
        var format = OutputFormat.ForQueries();
        var command = new Command("plans", "List every plan: id, region, level, administrative division code (GB/T 2260), period, number of indicators and targets.");
        format.AddTo(command);

        command.SetAction(result => Execute(context, format.IsJson(result)));
        return command;
    }

    private static int Execute(CommandContext context, bool json)
    {
        var plans = context.Catalogue.Plans;
        if (json)
        {
            JsonOutput.Write(context.Output, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("plans");
                foreach (var plan in plans)
                {
                    writer.WriteStartObject();
                    CatalogueJson.WritePlanFields(writer, plan);
                    writer.WriteNumber("indicatorCount", plan.Indicators.Count);
                    writer.WriteNumber("targetCount", CatalogueJson.TargetCount(plan.Indicators));
                    writer.WriteNumber("valueCount", plan.Indicators.Sum(indicator => indicator.Values.Count));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        var table = new Table { Border = TableBorder.Rounded }
            .AddColumn("Plan")
            .AddColumn("Region")
            .AddColumn("Level")
            .AddColumn("Code")
            .AddColumn("Period")
            .AddColumn(new TableColumn("Indicators").RightAligned())
            .AddColumn(new TableColumn("Targets").RightAligned())
            .AddColumn("Title");
        int indicators = 0;
        int targets = 0;
        foreach (var plan in plans)
        {
            int planTargets = CatalogueJson.TargetCount(plan.Indicators);
            indicators += plan.Indicators.Count;
            targets += planTargets;
            table.AddRow(
                new Text(plan.Id),
                new Text(Words.Region(plan.Region)),
                new Text(Words.Level(plan.Region.Level)),
                new Text(plan.Region.Code ?? "–"),
                new Text(Words.Period(plan)),
                new Text(plan.Indicators.Count.ToString(CultureInfo.InvariantCulture)),
                new Text(planTargets.ToString(CultureInfo.InvariantCulture)),
                new Text(plan.NameZh + "\n" + plan.NameEn));
        }

        context.Console.Write(table);
        context.Console.Write(new Text($"{plans.Count} plans, {indicators} indicators, {targets} targets.\n"));
        return ExitCodes.Success;
    }
}
