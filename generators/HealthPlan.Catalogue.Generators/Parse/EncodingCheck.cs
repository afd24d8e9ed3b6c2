using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>
/// Finds text the compiler could not read as UTF-8 (HPC0034). The compiler reads a file without a byte order mark as
/// UTF-8 and, when its bytes are not valid UTF-8 (a file saved in GBK or GB18030), decodes it again with a fallback
/// code page (Windows-1252 or Latin-1): the text then has no U+FFFD but mojibake. A host that decodes with
/// replacement gives U+FFFD for each invalid byte instead. Both are reported: a plan's Chinese names and quotes would
/// otherwise build silently changed.
/// </summary>
/// <remarks>
/// A U+FFFD that the file really holds (UTF-8 bytes EF BF BD) cannot be told from a replaced byte once decoded, so it is
/// reported too; the rare plan that means it writes the escape <c>\ufffd</c> in a JSON string instead.
/// </remarks>
internal static class EncodingCheck
{
    /// <summary>Where the first undecodable character is and what went wrong, or null when the text is Unicode as written.</summary>
    public static (int Offset, string Problem)? Find(SourceText text)
    {
        var encoding = text.Encoding;
        if (encoding is not null && !IsUnicode(encoding.CodePage))
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] > '\u007F')
                {
                    return (i, $"its bytes are not valid UTF-8, so it was read as {encoding.WebName} (a file saved as GBK or GB18030 reads like this)");
                }
            }

            return null;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\uFFFD')
            {
                return (i, "it has bytes that are not valid UTF-8 (a GBK or GB18030 file, or a stray byte), which read as U+FFFD");
            }
        }

        return null;
    }

    // UTF-8, UTF-16 LE/BE and UTF-32 LE/BE: what a byte order mark or valid UTF-8 gives.
    private static bool IsUnicode(int codePage) => codePage is 65001 or 1200 or 1201 or 12000 or 12001;
}
