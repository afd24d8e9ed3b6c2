using System.Text;

namespace HealthPlan.Catalogue.Tests.Generator.Fuzzing;

/// <summary>Text for failure messages.</summary>
internal static class Printable
{
    /// <summary>Text safe to print in a failure message: ASCII, with everything else as \uXXXX, cut to a length.</summary>
    public static string Ascii(string text, int max)
    {
        var builder = new StringBuilder();
        foreach (char c in text.Length > max ? text.Substring(0, max) : text)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return text.Length > max ? builder + "…" : builder.ToString();
    }
}
