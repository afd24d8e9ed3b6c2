// Shared as a linked source file with the generator (its diagnostics' arguments) and TargetQuery (everything it echoes):
// a plan file's id and an actuals file's id are shown the same way.
using System.Globalization;
using System.Text;

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>
/// Text taken from input (an id, a value, a file name, a line of a source document) made safe to echo: control
/// characters (C0 including tab and line breaks, DEL, C1, so also every ESC sequence's ESC), the bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C), and what cannot be seen
/// (zero-width characters U+200B–U+200D, U+2060–U+2064, U+FEFF, the soft hyphen, combining marks) are written as
/// <c>\u001B</c>, visible and inert. Spectre markup is escaped where text is rendered as markup, not here.
/// </summary>
internal static class Echo
{
    /// <summary><paramref name="text"/> with every unsafe character written as <c>\uXXXX</c>.</summary>
    public static string Safe(string text)
    {
        int first = 0;
        while (first < text.Length && !IsUnsafe(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var safe = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (IsUnsafe(c))
            {
                safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    /// <summary>A control character, one that reorders text on screen, or one that cannot be seen.</summary>
    public static bool IsUnsafe(char c)
        => c < '\u0020' || (c >= '\u007F' && c <= '\u009F')
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
            || c is '\u200E' or '\u200F' or '\u061C'
            || (c >= '\u200B' && c <= '\u200D') || (c >= '\u2060' && c <= '\u2064') || c is '\uFEFF' or '\u00AD'
            || (c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark);
}
