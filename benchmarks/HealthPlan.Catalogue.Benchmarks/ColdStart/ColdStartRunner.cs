using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using HealthPlan.Catalogue.Benchmarks.Reporting;
using HealthPlan.Catalogue.Seeds;

namespace HealthPlan.Catalogue.Benchmarks.ColdStart;

/// <summary>
/// Measures a real cold start: each sample is a new process (<see cref="ColdStartChild"/>) that answers one
/// question and exits, so nothing is warm on either side: no JIT-compiled code, no type loaded, no
/// System.Text.Json metadata cached. Modes are interleaved round by round so drift hits them alike; one
/// unrecorded round first warms the disk cache and the host.
/// </summary>
internal static class ColdStartRunner
{
    public const string Command = "coldstart";

    public static int Run(string[] args)
    {
        var (rounds, folder) = ColdStartMeasurement.Options(args);

        var machine = MachineInfo.Start();
        string seeds = RepoPaths.SeedsDirectory;
        var samples = ColdStartModes.All.ToDictionary(mode => mode, _ => new List<Sample>());
        for (int round = -1; round < rounds; round++)
        {
            foreach (var mode in ColdStartModes.All)
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
        string name = IsReadyToRun(typeof(Plans).Assembly) ? "ColdStart.ReadyToRun" : "ColdStart";
        string path = Path.Combine(folder, $"HealthPlan.Catalogue.Benchmarks.{name}-report-github.md");
        File.WriteAllText(path, report);
        Console.WriteLine(report);
        Console.WriteLine("Written to " + path);
        return 0;
    }

    private static Sample RunChild(string mode, string seeds)
    {
        var (parts, wallMs) = ChildProcess.Run(ColdStartChild.Command, mode, seeds);
        var measured = ColdStartMeasurement.Parse(parts);
        return new Sample(wallMs, measured.WorkMs, measured.Allocated, measured.WorkingSet, measured.JitMs, measured.JitIl, measured.JitMethods);
    }

    private static string Report(MachineInfo machine, int rounds, Dictionary<string, List<Sample>> samples)
    {
        double baselineWall = Median(samples[ColdStartModes.RuntimeOnly].Select(s => s.WallMs));
        double jsonWork = Median(samples[ColdStartModes.JsonReflection].Select(s => s.WorkMs));
        var text = new StringBuilder();
        text.AppendLine("```");
        text.AppendLine($"Cold start in a new process, {rounds} processes per mode (medians; min–max in brackets)");
        text.AppendLine($"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, {Environment.ProcessorCount} logical cores, .NET {Environment.Version}");
        text.AppendLine($"Started {machine.StartedUtc}, ended {MachineInfo.NowUtc()}; default runtime settings (tiered compilation on)");
        text.AppendLine($"Load average at start {machine.LoadAtStart}; at end {MachineInfo.LoadAverage()}");
        text.AppendLine($"Seeds assembly: {CodeKind(typeof(Plans).Assembly)}; runtime library: {CodeKind(typeof(Plan).Assembly)}; this program: {CodeKind(typeof(ColdStartRunner).Assembly)}");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("| Mode | What the process does | Work to first answer | vs JSON (reflection) | of which JIT | Methods JIT-compiled (IL bytes) | Allocated | Process wall time | Wall − runtime-only | Working set |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (mode, list) in samples)
        {
            double work = Median(list.Select(s => s.WorkMs));
            double wall = Median(list.Select(s => s.WallMs));
            text.AppendLine(string.Join(" | ",
                "| " + mode,
                ColdStartModes.Describe(mode),
                mode == ColdStartModes.RuntimeOnly ? "–" : $"{Ms(work)} [{Ms(list.Min(s => s.WorkMs))}–{Ms(list.Max(s => s.WorkMs))}]",
                mode == ColdStartModes.RuntimeOnly ? "–" : (work / jsonWork).ToString("0.00", CultureInfo.InvariantCulture),
                mode == ColdStartModes.RuntimeOnly ? "–" : Ms(Median(list.Select(s => s.JitMs))),
                mode == ColdStartModes.RuntimeOnly ? "–" : $"{Median(list.Select(s => (double)s.JitMethods)):N0} ({Median(list.Select(s => (double)s.JitIlBytes)):N0})",
                mode == ColdStartModes.RuntimeOnly ? "–" : Kb(Median(list.Select(s => (double)s.Allocated))),
                $"{Ms(wall)} [{Ms(list.Min(s => s.WallMs))}–{Ms(list.Max(s => s.WallMs))}]",
                mode == ColdStartModes.RuntimeOnly ? "–" : Ms(wall - baselineWall),
                Mb(Median(list.Select(s => (double)s.WorkingSet)))) + " |");
        }

        text.AppendLine();
        text.AppendLine("The generated static initialisers the JIT compiles on first access (the registry's, and one per plan class):");
        text.AppendLine();
        text.AppendLine("| Class | Indicators | Targets | Static constructor IL | IL per indicator | Locals |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        if (typeof(Plans).TypeInitializer?.GetMethodBody() is { } registry)
        {
            text.AppendLine($"| Plans (registry: Plans.Catalogue) | – | – | {registry.GetILAsByteArray()?.Length ?? 0:N0} B | – | {registry.LocalVariables.Count} |");
        }

        int totalIl = 0;
        int totalIndicators = 0;
        foreach (var (name, plan, body) in StaticConstructors())
        {
            int il = body.GetILAsByteArray()?.Length ?? 0;
            int targets = plan.Indicators.Sum(indicator => indicator.Targets.Count);
            totalIl += il;
            totalIndicators += plan.Indicators.Count;
            text.AppendLine($"| {name} | {plan.Indicators.Count} | {targets} | {il:N0} B | {il / Math.Max(1, plan.Indicators.Count):N0} B | {body.LocalVariables.Count} |");
        }

        text.AppendLine($"| all plan classes | {totalIndicators} | | {totalIl:N0} B | {totalIl / Math.Max(1, totalIndicators):N0} B | |");

        text.AppendLine();
        text.AppendLine("Work to first answer: measured inside the child with a Stopwatch from the start of the work to the answer (assembly loads, type loads, JIT, static initialisers, file reads, deserialization). Of which JIT: time the JIT spent compiling in that span, and the methods and IL bytes it compiled (System.Runtime.JitInfo). Allocated: managed bytes allocated in that span (GC.GetTotalAllocatedBytes). Process wall time: measured by the parent from Process.Start to exit, runtime start-up included. Working set: of the child at the end of the work.");
        return text.ToString();
    }

    private static IEnumerable<(string Name, Plan Plan, MethodBody Body)> StaticConstructors()
        => typeof(Plans).GetNestedTypes()
            .SelectMany(region => region.GetNestedTypes().Select(plan => (Name: $"Plans.{region.Name}.{plan.Name}", Type: plan)))
            .Where(pair => pair.Type.TypeInitializer?.GetMethodBody() is not null && pair.Type.GetProperty("Plan")?.GetValue(null) is Plan)
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .Select(pair => (pair.Name, (Plan)pair.Type.GetProperty("Plan")!.GetValue(null)!, pair.Type.TypeInitializer!.GetMethodBody()!));

    /// <summary>Whether the assembly carries precompiled (ReadyToRun) code or IL only, which the JIT compiles on first call.</summary>
    private static string CodeKind(Assembly assembly) => IsReadyToRun(assembly) ? "ReadyToRun" : "IL only (JIT)";

    internal static bool IsReadyToRun(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Kb(double bytes) => (bytes / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    private static string Mb(double bytes) => (bytes / 1024 / 1024).ToString("N1", CultureInfo.InvariantCulture) + " MB";

    private sealed record Sample(double WallMs, double WorkMs, long Allocated, long WorkingSet, double JitMs, long JitIlBytes, long JitMethods);
}
