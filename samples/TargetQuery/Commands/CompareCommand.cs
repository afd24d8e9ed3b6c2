using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using HealthPlan.Catalogue.TargetQuery.Input;
using HealthPlan.Catalogue.TargetQuery.Rendering;
using Spectre.Console;
using UnitInfo = HealthPlan.Catalogue.Units.UnitInfo;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>
/// <c>compare &lt;concept&gt;</c>: every indicator of a concept across plans, side by side, in the most
/// common unit; values and targets stated in another unit of the same dimension are converted and marked.
/// National plans (region level <see cref="AdministrativeLevel.Country"/>) come first, with their sources, and each
/// regional target is set against the national targets of its year: the gap, and whether the region asks for more.
/// </summary>
internal static class CompareCommand
{
    /// <summary>Marks a converted cell.</summary>
    private const string ConvertedMark = " *";

    public static Command Create(CommandContext context)
    {
        var concept = new Argument<string>("concept") { Description = "The concept: its id (infant-mortality-rate) or its name (婴儿死亡率, Infant mortality rate); 'concepts' lists them." };
        var format = OutputFormat.ForQueries();
        var command = new Command("compare", "Compare one indicator (a concept) across plans: values and targets side by side, in one unit.")
        {
            concept,
        };
        format.AddTo(command);

        command.SetAction(result => Execute(context, result.GetValue(concept) ?? string.Empty, format.IsJson(result)));
        return command;
    }

    private static int Execute(CommandContext context, string text, bool json)
    {
        if (Lookup.FindConcept(context, text) is not { } concept)
        {
            return ExitCodes.BadInput;
        }

        var indicators = context.Catalogue.FindByConcept(concept).ToArray();
        if (indicators.Length == 0)
        {
            return context.Fail($"no indicator of any plan links to the concept '{concept}'");
        }

        var unit = CommonUnit(indicators);
        var rows = indicators.Select(indicator => new Row(indicator, unit, IsNational(context, indicator))).ToArray();
        var national = rows.Where(row => row.National).ToArray();
        if (json)
        {
            WriteJson(context, concept, unit, rows, national);
            return ExitCodes.Success;
        }

        var console = context.Console;
        int plans = indicators.Select(indicator => indicator.PlanId).Distinct(StringComparer.Ordinal).Count();
        console.Write(new Markup($"[bold]{Markup.Escape(concept)}[/]"));
        console.Write(new Text($": {indicators.Length} indicators in {plans} plans, compared in {Words.UnitCell(unit)} ({unit.NameEn})\n"));
        if (context.Catalogue.FindConcept(concept) is { } definition)
        {
            string codes = string.Join(", ", new[] { definition.WhoGho is null ? null : "WHO GHO " + definition.WhoGho, definition.Sdg is null ? null : "SDG " + definition.Sdg }.Where(code => code is not null));
            console.Write(new Text($"{definition.NameZh} {definition.NameEn}{(codes.Length == 0 ? string.Empty : " (" + codes + ")")}\n"));
        }

        if (national.Length > 0)
        {
            console.Write(new Text("National reference targets (中国 China):\n"));
            var reference = new Table { Border = TableBorder.Rounded, ShowRowSeparators = true }
                .AddColumn("Plan")
                .AddColumn("Unit")
                .AddColumn("Values")
                .AddColumn("Targets")
                .AddColumn("Sources");
            foreach (var row in national)
            {
                reference.AddRow(
                    new Text(row.Indicator.PlanId),
                    new Text(row.UnitCell),
                    new Text(Lines(row.Values.Select(value => value.Text))),
                    new Text(Lines(row.Targets.Select(target => target.Text))),
                    new Text(Lines(Sources(row.Indicator))));
            }

            console.Write(reference);
            console.Write(new Text("Regional targets, against the national targets of the same year:\n"));
        }

        var table = new Table { Border = TableBorder.Rounded, ShowRowSeparators = true }
            .AddColumn("Plan")
            .AddColumn("Region")
            .AddColumn("Indicator")
            .AddColumn("Unit")
            .AddColumn("Values")
            .AddColumn("Targets");
        if (national.Length > 0)
        {
            table.AddColumn("Versus national");
        }

        table.AddColumn("Note");
        foreach (var row in rows.Where(row => !row.National))
        {
            var indicator = row.Indicator;
            var plan = context.Catalogue.FindPlan(indicator.PlanId);
            string name = indicator.NameZh + "\n" + indicator.NameEn + (indicator.Id == concept ? string.Empty : "\n(" + indicator.Id + ")");
            var cells = new List<Text>
            {
                new(indicator.PlanId),
                new(plan is null ? "—" : Words.Region(plan.Region)),
                new(name),
                new(row.UnitCell),
                new(Lines(row.Values.Select(value => value.Text))),
                new(Lines(row.Targets.Select(target => target.Text))),
            };
            if (national.Length > 0)
            {
                cells.Add(new Text(Lines(row.Targets.Select(target => VersusNationText(row, target.Source, national)))));
            }

            cells.Add(new Text(row.Notes.Count == 0 ? string.Empty : string.Join("\n", row.Notes)));
            table.AddRow(cells);
        }

        console.Write(table);
        if (rows.Any(row => row.Converted))
        {
            console.Write(new Text($"{ConvertedMark.Trim()} converted to {Words.UnitCell(unit)} from the unit the plan states (see Note).\n"));
        }

        return ExitCodes.Success;
    }

