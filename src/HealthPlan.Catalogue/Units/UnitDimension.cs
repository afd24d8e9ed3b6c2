namespace HealthPlan.Catalogue.Units;

/// <summary>
/// What a unit measures. Quantities convert only between units of the same dimension
/// (‰ ↔ % ↔ per 100,000), never across dimensions (years never become percent).
/// </summary>
public enum UnitDimension
{
    /// <summary>Time spans: years, days, minutes.</summary>
    Duration,
    /// <summary>A share or rate: percent, per mille, per 10,000, per 100,000.</summary>
    Ratio,
    /// <summary>Health workers per population: persons per 1,000 or per 10,000 population.</summary>
    StaffDensity,
    /// <summary>Beds per population.</summary>
    BedDensity,
    /// <summary>Money in Chinese yuan.</summary>
    Money,
    /// <summary>Floor or land area.</summary>
    Area,
    /// <summary>A plain count of things (institutions, projects).</summary>
    Count,
    /// <summary>A number of people.</summary>
    Persons,
    /// <summary>A number of beds.</summary>
    Beds,
    /// <summary>A number of visits (人次).</summary>
    Visits,
    /// <summary>Sex ratio at birth: boys per 100 girls.</summary>
    SexRatio,
    /// <summary>Fertility: children per woman.</summary>
    Fertility,
    /// <summary>A dimensionless ratio between two quantities (0.75, 1 : 0.6).</summary>
    PlainRatio,
    /// <summary>A yes/no goal: 1 means achieved, 0 means not achieved.</summary>
    Achievement,
}
