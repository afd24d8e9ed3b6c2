using System.Linq;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using HealthPlan.Catalogue.Benchmarks.ColdStart;
using HealthPlan.Catalogue.Benchmarks.Compile;

namespace HealthPlan.Catalogue.Benchmarks;

/// <summary>
/// <c>-- --filter '*'</c> runs the BenchmarkDotNet benchmarks (any BenchmarkSwitcher arguments work);
/// <c>-- coldstart [rounds]</c> measures first answers in new processes;
/// <c>-- coldstart-catalogue [rounds]</c> first use of the whole catalogue in new processes;
/// <c>-- compile [scenario…]</c> compiles catalogues in new processes;
/// <c>-- targetquery-start --native … --jit … --hello …</c> the native TargetQuery against <c>dotnet hello.dll</c> (see benchmarks/README.md).
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

        if (args.Length > 0 && args[0] == TargetQueryStart.Command)
        {
            return TargetQueryStart.Run(args);
        }

        if (args.Length > 0 && args[0] is CatalogueColdStart.ChildCommand or CatalogueColdStart.Command or CompileChild.Command or DotnetBuild.Command or CompileRunner.Command)
        {
            return RunProcessCommand(args);
        }

        return RunBenchmarks(args);
    }

    // Kept out of Main, like RunBenchmarks, so a child only loads the types (and the compiler) of its own command.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunProcessCommand(string[] args) => args[0] switch
    {
        CatalogueColdStart.ChildCommand => CatalogueColdStart.RunChild(args),
        CatalogueColdStart.Command => CatalogueColdStart.Run(args),
        CompileChild.Command => CompileChild.Run(args),
        DotnetBuild.Command => DotnetBuild.Run(args),
        _ => CompileRunner.Run(args),
    };

    // Kept out of Main so a cold-start child never loads BenchmarkDotNet.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
