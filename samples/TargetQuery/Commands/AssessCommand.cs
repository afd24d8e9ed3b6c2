using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using HealthPlan.Catalogue.TargetQuery.Input;
using HealthPlan.Catalogue.TargetQuery.Rendering;
using Spectre.Console;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>
/// <c>assess &lt;plan&gt; --actuals &lt;file&gt;</c>: assesses measured values against the plan's targets.
/// Exit 0 when every counted target is met (binding targets when the plan marks any indicator binding,
/// otherwise every assessed target), 1 when some counted target is not met or cannot be told, 2 on bad input.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CommandContext context)
    {
        var plan = new Argument<string>("plan") { Description = "The plan's id, for example fuxin-2016-2020." };
        var actuals = new Option<string>("--actuals", "-a")
        {
            Description = "A .csv file with the header indicator,year,value[,scope][,unit], or a .json array of objects with those fields.",
            Required = true,
        };
        var output = OutputFormat.CreateOption();
        var command = new Command("assess", "Assess measured values against a plan's targets: met, not met or cannot tell, with the gap and the progress from the baseline.")
        {
            plan, actuals, output,
        };
        command.SetAction(result => Execute(
            context,
            result.GetValue(plan) ?? string.Empty,
            result.GetValue(actuals) ?? string.Empty,
            OutputFormat.IsJson(result, output)));
        return command;
    }

    /// <summary>One target assessed against one actual value.</summary>
    private sealed record Assessed(ActualRow Row, TargetAssessment Assessment, IReportedValue? Baseline, double? Progress, bool Counted);

    private static int Execute(CommandContext context, string planId, string actualsPath, bool json)
    {
        if (Lookup.FindPlan(context, planId) is not { } plan)
        {
            return ExitCodes.BadInput;
        }

        var file = ActualsReader.Read(actualsPath, plan);
        if (file.Problems.Count > 0)
        {
            foreach (var problem in file.Problems)
            {
                context.Error.WriteLine("error: " + problem);
            }

            context.Error.WriteLine($"error: {file.Problems.Count} problem{(file.Problems.Count == 1 ? string.Empty : "s")} in {actualsPath}; nothing was assessed");
            return ExitCodes.BadInput;
        }

        bool planHasBinding = plan.Indicators.Any(indicator => indicator.Attribute == IndicatorAttribute.Binding);
        var assessed = new List<Assessed>();
        foreach (var row in file.Rows)
        {
            foreach (var target in row.Targets)
            {
                var assessment = target.AssessValue(row.Value);
                var baseline = FindBaseline(plan, row.Indicator, target);
                double? progress = null;
                if (baseline is not null && assessment.Threshold is double threshold && threshold != baseline.Value)
                {
                    progress = (row.Value - baseline.Value) / (threshold - baseline.Value);
                }

                bool countsTowardExit = !planHasBinding || row.Indicator.Attribute == IndicatorAttribute.Binding;
                assessed.Add(new Assessed(row, assessment, baseline, progress, countsTowardExit));
            }
        }

        var counted = assessed.Where(item => item.Counted).ToArray();
        int exitCode = counted.All(item => item.Assessment.Outcome == AssessmentOutcome.Met) ? ExitCodes.Success : ExitCodes.Failed;
        if (json)
        {
            WriteJson(context, plan, actualsPath, planHasBinding, assessed, exitCode);
        }
        else
        {
            WriteTable(context, plan, planHasBinding, assessed, counted);
        }

        return exitCode;
    }

    /// <summary>
    /// The value progress is measured from: the value of the target's baseline year when it has one;
    /// otherwise the latest value before the plan's period (the period's baseline), else the earliest
    /// value before the target year. Values of the target's scope are preferred, then the whole indicator's.
    /// </summary>
    private static IReportedValue? FindBaseline(Plan plan, IIndicator indicator, ITarget target)
    {
        var values = indicator.Values.Where(value => value.Scope == target.Scope).ToArray();
        if (values.Length == 0)
        {
            values = indicator.Values.Where(value => value.Scope is null).ToArray();
        }

        if (target.BaselineYear is int baselineYear)
        {
            return values.FirstOrDefault(value => value.Year == baselineYear);
        }

        return values.Where(value => value.Year < plan.PeriodStart).OrderByDescending(value => value.Year).FirstOrDefault()
            ?? values.Where(value => value.Year < target.Year).OrderBy(value => value.Year).FirstOrDefault();
    }

    private static void WriteTable(CommandContext context, Plan plan, bool planHasBinding, IReadOnlyList<Assessed> assessed, IReadOnlyList<Assessed> counted)
    {
        var console = context.Console;
        console.Write(new Markup($"[bold]{Markup.Escape(plan.NameZh)}[/] ({Markup.Escape(plan.Id)})\n"));
        var table = new Table { Border = TableBorder.Rounded }
            .AddColumn(new TableColumn("Indicator").NoWrap())
            .AddColumn("Year")
            .AddColumn(new TableColumn("Actual").RightAligned())
            .AddColumn("Target")
            .AddColumn("Attribute")
            .AddColumn("Result")
            .AddColumn(new TableColumn("Gap").RightAligned())
            .AddColumn("Progress from baseline");
        foreach (var item in assessed)
        {
            var row = item.Row;
            var assessment = item.Assessment;
            var unit = row.Indicator.Unit;
            table.AddRow(
                new Text(row.Indicator.Id + (row.Scope is null ? string.Empty : " (" + row.Scope + ")") + "\n" + row.Indicator.NameZh),
                new Text(row.Year.ToString(CultureInfo.InvariantCulture)),
                new Text(unit.Format(row.Value)),
                new Text(assessment.Target.Describe()),
                new Text(Words.AttributeCell(row.Indicator.Attribute)),
                new Markup($"[{OutcomeColour(assessment.Outcome)}]{assessment.Outcome.Describe()}[/]"),
                new Text(assessment.GapText ?? "—"),
                new Text(Progress(item)));
        }

        console.Write(table);
        foreach (var item in assessed.Where(item => item.Assessment.Outcome == AssessmentOutcome.CannotTell))
        {
            console.Write(new Text($"{item.Row.Indicator.Id} {item.Row.Year.ToString(CultureInfo.InvariantCulture)}: {item.Assessment.Explanation}\n"));
        }

        int met = assessed.Count(item => item.Assessment.Outcome == AssessmentOutcome.Met);
        int notMet = assessed.Count(item => item.Assessment.Outcome == AssessmentOutcome.NotMet);
        int cannotTell = assessed.Count - met - notMet;
        console.Write(new Text($"{assessed.Count} target{(assessed.Count == 1 ? string.Empty : "s")} assessed: {Wording.Tally(met, notMet, cannotTell)}.\n"));
        int countedMet = counted.Count(item => item.Assessment.Outcome == AssessmentOutcome.Met);
        console.Write(new Text(planHasBinding
            ? $"Binding targets: {countedMet} of {counted.Count} met.\n"
            : $"{plan.Id} marks no indicator as binding (约束性): every assessed target counts; {countedMet} of {counted.Count} met.\n"));
    }

    private static string Progress(Assessed item)
    {
        if (item.Baseline is not { } baseline)
        {
            return "—";
        }

        string from = $"from {baseline}";
        return item.Progress is double progress
            ? (progress * 100).ToString("0.#", CultureInfo.InvariantCulture) + " % " + from
            : "— " + from;
    }

    private static void WriteJson(CommandContext context, Plan plan, string path, bool planHasBinding, IReadOnlyList<Assessed> assessed, int exitCode)
    {
        JsonOutput.Write(context.Output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("plan", plan.Id);
            writer.WriteString("actuals", path);
            writer.WriteString("counted", planHasBinding ? "binding" : "all");
            writer.WriteStartArray("assessments");
            foreach (var item in assessed)
            {
                var row = item.Row;
                var assessment = item.Assessment;
                var target = assessment.Target;
                writer.WriteStartObject();
                writer.WriteNumber("line", row.Line);
                writer.WriteString("indicator", row.Indicator.Id);
                writer.WriteString("nameZh", row.Indicator.NameZh);
                writer.WriteString("nameEn", row.Indicator.NameEn);
                writer.WriteNumber("year", row.Year);
                writer.WriteString("scope", row.Scope);
                writer.WriteNumber("actual", row.Value);
                CatalogueJson.WriteUnit(writer, "unit", row.Indicator.Unit);
                writer.WriteString("attribute", Words.Attribute(row.Indicator.Attribute));
                writer.WriteBoolean("counted", item.Counted);
                writer.WritePropertyName("target");
                CatalogueJson.WriteTarget(writer, target);
                writer.WriteString("outcome", Words.Outcome(assessment.Outcome));
                writer.WriteNumberOrNull("threshold", assessment.Threshold);
                writer.WriteNumberOrNull("gap", assessment.Gap);
                if (item.Baseline is { } baseline)
                {
                    writer.WriteStartObject("baseline");
                    writer.WriteNumber("year", baseline.Year);
                    writer.WriteNumber("value", baseline.Value);
                    writer.WriteString("scope", baseline.Scope);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNull("baseline");
                }

                writer.WriteNumberOrNull("progressPercent", item.Progress is double progress ? Math.Round(progress * 100, 6) : null);
                writer.WriteString("explanation", assessment.Explanation);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("assessed", assessed.Count);
            writer.WriteNumber("met", assessed.Count(item => item.Assessment.Outcome == AssessmentOutcome.Met));
            writer.WriteNumber("notMet", assessed.Count(item => item.Assessment.Outcome == AssessmentOutcome.NotMet));
            writer.WriteNumber("cannotTell", assessed.Count(item => item.Assessment.Outcome == AssessmentOutcome.CannotTell));
            writer.WriteNumber("counted", assessed.Count(item => item.Counted));
            writer.WriteNumber("countedMet", assessed.Count(item => item.Counted && item.Assessment.Outcome == AssessmentOutcome.Met));
            writer.WriteEndObject();
            writer.WriteNumber("exitCode", exitCode);
            writer.WriteEndObject();
        });
    }

    private static string OutcomeColour(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.Met => "green",
        AssessmentOutcome.NotMet => "red",
        _ => "yellow",
    };
}
