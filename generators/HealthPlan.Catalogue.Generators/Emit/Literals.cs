using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Generators.Emit;

/// <summary>Writes values as C# literals and as XML-doc text, always under the invariant culture.</summary>
internal static class Literals
{
    public const string Runtime = "global::HealthPlan.Catalogue";

    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun: <c>1 indicator</c>, <c>2 indicators</c>.</summary>
    public static string Plural(int count, string noun) => Integer(count) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>Text safe inside an XML doc comment, on one line (C# also ends a line at U+0085, U+2028 and U+2029).</summary>
    public static string Xml(string text)
        => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ")
            .Replace("\u0085", " ").Replace("\u2028", " ").Replace("\u2029", " ");
}