    private static bool IsNational(CommandContext context, IIndicator indicator)
        => context.Catalogue.FindPlan(indicator.PlanId)?.Region.Level == AdministrativeLevel.Country;

    private static string Lines(IEnumerable<string> lines)
    {
        string text = string.Join("\n", lines);
        return text.Length == 0 ? "—" : text;
    }

    /// <summary>Each published document an indicator's numbers are quoted from: <c>《…》 新华社, 2016-10-26, secondary copy</c> and its address.</summary>
    private static IEnumerable<string> Sources(IIndicator indicator)
        => indicator.Values.Select(value => value.Source).Concat(indicator.Targets.Select(target => target.Source))
            .Select(source => source.Published?.ToString() ?? source.Document + (source.Line is int line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty))
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// A regional target against each national target of its year, in the row's unit: <c>2020: −1.2 ‰, stricter than
    /// &lt; 7.5 ‰ (china-2016-2020)</c>; a regional target of a year no national plan sets reads <c>2025: no national target</c>.
    /// </summary>
    private static string VersusNationText(Row row, ITarget target, IReadOnlyList<Row> national)
    {
        string year = target.Year.ToString(CultureInfo.InvariantCulture) + ": ";
        var comparisons = VersusNation(row, target, national).ToArray();
        if (comparisons.Length == 0)
        {
            return year + "no national target";
        }

        return year + string.Join("; ", comparisons.Select(comparison => comparison.Gap is double gap
            ? $"{(gap > 0 ? "+" : string.Empty)}{row.Unit.Format(gap)}, {comparison.Verdict} {comparison.NationalText} ({comparison.NationalTarget.Indicator.PlanId})"
            : $"{comparison.Verdict} {comparison.NationalText} ({comparison.NationalTarget.Indicator.PlanId})"));
    }

    /// <summary>One regional target set against one national target of the same year and scope.</summary>
    /// <param name="NationalTarget">The national target.</param>
    /// <param name="NationalText">The national target in the row's unit.</param>
    /// <param name="Gap">Regional minus national threshold, in the row's unit; null when either has none (a relative target without its baseline).</param>
    /// <param name="Verdict"><c>stricter than</c>, <c>looser than</c>, <c>the same as</c>, <c>different from</c> (neutral indicator) or <c>cannot compare with</c>.</param>
    private sealed record NationComparison(ITarget NationalTarget, string NationalText, double? Gap, string Verdict);

    private static IEnumerable<NationComparison> VersusNation(Row row, ITarget target, IReadOnlyList<Row> national)
    {
        foreach (var reference in national.Where(candidate => candidate.Comparable))
        {
            foreach (var nationalTarget in reference.Indicator.JudgedTargets(target.Year, target.Scope))
            {
                double? regional = target.ThresholdValue is double r ? row.Convert(r) : null;
                double? nation = nationalTarget.ThresholdValue is double n ? reference.Convert(n) : null;
                double? gap = regional is double a && nation is double b && row.Comparable ? a - b : null;
                yield return new NationComparison(nationalTarget, nationalTarget.Describe(reference.Unit), gap, Verdict(row.Indicator.Direction, gap));
            }
        }
    }

