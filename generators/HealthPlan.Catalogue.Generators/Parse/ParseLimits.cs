namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>
/// The largest plan the generator turns into code (HPC0035, docs/diagnostics.md states each limit). They keep generated
/// code within what the compiler and the IDE handle well and far below the metadata's 16 MB limits: a string is at most
/// <see cref="MaxStringLength"/> characters (a quote is one line of a document, a note a paragraph), an id at most
/// <see cref="MaxIdLength"/> (it becomes a class or property name, and region, plan class and plan id together a
/// generated file's name, which stays under the 255 characters file systems allow), and a plan
/// at most <see cref="MaxIndicators"/> indicators (a national plan has a few hundred; 15,000 compile in seconds).
/// Tests pass smaller limits to check the logic without building huge plans.
/// </summary>
internal sealed record ParseLimits(int MaxStringLength, int MaxIdLength, int MaxIndicators)
{
    public static ParseLimits Default { get; } = new(MaxStringLength: 10_000, MaxIdLength: 80, MaxIndicators: 20_000);
}
