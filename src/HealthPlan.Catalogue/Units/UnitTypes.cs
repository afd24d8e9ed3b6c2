// Unit types: one empty struct per unit, so a quantity's unit is part of its type.
// The generator's unit table (generators/.../Units/UnitTable.cs) maps plan-file ids to these types;
// UnitTableTests keeps the two in step.

namespace HealthPlan.Catalogue.Units;

/// <summary>Years of age or life, as in 人均期望寿命 78.14 岁. Base of the duration dimension is the day.</summary>
public readonly struct Years : IDurationUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("years", "岁", "a", "years", UnitDimension.Duration, 365.25);
}

/// <summary>Days, as in 平均住院日 9 天.</summary>
public readonly struct Days : IDurationUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("days", "天", "d", "days", UnitDimension.Duration, 1);
}

/// <summary>Minutes, as in an emergency response time.</summary>
public readonly struct Minutes : IDurationUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("minutes", "分钟", "min", "minutes", UnitDimension.Duration, 1.0 / 1440);
}

/// <summary>Percent (%), parts per hundred.</summary>
public readonly struct Percent : IRatioUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("percent", "%", "%", "percent", UnitDimension.Ratio, 0.01);
}

/// <summary>Per mille (‰), parts per thousand, as in 婴儿死亡率 6.3‰.</summary>
public readonly struct PerMille : IRatioUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("per-mille", "‰", "[ppth]", "per mille", UnitDimension.Ratio, 0.001);
}

/// <summary>Per 10,000 (/万), as in 出生缺陷发生率 ≤130/万.</summary>
public readonly struct Per10K : IRatioUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("per-10k", "/万", "/10*4", "per 10,000", UnitDimension.Ratio, 0.0001);
}

/// <summary>Per 100,000 (/10万), as in 孕产妇死亡率 11/10万.</summary>
public readonly struct Per100K : IRatioUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("per-100k", "/10万", "/10*5", "per 100,000", UnitDimension.Ratio, 0.00001);
}

/// <summary>Health workers per 1,000 population, as in 每千人口执业（助理）医师数.</summary>
public readonly struct PersonsPer1000 : IStaffDensityUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("persons-per-1000", "人/千人口", "{persons}/10*3{population}", "persons per 1,000 population", UnitDimension.StaffDensity, 0.001);
}

/// <summary>Health workers per 10,000 population, as in 每万人口全科医生数.</summary>
public readonly struct PersonsPer10K : IStaffDensityUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("persons-per-10k", "人/万人口", "{persons}/10*4{population}", "persons per 10,000 population", UnitDimension.StaffDensity, 0.0001);
}

/// <summary>Health workers per 100,000 population, as in 精神科医师 3.8 per 100,000.</summary>
public readonly struct PersonsPer100K : IStaffDensityUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("persons-per-100k", "人/10万人口", "{persons}/10*5{population}", "persons per 100,000 population", UnitDimension.StaffDensity, 0.00001);
}

/// <summary>Beds per 1,000 population, as in 每千人口医疗卫生机构床位数.</summary>
public readonly struct BedsPer1000 : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("beds-per-1000", "张/千人口", "{beds}/10*3{population}", "beds per 1,000 population", UnitDimension.BedDensity, 0.001);
}

/// <summary>Chinese yuan (元).</summary>
public readonly struct Yuan : IMoneyUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("yuan", "元", "{CNY}", "yuan", UnitDimension.Money, 1);
}

/// <summary>Ten thousand yuan (万元).</summary>
public readonly struct TenThousandYuan : IMoneyUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("yuan-10k", "万元", "10*4{CNY}", "10,000 yuan", UnitDimension.Money, 10000);
}

/// <summary>One hundred million yuan (亿元).</summary>
public readonly struct HundredMillionYuan : IMoneyUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("yuan-100m", "亿元", "10*8{CNY}", "100 million yuan", UnitDimension.Money, 100000000);
}

/// <summary>Ten thousand square metres (万平方米), as in building floor area.</summary>
public readonly struct TenThousandSquareMetres : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("sqm-10k", "万平方米", "10*4.m2", "10,000 square metres", UnitDimension.Area, 10000);
}

/// <summary>A plain count of things (个): institutions, projects, items.</summary>
public readonly struct Count : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("count", "个", "{count}", "count", UnitDimension.Count, 1);
}

/// <summary>A number of people (人, 名).</summary>
public readonly struct Persons : IPersonsUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("persons", "人", "{persons}", "persons", UnitDimension.Persons, 1);
}

/// <summary>Ten thousand people (万人), as in 存活的艾滋病感染者和病人数 ≤120万.</summary>
public readonly struct TenThousandPersons : IPersonsUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("persons-10k", "万人", "10*4{persons}", "10,000 persons", UnitDimension.Persons, 10000);
}

/// <summary>A number of beds (张).</summary>
public readonly struct Beds : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("beds", "张", "{beds}", "beds", UnitDimension.Beds, 1);
}

/// <summary>A number of visits or attendances (人次).</summary>
public readonly struct Visits : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("visits", "人次", "{visits}", "visits", UnitDimension.Visits, 1);
}

/// <summary>Sex ratio at birth: boys born per 100 girls, as in 出生人口性别比 106:100.</summary>
public readonly struct SexRatio : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("sex-ratio", "(女=100)", "{boys}/100{girls}", "boys per 100 girls", UnitDimension.SexRatio, 1);
}

/// <summary>Children per woman, the unit of the total fertility rate (总和生育率).</summary>
public readonly struct ChildrenPerWoman : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("children-per-woman", "孩/妇女", "{children}/{woman}", "children per woman", UnitDimension.Fertility, 1);
}

/// <summary>A dimensionless ratio between two quantities, as in 肿瘤死亡发病比 0.75.</summary>
public readonly struct Ratio : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("ratio", "", "1", "ratio", UnitDimension.PlainRatio, 1);
}

/// <summary>A yes/no goal such as 实现全覆盖: 1 means achieved, 0 means not.</summary>
public readonly struct Achievement : IUnit
{
    /// <inheritdoc cref="IUnit.Info" />
    public static UnitInfo Info { get; } = new("achievement", "", "{achieved}", "achieved (1) or not (0)", UnitDimension.Achievement, 1);
}
