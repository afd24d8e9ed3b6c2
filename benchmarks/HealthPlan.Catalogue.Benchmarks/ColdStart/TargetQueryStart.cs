using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using HealthPlan.Catalogue.Benchmarks.Reporting;

namespace HealthPlan.Catalogue.Benchmarks.ColdStart;

/// <summary>
/// <c>targetquery-start --native &lt;TargetQuery&gt; --jit &lt;TargetQuery apphost or .dll&gt; --hello &lt;hello.dll&gt; [rounds] [--out folder]</c>:
/// the Native AOT TargetQuery against the JIT build, whole processes. First it runs a set of commands with both and
/// compares exit code, standard output and standard error byte for byte; then it times, round by round
/// (interleaved, one unrecorded warm-up round), a bare <c>dotnet hello.dll</c>, the native <c>show fuxin-2016-2020</c>
/// and the JIT one. Issue 12's goal: the native <c>show</c> in at most 0.6× the time of <c>dotnet hello.dll</c>.
/// </summary>
internal static class TargetQueryStart
{
    public const string Command = "targetquery-start";

    private const double Goal = 0.6;

    /// <summary>The commands whose output must be the same, byte for byte, from both builds.</summary>
    private static readonly string[][] EqualityCommands =
    {
        new[] { "show", "fuxin-2016-2020" },
        new[] { "show", "cixi-2016-2020", "--binding", "--format", "json" },
        new[] { "plans" },
        new[] { "concepts", "--format", "json" },
        new[] { "compare", "婴儿死亡率" },
        new[] { "compare", "infant-mortality-rate", "--format", "json" },
        new[] { "export", "--format", "csv" },
        new[] { "export", "--format", "json" },
        new[] { "export", "--format", "markdown" },
        new[] { "assess", "cixi-2016-2020", "--actuals", "samples/TargetQuery/examples/cixi-2018.csv" },
        new[] { "assess", "cixi-2016-2020", "--actuals", "samples/TargetQuery/examples/cixi-2020.csv", "--format", "json" },
        new[] { "show", "fuxin" },
        new[] { "show", "fuxin", "--format", "json" },
        new[] { "show", "fuxin-2016-2020", "--fromat", "json" },
        new[] { "--help" },
    };

    public static int Run(string[] args)
    {
        string? native = null;
        string? jit = null;
        string? hello = null;
        string aotWarnings = "not given (run through benchmarks/scripts/targetquery-native.sh to count them)";
        var rest = new List<string> { args[0] };
        for (int i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--native" when i + 1 < args.Length: native = Path.GetFullPath(args[++i]); break;
                case "--jit" when i + 1 < args.Length: jit = Path.GetFullPath(args[++i]); break;
                case "--hello" when i + 1 < args.Length: hello = Path.GetFullPath(args[++i]); break;
                case "--aot-warnings" when i + 1 < args.Length: aotWarnings = args[++i]; break;
                default: rest.Add(args[i]); break;
            }
        }

        if (native is null || jit is null || hello is null)
        {
            Console.Error.WriteLine("usage: targetquery-start --native <TargetQuery> --jit <TargetQuery apphost or TargetQuery.dll> --hello <hello.dll> [rounds] [--out folder]");
            return 2;
        }

        var (rounds, folder) = ColdStartMeasurement.Options(rest.ToArray());
        var machine = MachineInfo.Start();
        string dotnet = DotnetHost();

