using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Text;
using HealthPlan.Catalogue.Benchmarks.Json;
using HealthPlan.Catalogue.Benchmarks.Reporting;
using HealthPlan.Catalogue.Seeds;
using static HealthPlan.Catalogue.Benchmarks.Reporting.Stats;

namespace HealthPlan.Catalogue.Benchmarks.ColdStart;

/// <summary>
/// <c>coldstart-catalogue [rounds] [--out folder]</c>: first use of the <em>whole</em> seed catalogue in a
/// fresh process: every plan, indicator, value and target (each target described in words), through the
/// generated <c>Plans.Catalogue</c> against the five plan files loaded by System.Text.Json into the POCOs
/// of <c>Json/PlanPocos.cs</c> and walked the same way. Modes are interleaved round by round; one unrecorded
/// round first. Uses only <c>Plans.Catalogue</c>, <see cref="Plan"/>, <see cref="IIndicator"/>,
/// <see cref="IReportedValue"/> and <see cref="ITarget"/>, not the shape of the generated code.
/// </summary>
internal static class CatalogueColdStart
{
    public const string Command = "coldstart-catalogue";

    public const string ChildCommand = "coldstart-catalogue-child";

    private const string RuntimeOnly = "runtime-only";
    private const string JsonReflection = "json-reflection";
    private const string JsonSourceGenerated = "json-source-generated";
    private const string Generated = "generated-catalogue";

    private static readonly string[] Modes = { RuntimeOnly, JsonReflection, JsonSourceGenerated, Generated };

    private static string Describe(string mode) => mode switch
    {
        RuntimeOnly => "Nothing (process and runtime start-up only)",
        JsonReflection => "Deserialize the 5 seed files (System.Text.Json, reflection) + walk every plan, indicator, value and target",
        JsonSourceGenerated => "The same with System.Text.Json's source-generated metadata",
        Generated => "`Plans.Catalogue.Plans` + walk every plan, indicator, value and target (`ITarget.Describe()` each)",
        _ => mode,
    };

    /// <summary>Whether this is a published ReadyToRun copy: the Seeds assembly carries precompiled code.</summary>
    private static bool SeedsReadyToRun => ColdStartRunner.IsReadyToRun(typeof(Plans).Assembly);

    public static int Run(string[] args)
    {
        var (rounds, folder) = ColdStartMeasurement.Options(args);

        var machine = MachineInfo.Start();
        string seeds = RepoPaths.SeedsDirectory;
        var samples = Modes.ToDictionary(mode => mode, _ => new List<Sample>());
        for (int round = -1; round < rounds; round++)
        {
            foreach (var mode in Modes)
            {
                var sample = RunChild(mode, seeds);
                if (round >= 0)
                {
                    samples[mode].Add(sample);
                }
            }
        }

        string report = Report(machine, rounds, samples);
        Directory.CreateDirectory(folder);
        // A published ReadyToRun copy (README, "Cold start with ReadyToRun") writes beside the JIT report, not over it.
        string path = Path.Combine(folder, SeedsReadyToRun ? "coldstart-catalogue-ReadyToRun.md" : "coldstart-catalogue.md");
        File.WriteAllText(path, report);
        Console.WriteLine(report);
        Console.WriteLine("Written to " + path);
        return 0;
    }

    private static Sample RunChild(string mode, string seeds)
    {
        var (p, wallMs) = ChildProcess.Run(ChildCommand, mode, seeds);
        var measured = ColdStartMeasurement.Parse(p);
        return new Sample(wallMs, measured.WorkMs, measured.Allocated, measured.WorkingSet, measured.JitMs, measured.JitIl, measured.JitMethods, p[6]);
    }

