using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>Turns plan-file ids (<c>infant-mortality-rate</c>) into C# names (<c>InfantMortalityRate</c>).</summary>
internal static class Naming
{
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
