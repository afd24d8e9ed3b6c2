using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime;

namespace HealthPlan.Catalogue.Benchmarks.ColdStart;

/// <summary>What a cold-start child measures around its work: time, allocation, working set and the JIT's share.</summary>
internal sealed class ColdStartMeasurement
{
    private readonly long _allocated = GC.GetTotalAllocatedBytes(precise: true);
    private readonly TimeSpan _jit = JitInfo.GetCompilationTime(currentThread: false);
    private readonly long _il = JitInfo.GetCompiledILBytes(currentThread: false);
    private readonly long _methods = JitInfo.GetCompiledMethodCount(currentThread: false);
    private readonly long _start = Stopwatch.GetTimestamp();

    /// <summary>
    /// The words the parent reads, in order: work µs, bytes allocated, working set, JIT µs, IL bytes and methods
    /// JIT-compiled (see <see cref="Parse"/>).
    /// </summary>
    public string Stop()
    {
        double microseconds = Stopwatch.GetElapsedTime(_start).TotalMicroseconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
        double jit = (JitInfo.GetCompilationTime(currentThread: false) - _jit).TotalMicroseconds;
        long il = JitInfo.GetCompiledILBytes(currentThread: false) - _il;
        long methods = JitInfo.GetCompiledMethodCount(currentThread: false) - _methods;
        return string.Join(' ',
            microseconds.ToString("F1", CultureInfo.InvariantCulture),
            allocated.ToString(CultureInfo.InvariantCulture),
            Environment.WorkingSet.ToString(CultureInfo.InvariantCulture),
            jit.ToString("F1", CultureInfo.InvariantCulture),
            il.ToString(CultureInfo.InvariantCulture),
            methods.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The words <see cref="Stop"/> wrote, as numbers: milliseconds, bytes, counts.</summary>
    public static (double WorkMs, long Allocated, long WorkingSet, double JitMs, long JitIl, long JitMethods) Parse(string[] words)
        => (double.Parse(words[0], CultureInfo.InvariantCulture) / 1000,
            long.Parse(words[1], CultureInfo.InvariantCulture),
            long.Parse(words[2], CultureInfo.InvariantCulture),
            double.Parse(words[3], CultureInfo.InvariantCulture) / 1000,
            long.Parse(words[4], CultureInfo.InvariantCulture),
            long.Parse(words[5], CultureInfo.InvariantCulture));

    /// <summary>The options of a cold-start command: <c>[rounds] [--out folder]</c>.</summary>
    public static (int Rounds, string Folder) Options(string[] args)
    {
        int rounds = 20;
        string folder = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length)
            {
                folder = Path.GetFullPath(args[++i]);
            }
            else
            {
                rounds = int.Parse(args[i], CultureInfo.InvariantCulture);
            }
        }

        return (rounds, folder);
    }
}
