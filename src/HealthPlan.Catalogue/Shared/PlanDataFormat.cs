// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj):
// the generator writes this format and the runtime's PlanData reads it, so both follow one definition.
using System.Text;

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>
/// The compact text a generated plan class stores its numbers, texts and provenance in (a UTF-8 literal),
/// one record per line, fields separated by <c>|</c>:
/// <code>
/// hpc-plan-data|1
/// plan|{id}|{periodStart}|{periodEnd}|{document}|{nameZh}|{nameEn}
/// region|{id}|{level}|{nameZh}|{nameEn}[|parent={parentZh}]
/// document|{id}|{copy}|{published}|{address}|{titleZh}|{issuer}[|note=…]   a published document sources may quote
/// indicator|{id}|{unit}|{direction}|{concept}|{category}|{nameZh}|{nameEn}[|attribute=…][|categoryZh=…]
/// note|{text}                                  a note on the indicator above
/// value|{year}|{value}|{line}|{quote}[|periodStart=…|periodEnd=…][|changeFrom=…][|relative][|scope=…][|note=…][|document=…]
/// target|{year}|{operator}|{value}|{line}|{quote}[|max=…][|tolerance=…][|baselineYear=…][|baseline=…][|relative][|table][|previousPeriod][|scope=…][|textZh=…][|textEn=…][|note=…][|document=…]
/// source|{line}|{quote}[|document=…]           another place the value or target above is stated (its first source is on its own line)
/// reference|{textZh}[|operator=…][|value=…]    the benchmark quoted beside the target above
/// </code>
/// A source's line is empty when it quotes a published document (a web page has no stable lines).
/// Fixed fields come first, optional ones follow as <c>key=value</c>. Words are <see cref="PlanFileTokens"/>' and
/// units' plan-file ids; numbers are written as the plan file writes them, so their stated decimals survive.
/// In a field, <c>\|</c> is <c>|</c>, <c>\\</c> is <c>\</c>, and <c>\uXXXX</c> a character that cannot stand in a
/// line of C# source (line breaks, control characters other than tab, lone surrogates).
/// </summary>
internal static class PlanDataFormat
{
    public const string Header = "hpc-plan-data";
    public const int Version = 1;

    public const string Plan = "plan";
    public const string Region = "region";
    public const string Document = "document";
    public const string Indicator = "indicator";
    public const string Note = "note";
    public const string Value = "value";
    public const string Target = "target";
    public const string Reference = "reference";
    public const string Source = "source";

    public const char Separator = '|';
    public const char Escape = '\\';
    public const char KeySeparator = '=';

    public const string ParentKey = "parent";
    public const string AttributeKey = "attribute";
    public const string CategoryZhKey = "categoryZh";
    public const string ScopeKey = "scope";
    public const string NoteKey = "note";
    public const string DocumentKey = "document";
    public const string MaxKey = "max";
    public const string ToleranceKey = "tolerance";
    public const string BaselineYearKey = "baselineYear";
    public const string BaselineKey = "baseline";
    public const string RelativeKey = "relative";
    public const string TableKey = "table";
    public const string PreviousPeriodKey = "previousPeriod";
    public const string PeriodStartKey = "periodStart";
    public const string PeriodEndKey = "periodEnd";
    public const string ChangeFromKey = "changeFrom";
    public const string TextZhKey = "textZh";
    public const string TextEnKey = "textEn";
    public const string OperatorKey = "operator";
    public const string ValueKey = "value";

    /// <summary>Appends <paramref name="text"/> as one field, escaped.</summary>
    public static void AppendField(StringBuilder line, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is Separator or Escape)
            {
                line.Append(Escape).Append(c);
            }
            else if (NeedsCode(text, i))
            {
                line.Append(Escape).Append('u').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                line.Append(c);
            }
        }
    }

    /// <summary>Whether the character at <paramref name="index"/> must be written as <c>\uXXXX</c>.</summary>
    private static bool NeedsCode(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return (c < ' ' && c != '\t') || c is '\u007F' or '\u0085' or '\u2028' or '\u2029';
    }
}
