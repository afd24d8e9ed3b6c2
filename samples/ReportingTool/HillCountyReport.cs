using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue;
using HillCounty = ReportingTool.Plans.HillCounty.Fyp14;

namespace ReportingTool;

/// <summary>
/// Turns a file of measured values into Hill County's typed actuals. Each line names the indicator's
/// unit: a value converted to the wrong unit, an indicator the plan no longer has, or a binding
/// indicator left out (HPC1001) stops the build instead of producing a wrong report.
/// </summary>
public static class HillCountyReport
{
    public static PlanAssessment Assess(ActualsFile file, out IReadOnlyList<string> unknownIndicators)
    {
        unknownIndicators = file.Indicators.Where(id => HillCounty.Plan.FindIndicator(id) is null).OrderBy(id => id).ToArray();
        return HillCounty.Assess(new HillCounty.Actuals
        {
            Year = file.Year,
            InfantMortalityRate = file.Get("infant-mortality-rate")?.PerMille(),
            MaternalMortalityRatio = file.Get("maternal-mortality-ratio")?.Per100K(),
            LifeExpectancy = file.Get("life-expectancy")?.Years(),
            ImmunizationCoverage = file.Get("immunization-coverage")?.Percent(),
            HospitalBedsPer1000 = file.Get("hospital-beds-per-1000")?.BedsPer1000(),
            HealthLiteracy = file.Get("health-literacy")?.Percent(),
        });
    }
}
