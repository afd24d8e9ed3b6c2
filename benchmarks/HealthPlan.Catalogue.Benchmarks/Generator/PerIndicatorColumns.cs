using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HealthPlan.Catalogue.Benchmarks.Generator;

/// <summary>Adds the indicator count and the median time and allocation per indicator to the generator's table.</summary>
public sealed class PerIndicatorConfig : ManualConfig
{
    public PerIndicatorConfig()
    {
        AddColumn(new PerIndicatorColumn(PerIndicatorColumn.Kind.Indicators));
        AddColumn(new PerIndicatorColumn(PerIndicatorColumn.Kind.TimePerIndicator));
        AddColumn(new PerIndicatorColumn(PerIndicatorColumn.Kind.AllocatedPerIndicator));
    }
}

/// <summary>
/// A column derived from the measured median and allocation divided by the number of indicators in the
/// benchmark's <c>Catalogue</c> parameter (counted from the input files themselves).
/// </summary>
public sealed class PerIndicatorColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, int> Counts = new(StringComparer.Ordinal);

    private readonly Kind _kind;

    public PerIndicatorColumn(Kind kind) => _kind = kind;

    public enum Kind
    {
        Indicators,
        TimePerIndicator,
        AllocatedPerIndicator,
    }

    public string Id => nameof(PerIndicatorColumn) + "." + _kind;

    public string ColumnName => _kind switch
    {
        Kind.Indicators => "Indicators",
        Kind.TimePerIndicator => "Median/indicator",
        _ => "Alloc/indicator",
    };

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_kind;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _kind switch
    {
        Kind.Indicators => "Indicators in the input catalogue",
        Kind.TimePerIndicator => "Median divided by the number of indicators (the median resists the noise of a shared machine)",
        _ => "Allocated bytes per operation divided by the number of indicators",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var parameter = benchmarkCase.Parameters.Items.FirstOrDefault(item => item.Name == nameof(GeneratorBenchmarks.Catalogue));
        if (parameter?.Value is not string catalogue)
        {
            return "-";
        }

        int indicators = Counts.GetOrAdd(catalogue, Count);
        if (_kind == Kind.Indicators)
        {
            return indicators.ToString("N0", CultureInfo.InvariantCulture);
        }

        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
        {
            return "NA";
        }

        if (_kind == Kind.TimePerIndicator)
        {
            double nanoseconds = report.ResultStatistics.Median / indicators;
            return nanoseconds >= 1000
                ? (nanoseconds / 1000).ToString("N2", CultureInfo.InvariantCulture) + " μs"
                : nanoseconds.ToString("N1", CultureInfo.InvariantCulture) + " ns";
        }

        long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is long allocated
            ? ((double)allocated / indicators / 1024).ToString("N2", CultureInfo.InvariantCulture) + " KB"
            : "NA";
    }

    public override string ToString() => ColumnName;

    /// <summary>Counts the indicators of the plan files the benchmark reads, so the column never trusts a label.</summary>
    private static int Count(string catalogue)
        => GeneratorBenchmarks.Files(catalogue)
            .Where(file => file.Path.EndsWith(".plan.json", StringComparison.Ordinal))
            .Sum(file =>
            {
                using var document = JsonDocument.Parse(file.Text);
                return document.RootElement.GetProperty("indicators").GetArrayLength();
            });
}
