using System;
using System.Collections.Generic;
using System.Linq;

namespace HealthPlan.Catalogue.Units;

/// <summary>Every unit the catalogue knows, by id.</summary>
public static class UnitCatalog
{
    private static readonly Dictionary<string, UnitInfo> ById = new UnitInfo[]
    {
        Years.Info, Days.Info, Minutes.Info,
        Percent.Info, PerMille.Info, Per10K.Info, Per100K.Info,
        PersonsPer1000.Info, PersonsPer10K.Info, PersonsPer100K.Info, BedsPer1000.Info,
        Yuan.Info, TenThousandYuan.Info, HundredMillionYuan.Info, TenThousandSquareMetres.Info,
        Count.Info, Persons.Info, TenThousandPersons.Info, Beds.Info, Visits.Info,
        SexRatio.Info, ChildrenPerWoman.Info, Ratio.Info, Achievement.Info,
    }.ToDictionary(unit => unit.Id, StringComparer.Ordinal);

    /// <summary>All units, ordered by id.</summary>
    public static IReadOnlyList<UnitInfo> All { get; } = ById.Values.OrderBy(unit => unit.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Finds a unit by its plan-file id (<c>per-mille</c>), or returns null.</summary>
    public static UnitInfo? Find(string id) => ById.TryGetValue(id, out var unit) ? unit : null;
}
