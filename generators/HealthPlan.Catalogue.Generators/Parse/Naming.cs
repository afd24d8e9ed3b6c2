using System.Collections.Generic;
using System.Linq;
using System.Text;
using HealthPlan.Catalogue.Generators.Shared;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>Turns plan-file ids (<c>infant-mortality-rate</c>) into C# names (<c>InfantMortalityRate</c>).</summary>
internal static class Naming
{
    /// <summary>The generated root class that holds every region.</summary>
    public const string RootClassName = ReservedNames.RootClass;

    /// <summary>The root class's property that lists every plan.</summary>
    public const string CatalogueProperty = ReservedNames.CatalogueProperty;

    /// <summary>The root class's property that lists every plan the assembly can reach: its own and its referenced catalogues'.</summary>
    public const string AllProperty = ReservedNames.AllProperty;

    /// <summary>The members of <see cref="object"/>: no generated class, property or nested class may take their names (CS0108, CS0114).</summary>
    public static readonly IReadOnlyCollection<string> ObjectMembers = ReservedNames.ObjectMembers.ToArray();

    /// <summary>
    /// Names the generated code gives members of its own, beside one per indicator: an indicator (or a
    /// plan's <c>shortId</c>) cannot take them. Each maps to the class that declares it, for the message.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ReservedMembers = ReservedNames.PlanMembers.ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>
    /// The PascalCase name for <paramref name="id"/>, or null with the reason in <paramref name="problem"/>.
    /// Hyphens and underscores separate words; letters and digits are kept.
    /// </summary>
    public static string? ToPascalCase(string id, out string problem)
    {
        problem = string.Empty;
        if (id.Length == 0)
        {
            problem = "it is empty";
            return null;
        }

        if (char.IsDigit(id[0]))
        {
            problem = "it starts with a digit; start it with a letter";
            return null;
        }

        if (SyntaxFacts.GetKeywordKind(id) != SyntaxKind.None)
        {
            problem = "it is a C# keyword; choose a descriptive id";
            return null;
        }

        var name = new StringBuilder(id.Length);
        bool startOfWord = true;
        foreach (char c in id)
        {
            if (c is '-' or '_')
            {
                startOfWord = true;
                continue;
            }

            if (!IsAsciiLetterOrDigit(c))
            {
                problem = $"it contains '{c}'; use ASCII letters, digits and hyphens";
                return null;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (name.Length == 0)
        {
            problem = "it has no letters or digits";
            return null;
        }

        if (char.IsDigit(name[0]))
        {
            problem = $"its C# name '{name}' would start with a digit; start it with a letter";
            return null;
        }

        return name.ToString();
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
}
