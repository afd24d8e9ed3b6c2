// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>Whether a published document is the issuing body's own text or a copy someone else published.</summary>
public enum DocumentCopy
{
    /// <summary>The official text, as the issuing body (or the government portal) published it.</summary>
    Official,
    /// <summary>A secondary copy, such as a news agency's repost: its wording is trusted less than the official text's.</summary>
    Secondary,
}
