using System;
using System.Linq;
using HealthPlan.Catalogue.Seeds;

namespace HealthPlan.Catalogue.Tests.Runtime;

/// <summary>What the runtime does with plan data it cannot read: a build of another version, or a class that is not a plan.</summary>
public class PlanDataTests
{
    private const string Plan = """
        hpc-plan-data|2
        plan|sample-2016-2020|样例规划|Sample plan|2016|2020|sample.txt
        region|sample|样例市|Sample|county-city
        indicator|life-expectancy|人均期望寿命|Life expectancy|life-expectancy|health-status|years|higher-is-better
        target|2020|>=|value=80.0|table
        source|9|人均期望寿命达到80.0岁
        """;

    [Fact]
    public void Reads_a_plan_record_by_record()
    {
        var plan = PlanData.Read(Plan);

        var target = Assert.Single(Assert.Single(plan.Indicators).Targets);
        Assert.Equal("sample-2016-2020", plan.Id);
        Assert.Equal("≥ 80.0 岁", target.Describe());
        Assert.Equal("sample.txt:9 “人均期望寿命达到80.0岁”", target.Source.ToString());
    }

    [Fact]
    public void A_generated_plan_class_carries_its_data()
    {
        var read = PlanData.Read(typeof(Plans.Fuxin.Fyp13));

        Assert.NotSame(Plans.Fuxin.Fyp13.Plan, read);
        Assert.Equal(Describe(Plans.Fuxin.Fyp13.Plan), Describe(read));
        static string[] Describe(Plan plan) => [.. plan.Targets.Select(target => target.Describe() + " " + target.Source)];
    }

    [Theory]
    [InlineData("hpc-plan-data|1", "line 1: expected 'hpc-plan-data|2'")]
    [InlineData("hpc-plan-data|2\nplan|sample-2016-2020|样例规划|Sample plan|20x6|2020|sample.txt", "line 2: 'periodStart': '20x6' is not an integer")]
    [InlineData("hpc-plan-data|2\nplan|sample-2016-2020|样例规划|Sample plan|2016|2020|sample.txt|extra", "line 2: more fields than the record has")]
    [InlineData("hpc-plan-data|2\nplan|sample-2016-2020|样例规划|Sample plan|2016|2020|sample.txt\nregion|sample|样例市|Sample|county-city|colour=red", "line 3: unknown field 'colour'")]
    [InlineData("hpc-plan-data|2\nplan|sample-2016-2020|样例规划|Sample plan|2016|2020|sample.txt\nregion|sample|样例市|Sample|town", "line 3: 'town' is not a word 'level' takes")]
    [InlineData("hpc-plan-data|2\nplan|sample-2016-2020|样例规划|Sample plan|2016|2020|sample.txt\nregion|sample|样例市|Sample|county-city\nindicator|x|x|x|x|health-status|furlongs|neutral", "line 4: 'unit': unknown unit 'furlongs'")]
    public void Data_of_another_version_is_refused_with_its_line(string data, string expected)
    {
        var error = Assert.Throws<FormatException>(() => PlanData.Read(data));
        Assert.Contains(expected, error.Message);
        Assert.Contains("Rebuild the project", error.Message);
    }

    [Fact]
    public void A_class_without_plan_data_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PlanData.Read(typeof(string)));
        Assert.Contains("'System.String' carries no [PlanData]", error.Message);
    }
}
