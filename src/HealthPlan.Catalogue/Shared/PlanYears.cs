// Shared with the generator and TargetQuery as a linked source file: the years a plan file may state (the parser's
// HPC0020) are the years an actuals file may give.
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>The range of years the catalogue reads, in plan files and in actuals.</summary>
internal static class PlanYears
{
    /// <summary>The first year a plan file or an actuals file may state.</summary>
    public const int First = 1900;

    /// <summary>The last year a plan file or an actuals file may state.</summary>
    public const int Last = 2200;

    /// <summary>Whether <paramref name="year"/> lies in <see cref="First"/>–<see cref="Last"/>.</summary>
    public static bool Contains(int year) => year is >= First and <= Last;
}
