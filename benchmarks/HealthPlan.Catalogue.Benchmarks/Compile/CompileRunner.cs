using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HealthPlan.Catalogue.Benchmarks.Reporting;
using Microsoft.CodeAnalysis.CSharp;
using static HealthPlan.Catalogue.Benchmarks.Reporting.Stats;

namespace HealthPlan.Catalogue.Benchmarks.Compile;

/// <summary>
/// <c>compile [scenario…] [options]</c>: compiles each scenario's catalogue in fresh processes
/// (<see cref="CompileChild"/>, or a real <c>dotnet build</c> with <c>--dotnet-build</c>) and writes a
/// markdown report with the machine, every sample, the medians and the per-indicator cost between Cixi ×30
/// and Cixi ×300. The report is rewritten after every sample, so a run stopped half-way keeps what it measured.
/// </summary>
internal static class CompileRunner
{
    public const string Command = "compile";

    /// <summary>Scenarios at least this large get <c>--huge-samples</c> samples (default 1).</summary>
    private const int HugeIndicatorCount = 100_000;

    public static int Run(string[] args)
    {
        var settings = Settings.Parse(args.Skip(1).ToArray());
        var machine = MachineInfo.Start();
        var results = new List<ScenarioResult>();
        string reportPath = Path.Combine(settings.OutputFolder, settings.ReportName + ".md");
        Directory.CreateDirectory(settings.OutputFolder);
        Directory.CreateDirectory(settings.WorkFolder);

        foreach (var scenario in settings.Scenarios.Select(CompileScenarios.Find))
        {
            Console.WriteLine($"[{MachineInfo.NowUtc()}] {scenario.Name}: writing the plan files under {settings.WorkFolder}");
            var (folder, plans, indicators) = CompileScenarios.Materialize(scenario, settings.WorkFolder);
            if (settings.DotnetBuild)
            {
                DotnetBuild.Prepare(folder);
            }

            var result = new ScenarioResult(scenario, plans, indicators);
            results.Add(result);
            int samples = indicators >= HugeIndicatorCount ? settings.HugeSamples : settings.Samples;

            // One unrecorded run first (the smallest scenarios only): loads the compiler and the files into the disk cache.
            if (settings.WarmUp && indicators < 10_000)
            {
                RunSample(settings, folder);
            }

            for (int i = 0; i < samples; i++)
            {
                Console.WriteLine($"[{MachineInfo.NowUtc()}] {scenario.Name}: sample {i + 1}/{samples} ({indicators:N0} indicators), load {MachineInfo.LoadAverage()}");
                var sample = RunSample(settings, folder);
                result.Samples.Add(sample);
                Console.WriteLine($"    {sample.Outcome}: {Seconds(sample.Result?.TotalMs ?? sample.WallMs)}, allocated {(sample.Result is { AllocatedBytes: >= 0 } r ? Mb(r.AllocatedBytes) : "–")}, peak {Mb(sample.PeakBytes)}");
                File.WriteAllText(reportPath, Report(settings, machine, results));

                // A failed sample (overflow, out of memory, time-out) would fail the same way again: one is the result.
                if (!sample.Succeeded)
                {
                    break;
                }
            }
        }

        string report = Report(settings, machine, results);
        File.WriteAllText(reportPath, report);
        Console.WriteLine(report);
        Console.WriteLine("Written to " + reportPath);
        return 0;
    }

