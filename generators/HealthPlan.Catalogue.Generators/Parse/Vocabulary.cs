using System.Collections.Generic;
using System.Linq;

namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>The closed sets of words a plan file uses, each mapped to the runtime enum member it becomes.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyDictionary<string, string> Operators = new Dictionary<string, string>
    {
        [">="] = "AtLeast",
        ["<="] = "AtMost",
        [">"] = "Above",
        ["<"] = "Below",
        ["="] = "Reach",
        ["range"] = "Between",
        ["approx"] = "About",
        ["increase-by"] = "IncreaseBy",
        ["decrease-by"] = "DecreaseBy",
        ["qualitative"] = "Qualitative",
    };

    public static readonly IReadOnlyDictionary<string, string> Directions = new Dictionary<string, string>
    {
        ["higher-is-better"] = "HigherIsBetter",
        ["lower-is-better"] = "LowerIsBetter",
        ["neutral"] = "Neutral",
    };

    public static readonly IReadOnlyDictionary<string, string> Attributes = new Dictionary<string, string>
    {
        ["binding"] = "Binding",
        ["anticipatory"] = "Anticipatory",
    };

    public static readonly IReadOnlyDictionary<string, string> Levels = new Dictionary<string, string>
    {
        ["province"] = "Province",
        ["prefecture-city"] = "PrefectureCity",
        ["county-city"] = "CountyCity",
        ["county"] = "County",
        ["district"] = "District",
    };

    public static readonly IReadOnlyCollection<string> Categories = new HashSet<string>
    {
        "health-status", "disease-control", "maternal-child-health", "family-planning", "medical-services",
        "health-resources", "primary-care", "medical-security", "public-health", "health-expenditure",
        "drugs", "informatization", "health-promotion", "elderly-care", "other",
    };

    public static string List(IEnumerable<string> words) => string.Join(", ", words.OrderBy(word => word, System.StringComparer.Ordinal));
}
