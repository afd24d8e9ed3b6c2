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

    /// <summary>
    /// Text safe inside an XML doc comment, on one line: markup escaped, and every character XML 1.0 cannot hold
    /// (control characters from a PDF copy, U+FFFE, U+FFFF, lone surrogates) or C# ends a line at made safe by
    /// <see cref="OneLine"/>. Only the docs change: the plan's data keeps the text as written.
    /// </summary>
    public static string Xml(string text)
        => OneLine(text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;"));

    /// <summary>
    /// Text safe inside a <c>//</c> comment or a doc comment: line breaks (C# also ends a line at U+0085, U+2028 and
    /// U+2029) and other control characters become spaces; U+FFFE, U+FFFF and lone surrogates become U+FFFD.
    /// </summary>
    public static string OneLine(string text)
    {
        System.Text.StringBuilder? safe = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char replacement = c;
            if ((c < ' ' && c != '\t') || c is '\u0085' or '\u2028' or '\u2029')
            {
                replacement = ' ';
            }
            else if (c is '\uFFFE' or '\uFFFF')
            {
                replacement = '\uFFFD';
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    safe?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                replacement = '\uFFFD';
            }
            else if (char.IsLowSurrogate(c))
            {
                replacement = '\uFFFD';
            }

            if (replacement != c && safe is null)
            {
                safe = new System.Text.StringBuilder(text.Length).Append(text, 0, i);
            }

            safe?.Append(replacement);
        }

        return safe?.ToString() ?? text;
    }
}
