using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Generators.Model;

namespace HealthPlan.Catalogue.Generators.Units;

/// <summary>
/// The units a plan file may name, and the runtime type each becomes. The runtime library defines
/// the same units (src/HealthPlan.Catalogue/Units); UnitTableTests fails when the two disagree.
/// </summary>
internal static class UnitTable
{
    private static readonly UnitModel[] Units =
    {
        new("years", "Years", "岁"),
        new("days", "Days", "天"),
        new("minutes", "Minutes", "分钟"),
        new("percent", "Percent", "%"),
        new("per-mille", "PerMille", "‰"),
        new("per-10k", "Per10K", "/万"),
        new("per-100k", "Per100K", "/10万"),
        new("persons-per-1000", "PersonsPer1000", "人/千人口"),
        new("persons-per-10k", "PersonsPer10K", "人/万人口"),
        new("persons-per-100k", "PersonsPer100K", "人/10万人口"),
        new("beds-per-1000", "BedsPer1000", "张/千人口"),
        new("yuan", "Yuan", "元"),
        new("yuan-10k", "TenThousandYuan", "万元"),
        new("yuan-100m", "HundredMillionYuan", "亿元"),
        new("sqm-10k", "TenThousandSquareMetres", "万平方米"),
        new("count", "Count", "个"),
        new("persons", "Persons", "人"),
        new("persons-10k", "TenThousandPersons", "万人"),
        new("beds", "Beds", "张"),
        new("visits", "Visits", "人次"),
        new("sex-ratio", "SexRatio", "(女=100)"),
        new("children-per-woman", "ChildrenPerWoman", "孩/妇女"),
        new("ratio", "Ratio", ""),
        new("achievement", "Achievement", ""),
    };

    private static readonly Dictionary<string, UnitModel> ById = Units.ToDictionary(unit => unit.Id);

    public static IReadOnlyList<UnitModel> All => Units;

    public static string KnownIds { get; } = string.Join(", ", Units.Select(unit => unit.Id));

    public static UnitModel? Find(string id) => ById.TryGetValue(id, out var unit) ? unit : null;
}