    private static string Verdict(Direction direction, double? gap) => gap switch
    {
        null => "cannot compare with",
        double g when Math.Abs(g) < 1e-9 => "the same as",
        double g => direction switch
        {
            Direction.HigherIsBetter => g > 0 ? "stricter than" : "looser than",
            Direction.LowerIsBetter => g < 0 ? "stricter than" : "looser than",
            _ => "different from",
        },
    };

    /// <summary>The unit most indicators use; on a tie, the first plan's.</summary>
    private static UnitInfo CommonUnit(IReadOnlyList<IIndicator> indicators)
        => indicators
            .Select((indicator, index) => (indicator.Unit, index))
            .GroupBy(entry => entry.Unit.Id, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Min(entry => entry.index))
            .First()
            .First()
            .Unit;

    private static void WriteJson(CommandContext context, string concept, UnitInfo unit, IReadOnlyList<Row> rows, IReadOnlyList<Row> national)
    {
        JsonOutput.Write(context.Output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("concept", concept);
            if (context.Catalogue.FindConcept(concept) is { } definition)
            {
                writer.WriteString("nameEn", definition.NameEn);
                writer.WriteString("nameZh", definition.NameZh);
                writer.WriteString("whoGho", definition.WhoGho);
                writer.WriteString("sdg", definition.Sdg);
            }

            CatalogueJson.WriteUnit(writer, "unit", unit);
            writer.WriteStartArray("indicators");
            foreach (var row in rows)
            {
                var indicator = row.Indicator;
                var plan = context.Catalogue.FindPlan(indicator.PlanId);
                writer.WriteStartObject();
                writer.WriteString("plan", indicator.PlanId);
                if (plan is not null)
                {
                    CatalogueJson.WriteRegion(writer, plan.Region);
                }

                writer.WriteBoolean("national", row.National);
                writer.WriteString("indicator", indicator.Id);
                writer.WriteString("nameZh", indicator.NameZh);
                writer.WriteString("nameEn", indicator.NameEn);
                CatalogueJson.WriteUnit(writer, "unit", row.Unit);
                CatalogueJson.WriteUnit(writer, "statedUnit", indicator.Unit);
                writer.WriteBoolean("converted", row.Converted);
                writer.WriteBoolean("comparable", row.Comparable);
                writer.WriteString("direction", Words.Direction(indicator.Direction));
                writer.WriteString("attribute", Words.Attribute(indicator.Attribute));
                writer.WriteStartArray("values");
                foreach (var value in row.Values)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("year", value.Source.Year);
                    writer.WriteNumber("value", row.Convert(value.Source.Value));
                    writer.WriteNumber("statedValue", value.Source.Value);
                    writer.WriteString("scope", value.Source.Scope);
                    writer.WriteString("text", value.Text.Replace(ConvertedMark, string.Empty, StringComparison.Ordinal));
                    CatalogueJson.WriteSource(writer, value.Source.Source);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("targets");
                foreach (var target in row.Targets)
                {
                    var t = target.Source;
                    bool convertsValue = row.Converted && !t.IsRelative;
                    writer.WriteStartObject();
                    writer.WriteNumber("year", t.Year);
                    writer.WriteString("operator", Words.Operator(t.Operator));
                    writer.WriteNumberOrNull("value", convertsValue && t.Value is double v ? row.Convert(v) : t.Value);
                    writer.WriteNumberOrNull("valueMax", convertsValue && t.ValueMax is double max ? row.Convert(max) : t.ValueMax);
                    writer.WriteNumberOrNull("statedValue", t.Value);
                    writer.WriteNumberOrNull("statedValueMax", t.ValueMax);
                    writer.WriteString("scope", t.Scope);
                    writer.WriteBoolean("previousPeriod", t.IsPreviousPeriod);
                    writer.WriteString("text", target.Text.Replace(ConvertedMark, string.Empty, StringComparison.Ordinal));
                    writer.WriteString("statedText", t.ToString());
                    CatalogueJson.WriteSource(writer, t.Source);
                    if (!row.National)
                    {
                        writer.WriteStartArray("versusNation");
                        foreach (var comparison in VersusNation(row, t, national))
                        {
                            writer.WriteStartObject();
                            writer.WriteString("plan", comparison.NationalTarget.Indicator.PlanId);
                            writer.WriteString("target", comparison.NationalText);
                            writer.WriteNumberOrNull("gap", comparison.Gap);
                            writer.WriteString("verdict", comparison.Verdict);
                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("notes");
                foreach (var note in row.Notes)
                {
                    writer.WriteStringValue(note);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>A value or target with the text shown for it (converted and marked when needed).</summary>
    private sealed record Cell<T>(T Source, string Text);

    /// <summary>One indicator as the comparison shows it.</summary>
    private sealed class Row
    {
        public Row(IIndicator indicator, UnitInfo common, bool national)
        {
            Indicator = indicator;
            National = national;
            var stated = indicator.Unit;
            bool same = stated.Id == common.Id;
            Converted = !same && stated.IsConvertibleTo(common);
            Comparable = same || Converted;
            Unit = Converted ? common : stated;
            UnitCell = Converted ? $"{Words.UnitCell(common)} (from {Words.UnitCell(stated)})" : Words.UnitCell(stated);

            Values = indicator.Values
                .Select(value => new Cell<IReportedValue>(value, Converted ? ConvertedValueText(value) + ConvertedMark : value.ToString() ?? string.Empty))
                .ToArray();
            Targets = indicator.Targets
                .Select(target => new Cell<ITarget>(target, Converted ? ConvertedTargetText(target) + ConvertedMark : target.ToString() ?? string.Empty))
                .ToArray();

            var notes = new List<string>();
            if (Converted)
            {
                var statedItems = indicator.Values.Select(value => value.ToString() ?? string.Empty)
                    .Concat(indicator.Targets.Select(target => target.ToString() ?? string.Empty));
                notes.Add($"stated in {Words.UnitCell(stated)} ({stated.NameEn}): {string.Join("; ", statedItems)}");
            }
            else if (!same)
            {
                notes.Add($"different unit: {Words.UnitCell(stated)} ({stated.NameEn}), not convertible to {Words.UnitCell(common)}");
            }

            notes.AddRange(indicator.Notes);
            notes.AddRange(indicator.Values.Where(value => value.Note is not null)
                .Select(value => $"{value.Year.ToString(CultureInfo.InvariantCulture)} value: {value.Note}"));
            notes.AddRange(indicator.Targets.Where(target => target.Note is not null)
                .Select(target => $"{target.Year.ToString(CultureInfo.InvariantCulture)} target: {target.Note}"));
            Notes = notes;
        }

        public IIndicator Indicator { get; }

        /// <summary>Whether the indicator belongs to a national plan.</summary>
        public bool National { get; }

        /// <summary>The unit the row is shown in.</summary>
        public UnitInfo Unit { get; }

        /// <summary>Whether values and targets were converted from the plan's unit.</summary>
        public bool Converted { get; }

        /// <summary>Whether the row is in the common unit (as stated or converted).</summary>
        public bool Comparable { get; }

        public string UnitCell { get; }

        public IReadOnlyList<Cell<IReportedValue>> Values { get; }

        public IReadOnlyList<Cell<ITarget>> Targets { get; }

        public IReadOnlyList<string> Notes { get; }

        /// <summary>A number in the plan's unit, in the unit the row is shown in.</summary>
        public double Convert(double value) => Converted ? Indicator.Unit.ConvertTo(value, Unit) : value;

        private string ConvertedValueText(IReportedValue value) => value.Describe(Unit);

        /// <summary>A target in words, in the converted unit: <c>≤ 13 ‰ by 2020</c>.</summary>
        private string ConvertedTargetText(ITarget target) => target.DescribeWithYear(Unit);
    }
}
