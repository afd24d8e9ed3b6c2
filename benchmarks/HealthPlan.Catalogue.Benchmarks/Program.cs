using System.Linq;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using HealthPlan.Catalogue.Benchmarks.ColdStart;

namespace HealthPlan.Catalogue.Benchmarks;

/// <summary>
/// <c>-- --filter '*'</c> runs the BenchmarkDotNet benchmarks (any BenchmarkSwitcher arguments work);
/// <c>-- coldstart [rounds]</c> measures first answers in new processes.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 1 && args[0] == ColdStartChild.Command)
        {
            return ColdStartChild.Run(args);
        }

        if (args.Length > 0 && args[0] == ColdStartRunner.Command)
        {
            return ColdStartRunner.Run(args);
        }

        return RunBenchmarks(args);
    }

    // Kept out of Main so a cold-start child never loads BenchmarkDotNet.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
