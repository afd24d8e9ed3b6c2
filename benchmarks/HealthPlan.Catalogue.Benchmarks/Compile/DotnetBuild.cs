using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using HealthPlan.Catalogue.Generators;

namespace HealthPlan.Catalogue.Benchmarks.Compile;

/// <summary>
/// The same catalogue built by a real <c>dotnet build</c> of a temporary project (the SDK's own compiler,
/// its analyzers, the generator loaded as an analyzer, the XML documentation file and PDB written to
/// disk). Each sample runs in a fresh wrapper process (<see cref="Command"/>) that starts the build with
/// no build server or node reuse, so the compiler is a new process too, and reports the build's wall
/// time and the peak resident memory of the largest process it started (csc or MSBuild).
/// </summary>
internal static class DotnetBuild
{
    public const string Command = "compile-build-child";

    /// <summary>Writes the project beside the scenario's <c>plans/</c> folder and restores it (not timed).</summary>
    public static void Prepare(string folder)
    {
        string generator = typeof(PlanCatalogueGenerator).Assembly.Location;
        string runtime = typeof(Plan).Assembly.Location;
        string project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by the benchmarks' compile command: a consumer project of the catalogue, built with dotnet build. -->
              <PropertyGroup>
                <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                <RootNamespace>{CompileChild.RootNamespace}</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <Deterministic>true</Deterministic>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="HealthPlan.Catalogue" HintPath="{runtime}" />
                <Analyzer Include="{generator}" />
                <CompilerVisibleProperty Include="RootNamespace" />
                <CompilerVisibleProperty Include="HealthPlanCatalogueNamespace" />
                <AdditionalFiles Include="plans/*.plan.json;plans/concepts.json" />
              </ItemGroup>
            </Project>
            """;
        File.WriteAllText(Path.Combine(folder, "Catalogue.csproj"), project);
        File.WriteAllText(Path.Combine(folder, "Dashboard.cs"), CompileChild.UserCode);
        var (exit, output) = RunDotnet(folder, "restore", "-nodeReuse:false");
        if (exit != 0)
        {
            throw new InvalidOperationException("dotnet restore failed in " + folder + ":\n" + output);
        }
    }

    /// <summary>The wrapper process: one clean build, then the peak memory of the processes it waited for.</summary>
    public static int Run(string[] args)
    {
        string folder = args[1];
        long start = Stopwatch.GetTimestamp();
        var (exit, output) = RunDotnet(
            folder,
            "build",
            "-c", "Release", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:ErrorsOnly;NoSummary");
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        long maxRssKb = ChildrenMaxRssKb();
        var result = new CompileResult
        {
            Success = exit == 0,
            TotalMs = ms,
            AllocatedBytes = -1,
            PeakWorkingSetBytes = maxRssKb * 1024,
            Errors = output.Split('\n').Count(line => line.Contains(" error ", StringComparison.Ordinal)),
            Failure = exit == 0 ? ""
                : output.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? "stack overflow in the compiler"
                : output.Contains("OutOfMemoryException", StringComparison.Ordinal) ? "out of memory in the compiler"
                : "",
            FirstDiagnostics = output.Split('\n').Where(line => line.Contains(" error ", StringComparison.Ordinal)).Distinct().Take(5).ToArray(),
        };
        string dll = Path.Combine(folder, "bin", "Release", $"net{Environment.Version.Major}.0", "Catalogue.dll");
        string xml = Path.ChangeExtension(dll, ".xml");
        result.PeBytes = File.Exists(dll) ? new FileInfo(dll).Length : 0;
        result.XmlDocBytes = File.Exists(xml) ? new FileInfo(xml).Length : 0;
        Console.WriteLine("RESULT " + System.Text.Json.JsonSerializer.Serialize(result));
        return result.Success ? 0 : 3;
    }

    private static (int Exit, string Output) RunDotnet(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>ru_maxrss of RUSAGE_CHILDREN: the largest resident set of any descendant waited for, in KB (Linux).</summary>
    private static long ChildrenMaxRssKb()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        // struct rusage on 64-bit Linux: two timevals (4 longs), then ru_maxrss.
        var usage = new long[18];
        return GetRusage(-1, usage) == 0 ? usage[4] : 0;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, [Out] long[] usage);
}
