using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using HealthPlan.Catalogue.TargetQuery.Input;
using HealthPlan.Catalogue.TargetQuery.Rendering;
using Spectre.Console;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary><c>show &lt;plan&gt;</c>: a plan's indicators with baseline, targets, attribute and source lines.</summary>
internal static class ShowCommand
{
    public static Command Create(CommandContext context)
    {
        var plan = new Argument<string>("plan") { Description = "The plan's id, for example fuxin-2016-2020 (see 'plans')." };
        var category = new Option<string?>("--category", "-c") { Description = "Only indicators of this category, for example health-status (any case)." };
        var binding = new Option<bool>("--binding", "-b") { Description = "Only binding (约束性) indicators." };
        var only = new Option<string?>("--indicator", "-i") { Description = "Only this indicator: its id or its Chinese or English name (婴儿死亡率)." };
        var format = OutputFormat.ForQueries();
        var command = new Command("show", "Show a plan: every indicator with its unit, baseline, targets, attribute and source lines.")
        {
            plan, category, binding, only,
        };
        format.AddTo(command);

        command.SetAction(result => Execute(
            context,
            result.GetValue(plan) ?? string.Empty,
            result.GetValue(category),
            result.GetValue(binding),
            result.GetValue(only),
            format.IsJson(result)));
        return command;
    }

    private static int Execute(CommandContext context, string planId, string? category, bool bindingOnly, string? indicatorText, bool json)
    {
        if (Lookup.FindPlan(context, planId) is not { } plan)
        {
            return ExitCodes.BadInput;
        }

        IEnumerable<IIndicator> selected = plan.Indicators;
        if (category is not null)
        {
            var categories = plan.Indicators.Select(indicator => indicator.Category).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
            if (categories.FirstOrDefault(c => c.Equals(category, StringComparison.OrdinalIgnoreCase)) is not { } known)
            {
                string hint = Suggestions.DidYouMean(category, categories);
                return context.Fail($"plan {plan.Id} has no indicators in category '{category}'"
                    + (hint.Length > 0 ? hint : "; its categories: " + string.Join(", ", categories)));
            }

            category = known;
            selected = selected.Where(indicator => indicator.Category == category);
        }

        if (bindingOnly)
        {
            selected = selected.Where(indicator => indicator.Attribute == IndicatorAttribute.Binding);
        }

        if (indicatorText is not null)
        {
            if (Lookup.FindIndicator(plan, indicatorText) is not { } wanted)
            {
                string hint = Suggestions.DidYouMean(indicatorText, plan.Indicators.Select(indicator => indicator.Id).Concat(plan.Indicators.Select(indicator => indicator.NameZh)));
                return context.Fail($"plan {plan.Id} has no indicator '{indicatorText}'"
                    + (hint.Length > 0 ? hint : $" ('{context.CommandName} show {plan.Id}' lists them)"));
            }

            selected = selected.Where(indicator => ReferenceEquals(indicator, wanted));
        }

        var indicators = selected.ToArray();
        if (json)
        {
            JsonOutput.Write(context.Output, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartObject("plan");
                CatalogueJson.WritePlanFields(writer, plan);
                writer.WriteEndObject();
                writer.WriteStartObject("filter");
                writer.WriteString("category", category);
                writer.WriteBoolean("binding", bindingOnly);
                if (indicatorText is not null)
                {
                    writer.WriteString("indicator", indicators.Length == 1 ? indicators[0].Id : indicatorText);
                }

                writer.WriteEndObject();
                CatalogueJson.WriteIndicators(writer, indicators);
                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        var console = context.Console;
        console.Write(new Markup($"[bold]{Markup.Escape(plan.NameZh)}[/] ({Markup.Escape(plan.Id)})"));
        console.WriteLine();
        console.Write(new Text($"{plan.NameEn}\n{Words.Region(plan.Region)}"
            + (plan.Region.ParentZh is { } parent ? " (" + parent + ")" : string.Empty)
            + $", {Words.Level(plan.Region.Level)}, {Words.Period(plan)}. Source: {plan.Document}\n"));

        var table = new Table { Border = TableBorder.Rounded, ShowRowSeparators = true }
            .AddColumn(new TableColumn("Indicator").NoWrap())
            .AddColumn("Name")
            .AddColumn("Unit")
            .AddColumn("Baseline")
            .AddColumn("Targets")
            .AddColumn("Attribute")
            .AddColumn(new TableColumn("Lines").RightAligned());
        foreach (var indicator in indicators)
        {
            table.AddRow(
                new Text(indicator.Id + "\n" + indicator.Category),
                new Text(indicator.NameZh + "\n" + indicator.NameEn),
                new Text(Words.UnitCell(indicator.Unit)),
                new Text(Words.Baselines(indicator) is { Count: > 0 } baselines ? string.Join("\n", baselines) : "—"),
                new Text(indicator.Targets.Count == 0 ? "—" : string.Join("\n", indicator.Targets.Select(Words.TargetWithProgress))),
                new Text(Words.AttributeCell(indicator.Attribute)),
                new Text(Words.SourceLines(indicator)));
        }

        string filter = (category is null ? string.Empty : $" in category {category}") + (bindingOnly ? ", binding only" : string.Empty)
            + (indicatorText is null ? string.Empty : $", indicator '{indicatorText}'");
        console.Write(table);
        console.Write(new Text($"{indicators.Length} of {plan.Indicators.Count} indicators{filter}, {CatalogueJson.TargetCount(indicators)} targets.\n"));

        if (bindingOnly && !plan.Indicators.Any(indicator => indicator.Attribute == IndicatorAttribute.Binding))
        {
            console.Write(new Text($"{plan.Id} does not mark any indicator as binding (约束性).\n"));
        }

        return ExitCodes.Success;
    }
}
