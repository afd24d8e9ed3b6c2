// TEMPORARY until the generated unit registry lands (UnitCatalogue.Visit); delete then.
using System;

namespace HealthPlan.Catalogue.Units;

/// <summary>Temporary.</summary>
public interface IUnitVisitor<TResult>
{
    /// <summary>Temporary.</summary>
    TResult Visit<TUnit>() where TUnit : struct, IUnit;
}

internal static class UnitCatalogue
{
    public static UnitInfo? Find(string id) => UnitCatalog.Find(id);

    public static TResult Visit<TResult>(UnitInfo unit, IUnitVisitor<TResult> visitor) => unit.Id switch
    {
        "years" => visitor.Visit<Years>(), "days" => visitor.Visit<Days>(), "minutes" => visitor.Visit<Minutes>(),
        "percent" => visitor.Visit<Percent>(), "per-mille" => visitor.Visit<PerMille>(), "per-10k" => visitor.Visit<Per10K>(),
        "per-100k" => visitor.Visit<Per100K>(), "persons-per-1000" => visitor.Visit<PersonsPer1000>(), "persons-per-10k" => visitor.Visit<PersonsPer10K>(),
        "persons-per-100k" => visitor.Visit<PersonsPer100K>(), "beds-per-1000" => visitor.Visit<BedsPer1000>(), "yuan" => visitor.Visit<Yuan>(),
        "yuan-10k" => visitor.Visit<TenThousandYuan>(), "yuan-100m" => visitor.Visit<HundredMillionYuan>(), "sqm-10k" => visitor.Visit<TenThousandSquareMetres>(),
        "count" => visitor.Visit<Count>(), "persons" => visitor.Visit<Persons>(), "persons-10k" => visitor.Visit<TenThousandPersons>(),
        "beds" => visitor.Visit<Beds>(), "visits" => visitor.Visit<Visits>(), "sex-ratio" => visitor.Visit<SexRatio>(),
        "children-per-woman" => visitor.Visit<ChildrenPerWoman>(), "ratio" => visitor.Visit<Ratio>(), "achievement" => visitor.Visit<Achievement>(),
        _ => throw new ArgumentException("Unknown unit " + unit.Id),
    };
}
