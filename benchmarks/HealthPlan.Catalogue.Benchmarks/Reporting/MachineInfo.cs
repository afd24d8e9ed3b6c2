using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace HealthPlan.Catalogue.Benchmarks.Reporting;

/// <summary>
/// What the process-based reports (<c>compile</c>, <c>coldstart-catalogue</c>) say about the machine: the CPU,
/// the runtime, the code measured, and the load: the machine is shared with other builds, so every report
/// records the load average when it started and when it ended.
/// </summary>
internal sealed class MachineInfo
{
    private MachineInfo(string startedUtc, string loadAtStart, string memoryAtStart)
    {
        StartedUtc = startedUtc;
        LoadAtStart = loadAtStart;
        MemoryAtStart = memoryAtStart;
    }

    public string StartedUtc { get; }

    public string LoadAtStart { get; }

    public string MemoryAtStart { get; }

    /// <summary>Captures the start time, the load average and the memory available now.</summary>
    public static MachineInfo Start() => new(NowUtc(), LoadAverage(), Memory());

    public static string NowUtc() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The 1-, 5- and 15-minute load averages from <c>/proc/loadavg</c>.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} / {parts[1]} / {parts[2]} (1 / 5 / 15 min)";
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    /// <summary>The header of a report: a two-column markdown table.</summary>
    public string Table(string what)
    {
        var text = new StringBuilder();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        text.AppendLine($"| Measured | {what} |");
        text.AppendLine($"| Code | commit `{GitCommit()}` ({GitSubject()}); generator and runtime library last changed in `{Run("git", "log -1 --format=%h -- generators src") ?? "unknown"}`{(Run("git", "status --porcelain -- generators src") is { Length: > 0 } ? ", with uncommitted changes" : "")} |");
        text.AppendLine($"| Started | {StartedUtc} |");
        text.AppendLine($"| Ended | {NowUtc()} |");
        text.AppendLine($"| Load average at start | {LoadAtStart} |");
        text.AppendLine($"| Load average at end | {LoadAverage()} |");
        text.AppendLine($"| Memory at start | {MemoryAtStart} |");
        text.AppendLine($"| CPU | {CpuModel()}, {Environment.ProcessorCount} logical cores |");
        text.AppendLine($"| OS | {OsName()}, kernel {Environment.OSVersion.Version}, {RuntimeInformation.OSArchitecture} |");
        text.AppendLine($"| .NET | runtime {RuntimeInformation.FrameworkDescription} ({Environment.Version}); SDK {DotnetSdkVersion()} |");
        return text.ToString();
    }

    private static string CpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string OsName()
    {
        try
        {
            var line = File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
            return line is null ? "unknown" : line["PRETTY_NAME=".Length..].Trim('"');
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Memory()
    {
        try
        {
            var lines = File.ReadLines("/proc/meminfo").ToArray();
            return $"{Field(lines, "MemAvailable")} available of {Field(lines, "MemTotal")}";
        }
        catch (IOException)
        {
            return "unknown";
        }

        static string Field(string[] lines, string name)
        {
            var line = lines.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal));
            if (line is null)
            {
                return "?";
            }

            long kb = long.Parse(line[(name.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return (kb / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " GiB";
        }
    }

    private static string GitCommit() => Run("git", "rev-parse --short HEAD") ?? "unknown";

    private static string GitSubject() => Run("git", "log -1 --format=%s") ?? "";

    private static string DotnetSdkVersion() => Run("dotnet", "--version") ?? "unknown";

    /// <summary>Runs a short command in the repository and returns its first line, or null.</summary>
    public static string? Run(string file, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = HealthPlan.Catalogue.Testing.RepositoryPaths.Root,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            string output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Split('\n')[0].Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
