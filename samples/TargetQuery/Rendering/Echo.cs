using System.Globalization;
using System.Text;

namespace HealthPlan.Catalogue.TargetQuery.Rendering;

/// <summary>
/// Text taken from input (an id, a value, a file name, a line of a source document) made safe to echo: control
/// characters (C0 including tab and line breaks, DEL, C1, so also every ESC sequence's ESC) and the bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C) are written as
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

    /// <summary>A control character, or one that reorders text on screen.</summary>
    public static bool IsUnsafe(char c)
        => c < '\u0020' || (c >= '\u007F' && c <= '\u009F')
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
            || c is '\u200E' or '\u200F' or '\u061C';
}
