using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace HealthPlan.Catalogue.Benchmarks.ColdStart;

/// <summary>Runs this benchmark program again as a fresh process, so nothing of the parent is warm in it.</summary>
internal static class ChildProcess
{
    /// <summary>Runs the program with <paramref name="arguments"/>; returns its standard output, its words split, and the wall time.</summary>
    /// <exception cref="InvalidOperationException">The child could not start or exited with a code other than 0.</exception>
    public static (string[] Words, double WallMilliseconds) Run(params string[] arguments)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        long begin = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + host);
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        double wallMs = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}: {output}");
        }

        return (output.Trim().Split(' '), wallMs);
    }

    /// <summary>
    /// Runs another program (<paramref name="fileName"/>, for example a native executable or <c>dotnet</c> with a
    /// .dll as its first argument) and returns its exit code, standard output and error as bytes, and the wall time
    /// from <see cref="Process.Start(ProcessStartInfo)"/> to exit.
    /// </summary>
    public static (int ExitCode, byte[] Output, byte[] Error, double WallMilliseconds) RunProgram(string fileName, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }
        }

        long begin = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        using var output = new MemoryStream();
        using var error = new MemoryStream();
        var errorCopy = process.StandardError.BaseStream.CopyToAsync(error);
        process.StandardOutput.BaseStream.CopyTo(output);
        errorCopy.GetAwaiter().GetResult();
        process.WaitForExit();
        double wallMs = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
        return (process.ExitCode, output.ToArray(), error.ToArray(), wallMs);
    }
}