        // The same answer from both builds first: a fast wrong answer is no answer.
        Directory.SetCurrentDirectory(HealthPlan.Catalogue.Testing.RepositoryPaths.Root);
        var environment = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        var equality = new List<(string Command, bool Same, string Detail)>();
        // Actuals as people have them: GB18030 (the code pages must work in the native build too), semicolons, a
        // percentage for a per-mille indicator, a column of their own.
        string files = Path.Combine(Path.GetTempPath(), "targetquery-start-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(files);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string gb18030 = Path.Combine(files, "fuxin-gb18030.csv");
        File.WriteAllBytes(gb18030, Encoding.GetEncoding("GB18030").GetBytes("指标;indicator;year;value;unit\n婴儿死亡率;婴儿死亡率;2020;0.59;%\n孕产妇死亡率;maternal-mortality-ratio;2020;10;\n"));
        string invalid = Path.Combine(files, "fuxin-invalid.csv");
        File.WriteAllBytes(invalid, Encoding.UTF8.GetBytes("indicator,year,value\ninfant-mortality-rate,2020,5.9\n").Concat(new byte[] { 0xFF, 0x2C, 0x0A }).ToArray());
        var commands = EqualityCommands.Concat(new[]
        {
            new[] { "assess", "fuxin-2016-2020", "--actuals", gb18030 },
            new[] { "assess", "fuxin-2016-2020", "--actuals", gb18030, "--format", "json" },
            new[] { "assess", "fuxin-2016-2020", "--actuals", invalid },
        });
        foreach (var command in commands)
        {
            var a = ChildProcess.RunProgram(native, environment, command);
            var b = RunJit(dotnet, jit, environment, command);
            bool same = a.ExitCode == b.ExitCode && a.Output.AsSpan().SequenceEqual(b.Output) && a.Error.AsSpan().SequenceEqual(b.Error);
            equality.Add((string.Join(' ', command).Replace(files + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal), same, $"exit {a.ExitCode}/{b.ExitCode}, stdout {a.Output.Length:N0}/{b.Output.Length:N0} B, stderr {a.Error.Length:N0}/{b.Error.Length:N0} B"));
        }

        Directory.Delete(files, recursive: true);
        var modes = new (string Name, string File, string[] Args)[]
        {
            ("dotnet hello.dll", dotnet, new[] { hello }),
            ("native show fuxin-2016-2020", native, new[] { "show", "fuxin-2016-2020" }),
            (jit.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet TargetQuery.dll show fuxin-2016-2020 (JIT)" : "TargetQuery show fuxin-2016-2020 (JIT, framework-dependent apphost)",
                jit.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? dotnet : jit,
                jit.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? new[] { jit, "show", "fuxin-2016-2020" } : new[] { "show", "fuxin-2016-2020" }),
        };
        var samples = modes.ToDictionary(mode => mode.Name, _ => new List<double>());
        var loads = new List<string>();
        for (int round = -1; round < rounds; round++)
        {
            foreach (var mode in modes)
            {
                var run = ChildProcess.RunProgram(mode.File, environment, mode.Args);
                if (run.ExitCode != 0)
                {
                    throw new InvalidOperationException($"{mode.Name} exited with {run.ExitCode}: {Encoding.UTF8.GetString(run.Error)}");
                }

                if (round >= 0)
                {
                    samples[mode.Name].Add(run.WallMilliseconds);
                }
            }

            if (round >= 0)
            {
                loads.Add(MachineInfo.LoadAverage().Split(' ')[0]);
            }
        }

        string report = Report(machine, rounds, equality, modes.Select(mode => mode.Name).ToArray(), samples, loads, native, jit, aotWarnings);
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, $"targetquery-start-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        File.WriteAllText(path, report);
        Console.WriteLine(report);
        Console.WriteLine("Written to " + path);
        return equality.All(item => item.Same) ? 0 : 1;
    }

    private static string Report(MachineInfo machine, int rounds, List<(string Command, bool Same, string Detail)> equality, string[] modes, Dictionary<string, List<double>> samples, List<string> loads, string native, string jit, string aotWarnings)
    {
        double hello = Median(samples[modes[0]]);
        double show = Median(samples[modes[1]]);
        double ratio = show / hello;
        var text = new StringBuilder();
        text.AppendLine("# TargetQuery: Native AOT start against a bare `dotnet hello.dll`");
        text.AppendLine();
        text.Append(machine.Table($"whole-process wall time (Process.Start to exit, output read through pipes), {rounds} rounds, modes interleaved, one unrecorded warm-up round"));
        text.AppendLine($"| Native executable | {native} ({new FileInfo(native).Length / 1024.0 / 1024.0:0.0} MB) |");
        text.AppendLine($"| JIT build | {jit} |");
        text.AppendLine($"| Warnings of the Native AOT publish (trim, AOT, compiler) | {aotWarnings} |");
        text.AppendLine($"| Load (1 min) after each round | {string.Join(", ", loads)} |");
        text.AppendLine();
        text.AppendLine("## Same output from both builds");
        text.AppendLine();
        text.AppendLine("| Command | Exit code, stdout and stderr byte for byte | Detail (native/JIT) |");
        text.AppendLine("|---|---|---|");
        foreach (var (command, same, detail) in equality)
        {
            text.AppendLine($"| `{command}` | {(same ? "same" : "**different**")} | {detail} |");
        }

        text.AppendLine();
        text.AppendLine("## Start-up");
        text.AppendLine();
        text.AppendLine("| Process | Median | Min–max | vs `dotnet hello.dll` |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (string mode in modes)
        {
            var list = samples[mode];
            text.AppendLine($"| {mode} | {Ms(Median(list))} | {Ms(list.Min())}–{Ms(list.Max())} | {(Median(list) / hello).ToString("0.00", CultureInfo.InvariantCulture)}× |");
        }

        text.AppendLine();
        text.AppendLine($"Goal: native `show` ≤ {Goal.ToString("0.0", CultureInfo.InvariantCulture)}× `dotnet hello.dll`: {ratio.ToString("0.00", CultureInfo.InvariantCulture)}× ({Ms(show)} against {Ms(hello)}): **{(ratio <= Goal ? "met" : "not met")}**.");
        text.AppendLine($"{RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}.");
        return text.ToString();
    }

    /// <summary>
    /// The JIT build: its apphost (<c>TargetQuery</c>, so that messages naming the command read the same as the
    /// native executable's), or <c>dotnet TargetQuery.dll</c>.
    /// </summary>
    private static (int ExitCode, byte[] Output, byte[] Error, double WallMilliseconds) RunJit(string dotnet, string jit, Dictionary<string, string> environment, string[] command)
        => jit.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? ChildProcess.RunProgram(dotnet, environment, new[] { jit }.Concat(command).ToArray())
            : ChildProcess.RunProgram(jit, environment, command);

    /// <summary>The dotnet host: this process's own when it runs under dotnet, otherwise the one on the path.</summary>
    private static string DotnetHost()
    {
        string? host = Environment.ProcessPath;
        return host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? host : "dotnet";
    }

    private static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