    /// <summary>The child: one mode, then <c>work-µs allocated working-set jit-µs jit-il jit-methods counts</c>.</summary>
    public static int RunChild(string[] args)
    {
        string mode = args[1];
        string seeds = args.Length > 2 ? args[2] : string.Empty;
        var measurement = new ColdStartMeasurement();
        var counts = mode switch
        {
            RuntimeOnly => new Counts(),
            JsonReflection => WalkJson(PocoCatalogue.LoadWithReflection(PlanFiles(seeds))),
            JsonSourceGenerated => WalkJson(PocoCatalogue.LoadWithSourceGeneration(PlanFiles(seeds))),
            Generated => WalkGenerated(),
            _ => throw new ArgumentException("Unknown mode " + mode),
        };
        Console.WriteLine(measurement.Stop() + " " + counts);
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Counts WalkGenerated()
    {
        var counts = new Counts();
        foreach (var plan in Plans.Catalogue.Plans)
        {
            counts.Plans++;
            counts.Text += plan.Id.Length + plan.NameZh.Length + plan.Region.Id.Length;
            foreach (var indicator in plan.Indicators)
            {
                counts.Indicators++;
                counts.Text += indicator.Id.Length + indicator.NameZh.Length + indicator.NameEn.Length + indicator.Concept.Length
                    + indicator.Unit.Symbol.Length + (int)indicator.Direction + indicator.Notes.Count;
                foreach (var value in indicator.Values)
                {
                    counts.Values++;
                    counts.Text += value.Year + (int)value.Value + value.Source.Quote.Length + value.Source.Line.GetValueOrDefault();
                }

                foreach (var target in indicator.Targets)
                {
                    counts.Targets++;
                    counts.Text += target.Year + target.Describe().Length + target.Source.Quote.Length + target.Source.Line.GetValueOrDefault();
                }
            }
        }

        return counts;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Counts WalkJson(PocoCatalogue catalogue)
    {
        var counts = new Counts();
        foreach (var plan in catalogue.Plans)
        {
            counts.Plans++;
            counts.Text += plan.Id.Length + plan.NameZh.Length + plan.Region.Id.Length;
            foreach (var indicator in plan.Indicators)
            {
                counts.Indicators++;
                counts.Text += indicator.Id.Length + indicator.NameZh.Length + indicator.NameEn.Length + indicator.Concept.Length
                    + indicator.Unit.Length + indicator.Direction.Length + (indicator.Notes?.Count ?? 0);
                foreach (var value in indicator.Values)
                {
                    counts.Values++;
                    counts.Text += value.Year + (int)value.Value + value.Source.Quote.Length + value.Source.Line;
                }

                foreach (var target in indicator.Targets)
                {
                    counts.Targets++;
                    counts.Text += target.Year + DescribeJson(indicator, target).Length + target.Source.Quote.Length + target.Source.Line;
                }
            }
        }

        return counts;
    }

    /// <summary>What a developer reading the JSON would write for <c>Describe()</c>: the operator, the number(s), the unit.</summary>
    private static string DescribeJson(IndicatorPoco indicator, TargetPoco target)
    {
        string value = target.Value?.ToString(CultureInfo.InvariantCulture) ?? "";
        return target.Operator switch
        {
            "qualitative" => target.TextEn ?? target.TextZh ?? "",
            "range" => $"{value}–{target.ValueMax?.ToString(CultureInfo.InvariantCulture)} {indicator.Unit}",
            "increase-by" or "decrease-by" => $"{target.Operator} {value}{(target.Relative ? " %" : " " + indicator.Unit)} from {target.BaselineYear}",
            "approx" => $"≈ {value} {indicator.Unit}",
            _ => $"{target.Operator} {value} {indicator.Unit}",
        };
    }

    private static string[] PlanFiles(string seeds)
        => Directory.GetFiles(seeds, "*.plan.json").OrderBy(path => path, StringComparer.Ordinal).ToArray();

    private static string Report(MachineInfo machine, int rounds, Dictionary<string, List<Sample>> samples)
    {
        double baselineWall = Median(samples[RuntimeOnly].Select(s => s.WallMs));
        double jsonWork = Median(samples[JsonReflection].Select(s => s.WorkMs));
        var text = new StringBuilder();
        text.AppendLine("# Cold start: first use of the whole seed catalogue");
        text.AppendLine();
        text.Append(machine.Table($"a new process per sample, {rounds} per mode, interleaved (one unrecorded round first); {(SeedsReadyToRun ? "Seeds assembly ReadyToRun (a copy published with PublishReadyToRun: every assembly of the program precompiled)" : "Seeds assembly IL only (JIT)")}, default runtime settings"));
        text.AppendLine();
        text.AppendLine("Goal of issue 9: the generated catalogue at most 0.3× the time of the five plan files loaded by System.Text.Json (reflection).");
        text.AppendLine();
        text.AppendLine("| Mode | What the process does | Work | vs JSON (reflection) | of which JIT | Methods JIT-compiled (IL bytes) | Allocated | Process wall time | Wall − runtime-only | Working set | Plans / indicators / values / targets walked |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (mode, list) in samples)
        {
            bool none = mode == RuntimeOnly;
            double work = Median(list.Select(s => s.WorkMs));
            double wall = Median(list.Select(s => s.WallMs));
            text.AppendLine(string.Join(" | ",
                "| " + mode,
                Describe(mode),
                none ? "–" : $"{Ms(work)} [{Ms(list.Min(s => s.WorkMs))}–{Ms(list.Max(s => s.WorkMs))}]",
                none ? "–" : (work / jsonWork).ToString("0.00", CultureInfo.InvariantCulture),
                none ? "–" : Ms(Median(list.Select(s => s.JitMs))),
                none ? "–" : $"{N(Median(list.Select(s => (double)s.JitMethods)))} ({N(Median(list.Select(s => (double)s.JitIlBytes)))})",
                none ? "–" : Kb(Median(list.Select(s => (double)s.Allocated))),
                $"{Ms(wall)} [{Ms(list.Min(s => s.WallMs))}–{Ms(list.Max(s => s.WallMs))}]",
                none ? "–" : Ms(wall - baselineWall),
                Mb(Median(list.Select(s => (double)s.WorkingSet))),
                none ? "–" : list[0].Counts.Split(':')[0].Replace("/", " / ", StringComparison.Ordinal)) + " |");
        }

        text.AppendLine();
        text.AppendLine("Every sample (work time in ms, in round order):");
        text.AppendLine();
        foreach (var (mode, list) in samples)
        {
            text.AppendLine($"- {mode}: {string.Join(", ", list.Select(s => s.WorkMs.ToString("0.0", CultureInfo.InvariantCulture)))}");
        }

        text.AppendLine();
        text.AppendLine("Work: measured inside the child with a Stopwatch from the start of the work to the end of the walk (assembly and type loads, JIT, static initialisers, file reads, deserialization, every target described). Of which JIT: System.Runtime.JitInfo over that span. Allocated: GC.GetTotalAllocatedBytes(precise) over that span. Process wall time: the parent's, from Process.Start to exit. Working set: of the child at the end of the work. The JSON side describes a target with one interpolated string (operator, number, unit id); the generated side calls ITarget.Describe(). Medians, min–max in brackets.");
        return text.ToString();
    }

    private sealed record Sample(double WallMs, double WorkMs, long Allocated, long WorkingSet, double JitMs, long JitIlBytes, long JitMethods, string Counts);

    private sealed class Counts
    {
        public int Plans;
        public int Indicators;
        public int Values;
        public int Targets;
        public long Text;

        public override string ToString() => FormattableString.Invariant($"{Plans}/{Indicators}/{Values}/{Targets}:{Text}");
    }
}
