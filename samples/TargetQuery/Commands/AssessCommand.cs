using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text;
using HealthPlan.Catalogue.Fhir;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.TargetQuery.Input;
using HealthPlan.Catalogue.TargetQuery.Rendering;
using Spectre.Console;
using Spectre.Console.Rendering;

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
            Description = "A .csv file (comma, semicolon or tab separated; UTF-8 or GB18030) with the header indicator,year,value[,scope][,unit], or a .json array of objects with those fields. Indicators by id or name; a unit of the same dimension is converted.",
            Required = true,
        };
        var format = OutputFormat.ForQueries("fhir (a FHIR R4 Bundle of MeasureReports: each value with the Goal it was judged against, the verdict and the progress).", ExportCommand.Fhir);
        var command = new Command("assess", "Assess measured values against a plan's targets: met, not met or cannot tell, with the gap and the progress from the baseline.")
        {
            plan, actuals,
        };
        format.AddTo(command);

        command.SetAction(result => Execute(
            context,
            result.GetValue(plan) ?? string.Empty,
            result.GetValue(actuals) ?? string.Empty,
            format.Get(result)));
        return command;
    }

    /// <summary>
    /// One actual value against one target: judged when the target is due in the value's year (<paramref name="Assessment"/>),
    /// and in every case the progress made towards it.
    /// </summary>
    private sealed record Assessed(ActualRow Row, ITarget Target, TargetAssessment? Assessment, TargetProgress Progress, bool Counted);

    private static int Execute(CommandContext context, string planId, string actualsPath, string format)
    {
        bool json = format == OutputFormat.Json;
        if (Lookup.FindPlan(context, planId) is not { } plan)
        {
            return ExitCodes.BadInput;
        }

        var file = ActualsReader.Read(actualsPath, plan);
        if (file.Problems.Count > 0)
        {
            return context.Fail(file.Problems, $"{file.Problems.Count} problem{(file.Problems.Count == 1 ? string.Empty : "s")} in {actualsPath}; nothing was assessed");
        }

        if (!json)
        {
            foreach (var note in file.Notes)
            {
                context.Note(note);
            }
        }

        bool planHasBinding = plan.Indicators.Any(indicator => indicator.Attribute == IndicatorAttribute.Binding);
        var assessed = new List<Assessed>();
        foreach (var row in file.Rows)
        {
            bool countsTowardExit = !planHasBinding || row.Indicator.Attribute == IndicatorAttribute.Binding;
            foreach (var target in row.Targets)
            {
                assessed.Add(new Assessed(row, target, target.AssessValue(row.Value), target.ProgressOf(row.Year, row.Value), countsTowardExit));
            }

            if (row.Targets.Count == 0)
            {
                // No target is due this year: the value is a step on the way to the next one.
                assessed.Add(new Assessed(row, row.Next, null, row.Next.ProgressOf(row.Year, row.Value), countsTowardExit));
            }
        }

        var judged = assessed.Where(item => item.Assessment is not null).ToArray();
        var counted = judged.Where(item => item.Counted).ToArray();
        int exitCode = counted.All(item => item.Assessment!.Outcome == AssessmentOutcome.Met) ? ExitCodes.Success : ExitCodes.Failed;
        if (json)
        {
            WriteJson(context, plan, actualsPath, file.Notes, planHasBinding, assessed, judged, exitCode);
        }
        else if (format == ExportCommand.Fhir)
        {
            if (!FhirSupport.IsSupported)
            {
                return context.Fail(FhirSupport.Unavailable);
            }

            WriteFhir(context, assessed);
        }
        else
        {
            WriteTable(context, plan, planHasBinding, assessed, judged, counted);
        }

        return exitCode;
    }

    /// <summary>A Bundle of MeasureReports: a verdict where a target was due, otherwise the progress towards the next.</summary>
    private static void WriteFhir(CommandContext context, IReadOnlyList<Assessed> assessed)
    {
        var reports = assessed.Select(item => item.Assessment is { } assessment
            ? assessment.ToFhirMeasureReport(item.Row.Year, item.Progress)
            : item.Progress.ToFhirMeasureReport());
        context.Output.WriteLine(FhirJson.Serialize(CatalogueFhir.Collection(reports)));
    }

    private static void WriteTable(CommandContext context, Plan plan, bool planHasBinding, IReadOnlyList<Assessed> assessed, IReadOnlyList<Assessed> judged, IReadOnlyList<Assessed> counted)
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
            .AddColumn("Progress towards the target");
        foreach (var item in assessed)
        {
            var row = item.Row;
            var assessment = item.Assessment;
            var unit = row.Indicator.Unit;
            table.AddRow(
                new Text(row.Indicator.Id + (row.Scope is null ? string.Empty : " (" + Echo.Safe(row.Scope) + ")") + "\n" + row.Indicator.NameZh),
                new Text(row.Year.ToString(CultureInfo.InvariantCulture)),
                new Text(unit.Format(row.Value)),
                new Text(assessment is null ? item.Target.DescribeWithYear() : item.Target.Describe()),
                new Text(Words.AttributeCell(row.Indicator.Attribute)),
                assessment is null
                    ? new Markup($"[grey]due {item.Target.Year.ToString(CultureInfo.InvariantCulture)}[/]")
                    : new Markup($"[{OutcomeColour(assessment.Outcome)}]{assessment.Outcome.Describe()}[/]"),
                new Text(assessment?.GapText ?? "—"),
                ProgressCell(item.Progress));
        }

        console.Write(table);
        foreach (var item in judged.Where(item => item.Assessment!.Outcome == AssessmentOutcome.CannotTell))
        {
            console.Write(new Text($"{item.Row.Indicator.Id} {item.Row.Year.ToString(CultureInfo.InvariantCulture)}: {item.Assessment!.Explanation}\n"));
        }

        int met = judged.Count(item => item.Assessment!.Outcome == AssessmentOutcome.Met);
        int notMet = judged.Count(item => item.Assessment!.Outcome == AssessmentOutcome.NotMet);
        int cannotTell = judged.Count - met - notMet;
        console.Write(new Text($"{judged.Count} target{(judged.Count == 1 ? string.Empty : "s")} assessed: {Wording.Tally(met, notMet, cannotTell)}.\n"));
        int onTheWay = assessed.Count - judged.Count;
        if (onTheWay > 0)
        {
            console.Write(new Text($"{onTheWay} value{(onTheWay == 1 ? string.Empty : "s")} of years before the target's: progress only.\n"));
        }

        int countedMet = counted.Count(item => item.Assessment!.Outcome == AssessmentOutcome.Met);
        console.Write(new Text(planHasBinding
            ? $"Binding targets: {countedMet} of {counted.Count} met.\n"
            : $"{plan.Id} marks no indicator as binding (约束性): every assessed target counts; {countedMet} of {counted.Count} met.\n"));
    }

    /// <summary>
    /// The status in words and colour, then how far the value has come: <c>50 % of the way from 80 % in 2020</c>, and
    /// before the target year the values expected now and the value the observed rate projects for the target year.
    /// </summary>
    private static IRenderable ProgressCell(TargetProgress progress)
    {
        var text = new StringBuilder($"[{ProgressColour(progress.Status)}]{Markup.Escape(progress.Status.Describe())}[/]");
        if (progress.Status == ProgressStatus.NotAvailable)
        {
            return new Markup(text.Append('\n').Append(Markup.Escape(progress.Reason ?? string.Empty)).ToString());
        }

        // The words are TargetProgress's own; the table only lays them out one per line.
        string from = "from " + progress.BaselineText;
        text.Append('\n').Append(Markup.Escape(progress.ShareText is string share ? share + " " + from : from));
        if (progress.Year < progress.TargetYear)
        {
            foreach (string? part in new[] { progress.ExpectedText, progress.ProjectedText })
            {
                if (part is not null)
                {
                    text.Append('\n').Append(Markup.Escape(part));
                }
            }
        }

        return new Markup(text.ToString());
    }

    private static void WriteJson(CommandContext context, Plan plan, string path, IReadOnlyList<Problem> notes, bool planHasBinding, IReadOnlyList<Assessed> assessed, IReadOnlyList<Assessed> judged, int exitCode)
    {
        JsonOutput.Write(context.Output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("plan", plan.Id);
            writer.WriteString("actuals", path);
            if (notes.Count > 0)
            {
                // Only when there are any, so the output of a plain file is what it always was.
                writer.WriteStartArray("notes");
                foreach (var note in notes)
                {
                    writer.WriteStartObject();
                    writer.WriteString("message", note.Message);
                    writer.WriteNumberOrNull("line", note.Line);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteString("counted", planHasBinding ? "binding" : "all");
            writer.WriteStartArray("assessments");
            foreach (var item in assessed)
            {
                var row = item.Row;
                var assessment = item.Assessment;
                var target = item.Target;
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
                writer.WriteBoolean("due", assessment is not null);
                writer.WriteString("outcome", assessment is null ? null : Words.Outcome(assessment.Outcome));
                writer.WriteNumberOrNull("threshold", assessment?.Threshold);
                writer.WriteNumberOrNull("gap", assessment?.Gap);
                writer.WriteString("explanation", assessment?.Explanation);
                CatalogueJson.WriteProgress(writer, item.Progress);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("assessed", judged.Count);
            writer.WriteNumber("met", judged.Count(item => item.Assessment!.Outcome == AssessmentOutcome.Met));
            writer.WriteNumber("notMet", judged.Count(item => item.Assessment!.Outcome == AssessmentOutcome.NotMet));
            writer.WriteNumber("cannotTell", judged.Count(item => item.Assessment!.Outcome == AssessmentOutcome.CannotTell));
            writer.WriteNumber("progressOnly", assessed.Count - judged.Count);
            writer.WriteNumber("counted", judged.Count(item => item.Counted));
            writer.WriteNumber("countedMet", judged.Count(item => item.Counted && item.Assessment!.Outcome == AssessmentOutcome.Met));
            writer.WriteEndObject();
            writer.WriteNumber("exitCode", exitCode);
            writer.WriteEndObject();
        });
    }

    private static string ProgressColour(ProgressStatus status) => status switch
    {
        ProgressStatus.TargetAchieved or ProgressStatus.SubstantialProgress => "green",
        ProgressStatus.ModerateProgress => "yellow",
        ProgressStatus.LimitedProgress => "darkorange",
        ProgressStatus.Deterioration => "red",
        _ => "grey",
    };

    private static string OutcomeColour(AssessmentOutcome outcome) => outcome switch
    {
        AssessmentOutcome.Met => "green",
        AssessmentOutcome.NotMet => "red",
        _ => "yellow",
    };
}
