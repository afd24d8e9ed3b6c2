using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// Every seed target walked through every output: <c>show</c> and <c>export</c> (JSON, CSV, Markdown, FHIR) give the
/// baseline and the judged flag the runtime decides (<see cref="ITarget.Baseline"/>, <see cref="IIndicator.JudgedTargets"/>),
/// and <c>targetquery assess</c> judges the same targets, with progress from the same baseline, as the typed <c>Assess()</c>.
/// </summary>
public sealed class OutputsAgreeTests
{
    private static readonly PlanCatalogue Seeds = HealthPlan.Catalogue.Seeds.Plans.Catalogue;

    public static TheoryData<string> PlanIds()
    {
        var data = new TheoryData<string>();
        foreach (var plan in Seeds.Plans)
        {
            data.Add(plan.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PlanIds))]
    public void Show_and_the_json_export_give_each_target_the_runtimes_baseline_and_judged_flag(string planId)
    {
        var plan = Seeds.FindPlan(planId)!;
        foreach (var args in new[] { new[] { "show", planId, "--format", "json" }, new[] { "export", "--format", "json", "--plan", planId } })
        {
            var result = AppRunner.Run(args);
            Assert.True(result.ExitCode == 0, result.Error);
            using var document = JsonDocument.Parse(result.Output);
            var indicators = args[0] == "show"
                ? document.RootElement.GetProperty("indicators")
                : document.RootElement.GetProperty("plans")[0].GetProperty("indicators");
            foreach (var indicatorJson in indicators.EnumerateArray())
            {
                var indicator = plan.FindIndicator(indicatorJson.GetProperty("id").GetString()!)!;
                var targets = indicatorJson.GetProperty("targets").EnumerateArray().ToArray();
                Assert.Equal(indicator.Targets.Count, targets.Length);
                for (int i = 0; i < targets.Length; i++)
                {
                    string where = $"{args[0]} {planId} {indicator.Id} {indicator.Targets[i]}";
                    var target = indicator.Targets[i];
                    Assert.True(target.IsJudged == targets[i].GetProperty("judged").GetBoolean(), where);
                    var baseline = targets[i].GetProperty("baseline");
                    Assert.True(target.Baseline.Year == Optional(baseline, "year"), where);
                    Assert.True(target.Baseline.Value == OptionalNumber(baseline, "value"), where);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(PlanIds))]
    public void The_csv_and_markdown_exports_give_the_same_baselines(string planId)
    {
        var plan = Seeds.FindPlan(planId)!;
        var csv = AppRunner.Run("export", "--format", "csv", "--plan", planId, "--raw");
        Assert.True(csv.ExitCode == 0, csv.Error);
        var rows = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(CsvRecords.Split).ToArray();
        var header = rows[0];
        int kind = Array.IndexOf(header, "kind"), indicatorColumn = Array.IndexOf(header, "indicator");
        int judged = Array.IndexOf(header, "judged"), baseYear = Array.IndexOf(header, "baselineYear"), baseValue = Array.IndexOf(header, "baseline");
        var targetRows = rows.Skip(1).Where(row => row[kind] == "target").ToArray();
        var targets = plan.Indicators.SelectMany(indicator => indicator.Targets).ToArray();
        Assert.Equal(targets.Length, targetRows.Length);
        for (int i = 0; i < targets.Length; i++)
        {
            var target = targets[i];
            string where = $"csv {planId} {target.Indicator.Id} {target}";
            Assert.Equal(target.Indicator.Id, targetRows[i][indicatorColumn]);
            Assert.True((target.IsJudged ? "true" : "false") == targetRows[i][judged], where);
            Assert.True(Text(target.Baseline.Year) == targetRows[i][baseYear], where);
            Assert.True((target.Baseline.Value is double value ? Wording.Number(value) : string.Empty) == targetRows[i][baseValue], where);
        }

        var markdown = AppRunner.Run("export", "--format", "markdown", "--plan", planId);
        Assert.True(markdown.ExitCode == 0, markdown.Error);
        foreach (var indicator in plan.Indicators)
        {
            string row = markdown.Output.Split('\n').Single(line => line.StartsWith("| `" + indicator.Id + "` |", StringComparison.Ordinal));
            string baselineCell = row.Split(" | ")[4];
            foreach (var target in indicator.Targets.Where(target => target.Baseline.IsKnown))
            {
                Assert.Contains(target.Baseline.ToString(), baselineCell);
            }

            if (indicator.Targets.All(target => !target.Baseline.IsKnown) && indicator.Targets.Count > 0)
            {
                Assert.Equal(string.Empty, baselineCell.Trim());
            }
        }
    }

    [Theory]
    [MemberData(nameof(PlanIds))]
    public void The_fhir_export_gives_each_goal_the_same_baseline(string planId)
    {
        var plan = Seeds.FindPlan(planId)!;
        var result = AppRunner.Run("export", "--format", "fhir", "--plan", planId);
        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var goals = document.RootElement.GetProperty("entry").EnumerateArray()
            .Select(entry => entry.GetProperty("resource"))
            .Where(resource => resource.GetProperty("resourceType").GetString() == "Goal")
            .ToDictionary(goal => goal.GetProperty("id").GetString()!, goal => goal.Clone());
        foreach (var target in plan.Indicators.SelectMany(indicator => indicator.Targets))
        {
            var goal = goals[Fhir.Mapping.FhirIds.Goal(target)];
            string where = $"fhir {planId} {target.Indicator.Id} {target}";
            Assert.True((target.IsPreviousPeriod ? "completed" : "active") == goal.GetProperty("lifecycleStatus").GetString(), where);
            var baseline = goal.TryGetProperty("extension", out var extensions)
                ? extensions.EnumerateArray().SingleOrDefault(extension => extension.GetProperty("url").GetString()!.EndsWith("/target-baseline", StringComparison.Ordinal))
                : default;
            if (!target.Baseline.IsKnown)
            {
                Assert.True(baseline.ValueKind == JsonValueKind.Undefined, where);
                continue;
            }

            var parts = baseline.GetProperty("extension").EnumerateArray().ToDictionary(part => part.GetProperty("url").GetString()!, part => part.Clone());
            Assert.True(Text(target.Baseline.Year) == parts["year"].GetProperty("valueDate").GetString(), where);
            Assert.True(target.Baseline.Value == parts["value"].GetProperty("valueQuantity").GetProperty("value").GetDouble(), where);
        }
    }

    [Theory]
    [MemberData(nameof(PlanIds))]
    public void Targetquery_assess_and_the_typed_Assess_judge_the_same_targets_from_the_same_baselines(string planId)
    {
        var plan = Seeds.FindPlan(planId)!;
        foreach (int year in plan.Targets.Where(target => !target.IsPreviousPeriod).Select(target => target.Year).Distinct().Order())
        {
            // One value for each indicator with an unscoped target in that year: the target's own number, so some are met.
            var values = new Dictionary<IIndicator, double>();
            foreach (var indicator in plan.Indicators)
            {
                if (indicator.ProgressTarget(year) is ITarget next && next.Year == year && (next.ThresholdValue ?? (next.Operator.IsQualitative() ? 1 : null)) is double value)
                {
                    values[indicator] = value;
                }
            }

            using var folder = new TempFolder();
            var csv = new StringBuilder("indicator,year,value\n");
            foreach (var (indicator, value) in values)
            {
                csv.Append(indicator.Id).Append(',').Append(year.ToString(CultureInfo.InvariantCulture)).Append(',').Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }

            string file = folder.Write("actuals.csv", csv.ToString());
            var result = AppRunner.Run("assess", planId, "--actuals", file, "--format", "json");
            Assert.True(result.ExitCode is 0 or 1, result.Error);
            using var document = JsonDocument.Parse(result.Output);
            var rows = document.RootElement.GetProperty("assessments").EnumerateArray().ToArray();

            var typed = new AnyActuals(plan) { Year = year }.With(values).Assess();
            foreach (var indicator in values.Keys)
            {
                string where = $"assess {planId} {year} {indicator.Id}";
                var cliJudged = rows.Where(row => row.GetProperty("indicator").GetString() == indicator.Id && row.GetProperty("due").GetBoolean()).ToArray();
                var typedJudged = typed.Results.Where(result => result.Target.Indicator == indicator).ToArray();
                Assert.True(indicator.JudgedTargets(year).Count == typedJudged.Length, where + ": typed Assess()");
                Assert.True(typedJudged.Length == cliJudged.Length, where + ": targetquery assess");
                for (int i = 0; i < cliJudged.Length; i++)
                {
                    Assert.True(AssessmentTokens.Outcomes.TokenOf(typedJudged[i].Outcome) == cliJudged[i].GetProperty("outcome").GetString(), where);
                    Assert.True(typedJudged[i].Target.ToString() == cliJudged[i].GetProperty("target").GetProperty("text").GetString(), where);
                }

                var progress = typed.Progress.Single(item => item.Target.Indicator == indicator);
                Assert.Same(indicator.ProgressTarget(year), progress.Target);
                var cliProgress = rows.First(row => row.GetProperty("indicator").GetString() == indicator.Id).GetProperty("progress");
                Assert.True(progress.BaseYear == Optional(cliProgress, "baseYear"), where + ": base year");
                Assert.True(progress.StatusId == cliProgress.GetProperty("status").GetString(), where + ": status");
                if (progress.Target.Baseline.IsKnown && !progress.Target.Operator.IsQualitative())
                {
                    Assert.True(progress.Target.Baseline.Year == progress.BaseYear, where + ": progress from the target's baseline");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(PlanIds))]
    public void Show_gives_the_progress_assess_gives_for_the_value_the_plan_records(string planId)
    {
        var plan = Seeds.FindPlan(planId)!;
        var result = AppRunner.Run("show", planId, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        foreach (var indicatorJson in document.RootElement.GetProperty("indicators").EnumerateArray())
        {
            var indicator = plan.FindIndicator(indicatorJson.GetProperty("id").GetString()!)!;
            var targets = indicatorJson.GetProperty("targets").EnumerateArray().ToArray();
            for (int i = 0; i < targets.Length; i++)
            {
                var target = indicator.Targets[i];
                string where = $"show {planId} {indicator.Id} {target}";
                var recorded = targets[i].GetProperty("recorded");
                if (target.RecordedProgress is not { } progress)
                {
                    Assert.True(recorded.ValueKind == JsonValueKind.Null, where);
                    continue;
                }

                Assert.True(progress.Year == recorded.GetProperty("year").GetInt32(), where);
                Assert.True(progress.StatusId == recorded.GetProperty("progress").GetProperty("status").GetString(), where);

                // assess, given the recorded value as that year's actual, measures progress towards the same target the same way.
                if (indicator.ProgressTarget(progress.Year, target.Scope) != target || target.Scope is not null)
                {
                    continue;
                }

                using var folder = new TempFolder();
                string file = folder.Write("actuals.csv",
                    $"indicator,year,value\n{indicator.Id},{progress.Year.ToString(CultureInfo.InvariantCulture)},{progress.Value.ToString("R", CultureInfo.InvariantCulture)}\n");
                var assessed = AppRunner.Run("assess", planId, "--actuals", file, "--format", "json");
                Assert.True(assessed.ExitCode is 0 or 1, assessed.Error);
                using var assessment = JsonDocument.Parse(assessed.Output);
                var row = assessment.RootElement.GetProperty("assessments").EnumerateArray().First(row => row.GetProperty("indicator").GetString() == indicator.Id);
                Assert.True(progress.StatusId == row.GetProperty("progress").GetProperty("status").GetString(), where + ": assess");
                Assert.True(progress.GrowthRatio == OptionalNumber(row.GetProperty("progress"), "growthRatio"), where + ": growth ratio");
            }
        }
    }

    /// <summary>Actuals of any plan, set by indicator: what a generated <c>Actuals</c> class does with typed members.</summary>
    private sealed class AnyActuals : PlanActuals
    {
        private readonly Plan _plan;
        private IReadOnlyDictionary<IIndicator, double> _values = new Dictionary<IIndicator, double>();

        public AnyActuals(Plan plan)
            : base(plan)
        {
            _plan = plan;
        }

        public AnyActuals With(IReadOnlyDictionary<IIndicator, double> values)
        {
            _values = values;
            return this;
        }

        protected override void CopyValues(Span<double?> values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = _values.TryGetValue(_plan.Indicators[i], out double value) ? value : null;
            }
        }
    }

    private static int? Optional(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static double? OptionalNumber(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static string Text(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
