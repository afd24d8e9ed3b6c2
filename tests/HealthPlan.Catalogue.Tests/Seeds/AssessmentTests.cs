using HealthPlan.Catalogue.Seeds;

namespace HealthPlan.Catalogue.Tests.Seeds;

public class AssessmentTests
{
    [Fact]
    public void A_typed_report_assesses_cixi_and_counts_its_binding_targets()
    {
        var assessment = Plans.Cixi.Fyp13.Assess(new Plans.Cixi.Fyp13.Actuals
        {
            Year = 2020,
            MaternalMortalityRatio = 5.Per100K(),
            InfantMortalityRate = 9.PerMille(),
        });

        Assert.Equal(2020, assessment.Year);
        Assert.Contains(assessment.Results, r => r.Target.Indicator.Id == "infant-mortality-rate" && r.Outcome == AssessmentOutcome.NotMet);
        Assert.Contains(assessment.Results, r => r.Target.Indicator.Id == "maternal-mortality-ratio" && r.Outcome == AssessmentOutcome.Met);
        Assert.NotEmpty(assessment.NotAssessed);
        Assert.StartsWith("cixi-2016-2020 in 2020:", assessment.ToString());
    }
}
