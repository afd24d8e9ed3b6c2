using System.Reflection;

namespace HealthPlan.Catalogue.Generators;

/// <summary>The generator's name and version, as written into <c>[GeneratedCode]</c>.</summary>
internal static class GeneratorInfo
{
    public const string Name = "HealthPlan.Catalogue.Generators";

    public static string Version { get; } = typeof(GeneratorInfo).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
}
