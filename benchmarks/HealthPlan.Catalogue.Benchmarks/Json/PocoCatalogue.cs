using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace HealthPlan.Catalogue.Benchmarks.Json;

/// <summary>
/// The hand-rolled alternative to the generated catalogue: load every plan file at startup, index the
/// indicators by plan and id, and compare a value with a target by its operator string.
/// </summary>
public sealed class PocoCatalogue
{
    /// <summary>Reflection-based options, created once as the documentation advises.</summary>
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private readonly Dictionary<(string PlanId, string IndicatorId), IndicatorPoco> _indicators = new();

    private PocoCatalogue(List<PlanFile> plans)
    {
        Plans = plans;
        foreach (var plan in plans)
        {
            foreach (var indicator in plan.Indicators)
            {
                _indicators.Add((plan.Id, indicator.Id), indicator);
            }
        }
    }

    public IReadOnlyList<PlanFile> Plans { get; }

    /// <summary>Reads <paramref name="paths"/> with reflection-based System.Text.Json.</summary>
    public static PocoCatalogue LoadWithReflection(IEnumerable<string> paths)
    {
        var plans = new List<PlanFile>();
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            plans.Add(JsonSerializer.Deserialize<PlanFile>(stream, Options) ?? throw new InvalidDataException(path + " holds no plan."));
        }

        return new PocoCatalogue(plans);
    }

    /// <summary>Reads <paramref name="paths"/> with System.Text.Json's source-generated metadata.</summary>
    public static PocoCatalogue LoadWithSourceGeneration(IEnumerable<string> paths)
    {
        var plans = new List<PlanFile>();
        foreach (var path in paths)
        {
            using var stream = File.OpenRead(path);
            plans.Add(JsonSerializer.Deserialize(stream, PlanJsonContext.Default.PlanFile) ?? throw new InvalidDataException(path + " holds no plan."));
        }

        return new PocoCatalogue(plans);
    }

    public IndicatorPoco? FindIndicator(string planId, string indicatorId)
        => _indicators.TryGetValue((planId, indicatorId), out var indicator) ? indicator : null;

    /// <summary>The first target for <paramref name="year"/> without a scope, or null.</summary>
    public static TargetPoco? FindTarget(IndicatorPoco indicator, int year)
    {
        foreach (var target in indicator.Targets)
        {
            if (target.Year == year && target.Scope is null)
            {
                return target;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="actual"/> meets <paramref name="target"/>: the operators of the format, on plain numbers, units unchecked.</summary>
    public static bool IsMet(IndicatorPoco indicator, TargetPoco target, double actual)
    {
        double value = target.Value ?? 0;
        switch (target.Operator)
        {
            case ">=": return actual >= value;
            case "<=": return actual <= value;
            case ">": return actual > value;
            case "<": return actual < value;
            case "=":
                return indicator.Direction switch
                {
                    "higher-is-better" => actual >= value,
                    "lower-is-better" => actual <= value,
                    _ => actual == value,
                };
            case "range": return actual >= value && actual <= (target.ValueMax ?? value);
            case "approx": return Math.Abs(actual - value) <= (target.Tolerance ?? Math.Abs(value) * 0.05);
            case "increase-by":
            case "decrease-by":
                double? baseline = null;
                foreach (var reported in indicator.Values)
                {
                    if (reported.Year == target.BaselineYear && reported.Scope == target.Scope)
                    {
                        baseline = reported.Value;
                    }
                }

                if (baseline is not double b)
                {
                    return false;
                }

                double change = target.Relative ? b * value / 100 : value;
                return target.Operator == "increase-by" ? actual >= b + change : actual <= b - change;
            default:
                return false;
        }
    }
}
