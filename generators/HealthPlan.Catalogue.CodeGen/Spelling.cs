using System.Text;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>Spelling helpers for the emitters: kebab-case, C# string literals, XML and Markdown text.</summary>
internal static class Spelling
{
    /// <summary><c>StaffDensity</c> → <c>staff-density</c>.</summary>
    public static string ToKebabCase(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>A C# regular string literal for <paramref name="value"/>, quotes included.</summary>
    public static string CSharpString(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>Plain text made safe inside an XML doc comment.</summary>
    public static string XmlText(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Text made safe inside a Markdown table cell.</summary>
    public static string MarkdownCell(string value) => value.Replace("|", "\\|");
}
