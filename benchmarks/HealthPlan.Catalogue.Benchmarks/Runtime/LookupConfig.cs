using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace HealthPlan.Catalogue.Benchmarks.Runtime;

/// <summary>
/// Two jobs: the runtime's defaults, and the same with dynamic PGO off. .NET 10's JIT can stack-allocate
/// an enumerator it has devirtualized through PGO, so an allocation may show in one job and not the other.
/// </summary>
public sealed class LookupConfig : ManualConfig
{
    public LookupConfig()
    {
        var job = Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(15);
        AddJob(job.WithId("DynamicPGO"));
        AddJob(job.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredPGO", "0")).WithId("NoDynamicPGO"));
    }
}
