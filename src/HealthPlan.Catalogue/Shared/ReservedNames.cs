// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj), and read by the
// CodeGen: the names generated code takes for itself are listed once, for the parser's HPC0008 and the schema's patterns.
using System.Collections.Generic;
using System.Linq;
using System.Text;

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>The C# names generated code declares itself, which a plan's ids must not map to.</summary>
internal static class ReservedNames
{
    /// <summary>The generated root class that holds every region.</summary>
    public const string RootClass = "Plans";

    /// <summary>The root class's property that lists every plan.</summary>
    public const string CatalogueProperty = "Catalogue";

    /// <summary>The root class's property that lists every plan the assembly can reach: its own and its referenced catalogues'.</summary>
    public const string AllProperty = "All";

    private const string PlanClass = "the generated plan class";
    private const string ActualsClass = "the plan's generated Actuals class";
    private const string EveryObject = "every C# object (System.Object), which a generated class would hide";

    /// <summary>The members of <see cref="object"/>: no generated class, property or nested class may take their names (CS0108, CS0114).</summary>
    public static IReadOnlyList<string> ObjectMembers { get; } = new[]
    {
        "Equals", "ToString", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    /// <summary>
    /// The members a plan class and its <c>Actuals</c> declare beside one per indicator, each with the class that declares it:
    /// an indicator id or a plan's <c>shortId</c> cannot map to them.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> PlanMembers { get; } =
        new[] { "Plan", "Id", "Document", "Data", "Actuals", "Assess", "Indicators" }.Select(name => new KeyValuePair<string, string>(name, PlanClass))
            .Concat(new[] { "Year", "CopyValues" }.Select(name => new KeyValuePair<string, string>(name, ActualsClass)))
            .Concat(ObjectMembers.Select(name => new KeyValuePair<string, string>(name, EveryObject)))
            .ToArray();

    /// <summary>The class that declares each of <see cref="PlanMembers"/>, by name, for HPC0008's message.</summary>
    public static IReadOnlyDictionary<string, string> DeclaringClass { get; } = PlanMembers.ToDictionary(member => member.Key, member => member.Value);

    /// <summary>The names a region's class cannot take: the root class's own and the members of every object.</summary>
    public static IReadOnlyList<string> RegionClasses { get; } = new[] { RootClass, CatalogueProperty, AllProperty }.Concat(ObjectMembers).ToArray();

    /// <summary>The names of <see cref="PlanMembers"/>, for messages and descriptions: <c>Plan, Id, …</c>.</summary>
    public static string PlanMemberList => string.Join(", ", PlanMembers.Select(member => member.Key));

    /// <summary>
    /// A regular expression matching every plan-file id that maps to one of <paramref name="names"/>: each word's first letter in
    /// either case, words joined by any hyphens or underscores (<c>^([Tt]o[-_]*[Ss]tring)[-_]*$</c>).
    /// </summary>
    public static string IdPattern(IEnumerable<string> names)
    {
        var pattern = new StringBuilder("^(");
        bool first = true;
        foreach (string name in names)
        {
            pattern.Append(first ? string.Empty : "|");
            first = false;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c))
                {
                    pattern.Append(i == 0 ? string.Empty : "[-_]*").Append('[').Append(c).Append(char.ToLowerInvariant(c)).Append(']');
                }
                else
                {
                    pattern.Append(c);
                }
            }
        }

        return pattern.Append(")[-_]*$").ToString();
    }
}
