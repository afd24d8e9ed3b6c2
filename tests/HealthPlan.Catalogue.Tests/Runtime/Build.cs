using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Runtime;

/// <summary>Builds one-target indicators for runtime tests.</summary>
internal static class Build
{
    public static readonly Provenance Source = new("test.txt", 1, "quote");

    public static Target<TUnit> Target<TUnit>(
        TargetOperator op,
        double? value = null,
        Direction direction = Direction.HigherIsBetter,
        double? valueMax = null,
        double? tolerance = null,
        int? baselineYear = null,
        bool relative = false,
        int decimals = 0,
        double? baseline = null)
        where TUnit : class, IUnit
    {
        var target = new Target<TUnit>(2020, op, Source, value, valueMax, tolerance, baselineYear, relative, decimals, textEn: op == TargetOperator.Qualitative ? "full coverage" : null, baselineValue: baseline);
        var values = baseline is double b && baselineYear is int year
            ? new[] { new ReportedValue<TUnit>(year, new Quantity<TUnit>(b), Source) }
            : System.Array.Empty<ReportedValue<TUnit>>();
        _ = new Indicator<TUnit>("plan", "indicator", "指标", "Indicator", "concept", "other", direction, values, new[] { target });
        return target;
    }
}