    private static Sample RunSample(Settings settings, string folder)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(CompileRunner).Assembly.Location);
        }

        start.ArgumentList.Add(settings.DotnetBuild ? DotnetBuild.Command : CompileChild.Command);
        start.ArgumentList.Add(settings.DotnetBuild ? folder : Path.Combine(folder, "plans"));
        if (settings.HeapLimitGb > 0)
        {
            // A cap on the child's managed heap, so a huge catalogue fails with OutOfMemoryException instead of
            // pushing the shared machine into swap or the kernel's OOM killer. With --dotnet-build the variable
            // is inherited by every .NET process of the build (MSBuild, csc), each capped on its own.
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ((long)settings.HeapLimitGb << 30).ToString("X", CultureInfo.InvariantCulture);
        }

        if (!settings.DotnetBuild)
        {
            // The SDK's csc and VBCSCompiler run with Server GC (csc.runtimeconfig.json: System.GC.Server = true),
            // which costs more memory than the workstation GC this program defaults to.
            start.Environment["DOTNET_gcServer"] = settings.ServerGc ? "1" : "0";
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        long begin = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + host);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Poll the child's resident memory, so a child that dies still leaves its peak.
        long polledPeak = 0;
        bool timedOut = false;
        var deadline = TimeSpan.FromMinutes(settings.TimeoutMinutes);
        while (!process.WaitForExit(500))
        {
            try
            {
                process.Refresh();
                polledPeak = Math.Max(polledPeak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // exited between the wait and the read
            }

            if (Stopwatch.GetElapsedTime(begin) > deadline)
            {
                timedOut = true;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                break;
            }
        }

        process.WaitForExit();
        double wallMs = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
        string? line = stdout.ToString().Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        var result = line is null ? null : JsonSerializer.Deserialize<CompileResult>(line["RESULT ".Length..]);
        string errors = stderr.ToString();
        string outcome = timedOut ? $"timed out after {settings.TimeoutMinutes} min"
            : result is { Success: true } ? "ok"
            : result is { Failure.Length: > 0 } ? $"{result.Failure} ({result.Errors} error lines)"
            : result is not null ? $"compile errors ({result.Errors})"
            : errors.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? $"stack overflow (exit {process.ExitCode})"
            : errors.Contains("OutOfMemory", StringComparison.Ordinal) ? $"out of memory (exit {process.ExitCode})"
            : $"crashed (exit {process.ExitCode})";
        return new Sample(outcome, result, wallMs, Math.Max(polledPeak, result?.PeakWorkingSetBytes ?? 0), Tail(errors), MachineInfo.LoadAverage().Split(' ')[0]);
    }

    private static string Tail(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();

        // A stack overflow prints the repeated frames; the first lines and a few distinct ones say where.
        var distinct = lines.Distinct().Take(12);
        return string.Join(" ⏎ ", distinct);
    }

    private static string Report(Settings settings, MachineInfo machine, List<ScenarioResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(settings.DotnetBuild ? "# Compile: `dotnet build` of a consumer project" : "# Compile: the compiler in a fresh process");
        text.AppendLine();
        text.Append(machine.Table(settings.DotnetBuild
            ? "a clean `dotnet build -c Release --no-incremental -nodeReuse:false -p:UseSharedCompilation=false` of a temporary project per sample (SDK compiler, analyzers, XML doc file, PDB)"
            : "a new process per sample: CSharpCompilation + the real generator + Emit (PE and XML doc file) to memory"));
        if (!settings.DotnetBuild)
        {
            var roslyn = typeof(CSharpCompilation).Assembly;
            text.AppendLine($"| Compiler | Microsoft.CodeAnalysis.CSharp {roslyn.GetName().Version} (the benchmark's package, not the SDK's csc); optimize+, nullable, deterministic, `/doc` (DocumentationMode.Diagnose), concurrent build; LanguageVersion.Latest |");
            text.AppendLine($"| References | {CompileReferences.Describe()}, and HealthPlan.Catalogue.dll |");
            text.AppendLine($"| Child GC | {(settings.ServerGc ? "Server GC (`DOTNET_gcServer=1`), as the SDK's csc runs" : "workstation GC (`DOTNET_gcServer=0`; the SDK's csc runs with Server GC)")} |");
        }

        text.AppendLine($"| Child heap limit | {(settings.HeapLimitGb > 0 ? $"DOTNET_GCHeapHardLimit = {settings.HeapLimitGb} GiB" + (settings.DotnetBuild ? " (each .NET process of the build)" : "") : "none")} |");

        text.AppendLine($"| Time-out per sample | {settings.TimeoutMinutes} min |");
        text.AppendLine($"| Command | `compile {string.Join(' ', settings.Arguments)}` |");
        text.AppendLine();

        text.AppendLine("## Medians");
        text.AppendLine();
        text.AppendLine("| Scenario | Plans | Indicators | Samples | Result | Compile time | of which generator | Process wall | Allocated (managed) | Peak working set | Generated C# | PE | XML doc | Warnings |");
        text.AppendLine("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var ok = r.Samples.Where(s => s.Succeeded).ToList();
            var first = r.Samples.FirstOrDefault();
            string outcome = r.Samples.Count == 0 ? "not run" : ok.Count == r.Samples.Count ? "builds" : "**fails**: " + r.Samples.First(s => !s.Succeeded).Outcome;
            if (ok.Count == 0)
            {
                text.AppendLine($"| {r.Scenario.Name} | {N(r.Plans)} | {N(r.Indicators)} | {r.Samples.Count} | {outcome} | – | – | {(first is null ? "–" : Seconds(first.WallMs) + " to failure")} | – | {(first is null ? "–" : Mb(first.PeakBytes) + " (polled)")} | – | – | – | – |");
                continue;
            }

            text.AppendLine(string.Join(" | ",
                "| " + r.Scenario.Name,
                N(r.Plans),
                N(r.Indicators),
                $"{ok.Count}",
                outcome,
                $"{Seconds(Med(ok, s => s.Result!.TotalMs))} [{Seconds(ok.Min(s => s.Result!.TotalMs))}–{Seconds(ok.Max(s => s.Result!.TotalMs))}]",
                settings.DotnetBuild ? "–" : Seconds(Med(ok, s => s.Result!.GeneratorMs)),
                Seconds(Med(ok, s => s.WallMs)),
                settings.DotnetBuild ? "–" : Mb(Med(ok, s => s.Result!.AllocatedBytes)),
                Mb(Med(ok, s => s.PeakBytes)),
                settings.DotnetBuild ? "–" : $"{Mb(ok[0].Result!.GeneratedChars * 2.0)} ({N(ok[0].Result!.GeneratedChars)} chars, {ok[0].Result!.GeneratedFiles} files)",
                Kb(ok[0].Result!.PeBytes),
                Kb(ok[0].Result!.XmlDocBytes),
                $"{ok[0].Result!.Warnings}") + " |");
        }

        text.AppendLine();
        AppendPerIndicator(text, settings, results);

        text.AppendLine("## Every sample");
        text.AppendLine();
        text.AppendLine("| Scenario | # | Outcome | Compile time | Generator | Emit | Process wall | Allocated | Peak working set | GC 0/1/2 | Load (1 min) after |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var r in results)
        {
            int i = 0;
            foreach (var s in r.Samples)
            {
                i++;
                var c = s.Result;
                text.AppendLine(string.Join(" | ",
                    "| " + r.Scenario.Name,
                    i.ToString(CultureInfo.InvariantCulture),
                    s.Outcome,
                    c is null ? "–" : Ms(c.TotalMs),
                    c is null || settings.DotnetBuild ? "–" : Ms(c.GeneratorMs),
                    c is null || settings.DotnetBuild ? "–" : Ms(c.EmitMs),
                    Ms(s.WallMs),
                    c is null || settings.DotnetBuild ? "–" : Mb(c.AllocatedBytes),
                    Mb(s.PeakBytes),
                    c?.GcCounts is { Length: > 0 } gc ? gc : "–",
                    s.LoadAfter) + " |");
            }
        }

        var problems = results.SelectMany(r => r.Samples.Select(s => (r.Scenario.Name, Sample: s)))
            .Where(p => !p.Sample.Succeeded || p.Sample.Result?.FirstDiagnostics.Length > 0)
            .GroupBy(p => p.Name)
            .Select(g => g.First())
            .ToList();
        if (problems.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## Diagnostics and failures (first sample of each scenario that had any)");
            text.AppendLine();
            foreach (var (name, sample) in problems)
            {
                text.AppendLine($"- **{name}** ({sample.Outcome}):");
                foreach (var d in sample.Result?.FirstDiagnostics ?? Array.Empty<string>())
                {
                    text.AppendLine($"  - `{d.Replace('`', '\'')}`");
                }

                if (sample.StandardErrorTail.Length > 0)
                {
                    text.AppendLine($"  - standard error: `{sample.StandardErrorTail.Replace('`', '\'')}`");
                }
            }
        }

        text.AppendLine();
        text.AppendLine("Compile time: measured inside the child from reading the plan files to the end of Emit (generator run, parsing, binding, IL and XML doc emission; runtime start-up and loading the compiler are not included, the JIT of the compiler is: the benchmark's Roslyn is not ReadyToRun-compiled); for `dotnet build`, the whole build. Of which generator: up to the end of `RunGeneratorsAndUpdateCompilation` (the generated trees are parsed lazily, so their parsing falls in Emit). Process wall: measured by the parent from start to exit. Allocated: GC.GetTotalAllocatedBytes(precise) over the compile, all threads. Peak working set: the child's peak resident set (VmHWM), or for `dotnet build` the largest of the processes it started (getrusage RUSAGE_CHILDREN); for a failed child, the largest the parent saw while polling every 0.5 s. Generated C#: characters of the generated sources (MB as UTF-16). Medians of the successful samples, min–max in brackets.");
        return text.ToString();
    }

    private static void AppendPerIndicator(StringBuilder text, Settings settings, List<ScenarioResult> results)
    {
        var small = results.FirstOrDefault(r => r.Scenario.Name == "cixi-30");
        var large = results.FirstOrDefault(r => r.Scenario.Name == "cixi-300");
        if (small is null || large is null || !small.Samples.Any(s => s.Succeeded) || !large.Samples.Any(s => s.Succeeded))
        {
            return;
        }

        var a = small.Samples.Where(s => s.Succeeded).ToList();
        var b = large.Samples.Where(s => s.Succeeded).ToList();
        double extra = large.Indicators - small.Indicators;
        double time = (Med(b, s => s.Result!.TotalMs) - Med(a, s => s.Result!.TotalMs)) / extra;
        double peak = (Med(b, s => s.PeakBytes) - Med(a, s => s.PeakBytes)) / extra;
        text.AppendLine("## Cost per indicator: Cixi ×30 → Cixi ×300");
        text.AppendLine();
        text.AppendLine($"Difference of the medians divided by the difference in indicators ({N(large.Indicators)} − {N(small.Indicators)} = {N(extra)}). Goal of issue 9: at most 0.8 ms and 25 KB of compiler memory more per indicator.");
        text.AppendLine();
        text.AppendLine("| Per extra indicator | Value | Goal |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine($"| Compile time | {(time).ToString("0.000", CultureInfo.InvariantCulture)} ms | ≤ 0.8 ms |");
        if (!settings.DotnetBuild)
        {
            double allocated = (Med(b, s => s.Result!.AllocatedBytes) - Med(a, s => s.Result!.AllocatedBytes)) / extra;
            double generated = (b[0].Result!.GeneratedChars - a[0].Result!.GeneratedChars) / extra;
            text.AppendLine($"| Generator time | {((Med(b, s => s.Result!.GeneratorMs) - Med(a, s => s.Result!.GeneratorMs)) / extra).ToString("0.000", CultureInfo.InvariantCulture)} ms | |");
            text.AppendLine($"| Managed allocation | {(allocated / 1024).ToString("0.0", CultureInfo.InvariantCulture)} KB | |");
            text.AppendLine($"| Generated C# | {generated.ToString("N0", CultureInfo.InvariantCulture)} chars | |");
        }

        text.AppendLine($"| Peak working set | {(peak / 1024).ToString("0.0", CultureInfo.InvariantCulture)} KB | ≤ 25 KB |");
        text.AppendLine($"| PE + XML doc | {(((double)b[0].Result!.PeBytes + b[0].Result!.XmlDocBytes - a[0].Result!.PeBytes - a[0].Result!.XmlDocBytes) / extra / 1024).ToString("0.00", CultureInfo.InvariantCulture)} KB | |");
        text.AppendLine();
    }

    private static double Med(IEnumerable<Sample> samples, Func<Sample, double> value) => Median(samples.Select(value));

    private sealed record Sample(string Outcome, CompileResult? Result, double WallMs, long PeakBytes, string StandardErrorTail, string LoadAfter)
    {
        public bool Succeeded => Outcome == "ok";
    }

    private sealed class ScenarioResult(CompileScenario scenario, int plans, int indicators)
    {
        public CompileScenario Scenario { get; } = scenario;

        public int Plans { get; } = plans;

        public int Indicators { get; } = indicators;

        public List<Sample> Samples { get; } = new();
    }

    private sealed class Settings
    {
        public string[] Arguments { get; private set; } = Array.Empty<string>();

        public List<string> Scenarios { get; } = new();

        public int Samples { get; private set; } = 3;

        public int HugeSamples { get; private set; } = 1;

        public double TimeoutMinutes { get; private set; } = 30;

        public int HeapLimitGb { get; private set; } = 18;

        public bool DotnetBuild { get; private set; }

        public bool ServerGc { get; private set; } = true;

        public bool WarmUp { get; private set; } = true;

        public string OutputFolder { get; private set; } = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");

        public string WorkFolder { get; private set; } = Path.Combine(Path.GetTempPath(), "hpc-compile");

        public string ReportName { get; private set; } = "";

        public static Settings Parse(string[] args)
        {
            var settings = new Settings { Arguments = args };
            for (int i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value.");
                switch (args[i])
                {
                    case "--samples": settings.Samples = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--huge-samples": settings.HugeSamples = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--timeout-min": settings.TimeoutMinutes = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--heap-limit-gb": settings.HeapLimitGb = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--dotnet-build": settings.DotnetBuild = true; break;
                    case "--no-warmup": settings.WarmUp = false; break;
                    case "--workstation-gc": settings.ServerGc = false; break;
                    case "--out": settings.OutputFolder = Path.GetFullPath(Next()); break;
                    case "--work": settings.WorkFolder = Path.GetFullPath(Next()); break;
                    case "--report": settings.ReportName = Next(); break;
                    case "all": settings.Scenarios.AddRange(CompileScenarios.All.Select(s => s.Name)); break;
                    default:
                        if (args[i].StartsWith("--", StringComparison.Ordinal))
                        {
                            throw new ArgumentException("Unknown option " + args[i]);
                        }

                        settings.Scenarios.Add(args[i]);
                        break;
                }
            }

            if (settings.Scenarios.Count == 0)
            {
                settings.Scenarios.AddRange(CompileScenarios.Default);
            }

            if (settings.ReportName.Length == 0)
            {
                settings.ReportName = settings.DotnetBuild ? "compile-dotnet-build" : settings.ServerGc ? "compile" : "compile-workstation-gc";
            }

            return settings;
        }
    }
}
