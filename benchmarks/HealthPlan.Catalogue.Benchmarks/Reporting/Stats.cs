using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HealthPlan.Catalogue.Benchmarks.Reporting;

/// <summary>Medians and the units the process-based reports print.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    public static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(double milliseconds) => (milliseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Kb(double bytes) => (bytes / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB";

    public static string Mb(double bytes) => (bytes / 1024 / 1024).ToString("N0", CultureInfo.InvariantCulture) + " MB";

    public static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
