using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using HealthPlan.Catalogue.Testing;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// What the generated code gives back when it runs: the plan's data, written as the argument of <c>[PlanData]</c> by the
/// generator and read by the runtime, must come back exactly as the plan file states it.
/// </summary>
public class GeneratedDataTests
{
    [Fact]
    public void A_relative_target_carries_the_baseline_the_generator_resolved()
    {
        var plan = Load(SamplePlans.Small);
        var life = (Indicator<Years>)plan.FindIndicator("life-expectancy")!;
        var ncd = (Indicator<Percent>)plan.FindIndicator("premature-ncd-mortality")!;

        Assert.Equal(78.2, life.Target(2025).BaselineValue);
        Assert.True(life.Target(2025).IsMetBy(79.2.Years()));
        Assert.False(life.Target(2025).IsMetBy(79.1.Years()));
        Assert.Equal(18.5, ncd.Target(2025).BaselineValue);
        Assert.Equal(16.65, ncd.Target(2025).Threshold!.Value.Value, 10);
    }

    [Fact]
    public void Every_number_text_and_source_comes_back_as_the_plan_file_states_it()
    {
        var plan = Load(SamplePlans.Small);
        var infant = (Indicator<PerMille>)plan.FindIndicator("infant-mortality-rate")!;
        var target = infant.Target(2025);

        Assert.Equal(("sample-county-2021-2025", "样例县", AdministrativeLevel.County, 2021, 2025), (plan.Id, plan.Region.NameZh, plan.Region.Level, plan.PeriodStart, plan.PeriodEnd));
        Assert.Equal((TargetOperator.AtMost, 5.0, 1), (target.Operator, target.Value!.Value, target.Decimals));
        Assert.Equal(new Provenance("sample.txt", 9, "婴儿死亡率≤5.0‰"), target.Source);
        Assert.Equal("≤ 5.0 ‰ by 2025", target.ToString());
        Assert.Equal(IndicatorAttribute.Binding, infant.Attribute);
        Assert.Equal("5.1 ‰ in 2020", Assert.Single(infant.Values).ToString());

        var coverage = (Indicator<Percent>)plan.FindIndicator("immunization-coverage")!;
        Assert.Equal(new TargetReference("省指标 ≥90%", TargetOperator.AtLeast, 90), coverage.Target(2025).Reference);
        var response = plan.FindIndicator("emergency-response-time")!;
        Assert.Equal(new[] { "< 12 分钟 by 2025 (urban)", "≈ 20 分钟 by 2025 (rural)" }, response.Targets.Select(t => t.DescribeWithYear()));
        Assert.Equal("左右 in the text.", response.Targets[1].Note);
        Assert.Equal(new[] { "The plan gives no baseline." }, plan.FindIndicator("sex-ratio-at-birth")!.Notes);
    }

    /// <summary><see cref="SamplePlans.Small"/> with issue 13's fields: sources, a table mark, a previous plan's target, changes and period values.</summary>
    private static string WithIssue13Fields() => SamplePlans.Small
        .Replace(
            "\"targets\": [ { \"year\": 2025, \"operator\": \"<=\", \"value\": 5.0, \"source\": { \"line\": 9, \"quote\": \"婴儿死亡率≤5.0‰\" } } ]",
            "\"targets\": [ { \"year\": 2020, \"operator\": \"<=\", \"value\": 6.3, \"previousPeriod\": true, \"source\": { \"line\": 20, \"quote\": \"≤6.3\" } }, "
                + "{ \"year\": 2025, \"operator\": \"<=\", \"value\": 5.0, \"sources\": [ { \"line\": 9, \"quote\": \"婴儿死亡率≤5.0‰\" }, { \"line\": 21, \"quote\": \"≤5.0|表\" }, { \"document\": \"annex.txt\", \"line\": 2, \"quote\": \"5.0‰\" } ] }, "
                + "{ \"year\": 2025, \"operator\": \"<\", \"value\": 5.0, \"note\": \"The text says 低于.\", \"source\": { \"line\": 30, \"quote\": \"低于5.0‰\" } }, "
                + "{ \"year\": 2025, \"operator\": \"<=\", \"value\": 5.0, \"table\": true, \"scope\": \"rural\", \"source\": { \"line\": 22, \"quote\": \"农村≤5.0\" } } ]")
        .Replace(
            "\"values\": [ { \"year\": 2020, \"value\": 5.1, \"source\": { \"line\": 3, \"quote\": \"婴儿死亡率5.1‰\" } } ]",
            "\"values\": [ { \"year\": 2020, \"value\": 5.1, \"sources\": [ { \"line\": 3, \"quote\": \"婴儿死亡率5.1‰\" }, { \"line\": 19, \"quote\": \"5.1\" } ] } ]")
        .Replace(
            "\"values\": [ { \"year\": 2020, \"value\": 78.2, \"source\": { \"line\": 3, \"quote\": \"人均预期寿命78.2岁\" } } ]",
            "\"values\": [ { \"year\": 2020, \"value\": 1.57, \"changeFrom\": 2015, \"source\": { \"line\": 5, \"quote\": \"比2015年提高1.57岁\" } }, "
                + "{ \"periodStart\": 2016, \"periodEnd\": 2020, \"value\": 2.1, \"relative\": true, \"source\": { \"line\": 6, \"quote\": \"增长2.1%\" } }, "
                + "{ \"periodStart\": 2016, \"periodEnd\": 2020, \"year\": 2019, \"value\": 4, \"source\": { \"line\": 7, \"quote\": \"4岁\" } }, "
                + "{ \"year\": 2020, \"value\": 78.2, \"source\": { \"line\": 3, \"quote\": \"人均预期寿命78.2岁\" } } ]");

    [Fact]
    public void Every_source_of_a_value_and_a_target_comes_back_first_statement_first()
    {
        var plan = Load(WithIssue13Fields());
        var infant = (Indicator<PerMille>)plan.FindIndicator("infant-mortality-rate")!;

        var target = infant.Targets[1];
        Assert.Equal(
            new[] { new Provenance("sample.txt", 9, "婴儿死亡率≤5.0‰"), new Provenance("sample.txt", 21, "≤5.0|表"), new Provenance("annex.txt", 2, "5.0‰") },
            target.Sources);
        Assert.Same(target.Sources[0], target.Source);
        var value = Assert.Single(infant.Values);
        Assert.Equal(new[] { 3, 19 }, value.Sources.Select(source => source.Line!.Value));
        Assert.Equal(value.Source, value.Sources[0]);
        Assert.Single(infant.Targets[2].Sources);
    }

    [Fact]
    public void Table_and_previous_period_marks_come_back()
    {
        var plan = Load(WithIssue13Fields());
        var infant = (Indicator<PerMille>)plan.FindIndicator("infant-mortality-rate")!;

        Assert.Equal(new[] { true, false, false, false }, infant.Targets.Select(target => target.IsPreviousPeriod));
        Assert.Equal(new[] { false, false, false, true }, infant.Targets.Select(target => target.InTable));
        Assert.Equal("≤ 6.3 ‰ by 2020 (previous plan)", infant.Target(2020).ToString());

        // 2025 (whole): ≤ 5.0 and < 5.0 differ and neither is the table's.
        var error = Assert.Throws<InvalidOperationException>(() => infant.Target(2025));
        Assert.Contains("TargetsFor", error.Message);
        Assert.Contains("< 5.0 ‰ by 2025", error.Message);
        Assert.Equal(2, infant.TargetsFor(2025).Count);
        Assert.Null(infant.FindTarget(2025));
        Assert.Same(infant.Targets[3], infant.Target(2025, "rural"));
    }

    [Fact]
    public void Changes_and_values_of_a_period_come_back_and_are_never_baselines()
    {
        var plan = Load(WithIssue13Fields());
        var life = (Indicator<Years>)plan.FindIndicator("life-expectancy")!;

        var change = life.Values[0];
        Assert.Equal((2020, 1.57, (int?)2015, false, (int?)null, (int?)null), (change.Year, change.Value, change.ChangeFrom, change.IsRelativeChange, change.PeriodStart, change.PeriodEnd));
        Assert.Equal("+1.57 岁 over 2015 in 2020", change.ToString());

        var growth = life.Values[1];
        Assert.Equal((2020, (int?)2016, (int?)2020, (int?)2015, true), (growth.Year, growth.PeriodStart, growth.PeriodEnd, growth.ChangeFrom, growth.IsRelativeChange));
        Assert.Equal("+2.1 % over 2015 in 2016–2020", growth.ToString());

        var total = life.Values[2];
        Assert.Equal((2019, (int?)2016, (int?)2020, (int?)null), (total.Year, total.PeriodStart, total.PeriodEnd, total.ChangeFrom));
        Assert.Equal("4 岁 in 2016–2020", total.ToString());

        // The relative target's baseline is the 2020 level, not the 2020 change listed before it.
        Assert.Equal(78.2, life.Target(2025).BaselineValue);
        Assert.Equal(78.2, life.FindValue(2020)!.Value);
        Assert.Null(life.FindValue(2019));
    }

    [Fact]
    public void A_value_marked_as_the_level_at_its_period_end_comes_back_marked()
    {
        // Shanxi's “十二五”时期 … 下降至5.90‰: the level reached by the end of 2011–2015.
        string json = SamplePlans.Small.Replace(
            "\"values\": [ { \"year\": 2020, \"value\": 5.1, \"source\": { \"line\": 3, \"quote\": \"婴儿死亡率5.1‰\" } } ]",
            "\"values\": [ { \"periodStart\": 2016, \"periodEnd\": 2020, \"value\": 5.1, \"atPeriodEnd\": true, \"source\": { \"line\": 3, \"quote\": \"婴儿死亡率5.1‰\" } }, "
                + "{ \"periodStart\": 2016, \"periodEnd\": 2020, \"value\": 4, \"source\": { \"line\": 7, \"quote\": \"4\" } } ]");
        var plan = Load(json);
        var values = plan.FindIndicator("infant-mortality-rate")!.Values;

        Assert.Equal(new[] { true, false }, values.Select(value => value.AtPeriodEnd));
        Assert.Equal(((int?)2016, (int?)2020, 2020), (values[0].PeriodStart, values[0].PeriodEnd, values[0].Year));
    }

    [Fact]
    public void Text_the_data_format_escapes_comes_back_unchanged()
    {
        // Separators, escapes, quotes, line breaks C# would end a source line at, tabs and a character outside the BMP.
        const string awkward = "a|b\\\\c \\\"\\\"\\\"\\\" d\\ne\\r\\u2028f\\u0085\\tg\\u0001 😀 \\\\u0041";
        string json = SamplePlans.Small.Replace("\"Infant mortality rate\"", "\"" + awkward + "\"").Replace("\"婴儿死亡率≤5.0‰\"", "\"" + awkward + "\"");
        var plan = Load(json);
        var infant = plan.FindIndicator("infant-mortality-rate")!;

        string expected = "a|b\\c \"\"\"\" d\ne\r\u2028f\u0085\tg\u0001 😀 \\u0041";
        Assert.Equal(expected, infant.NameEn);
        Assert.Equal(expected, infant.Targets[0].Source.Quote);
    }

    [Fact]
    public void A_number_quoted_from_a_published_document_carries_the_document_and_no_line()
    {
        const string documents = """
            "documents": [
              { "id": "gov", "titleZh": "样例县卫生健康规划", "issuer": "样例县人民政府", "published": "2021-05", "address": "https://example.gov.cn/plan.htm", "copy": "official" },
              { "id": "repost", "titleZh": "样例县规划全文", "issuer": "样例日报|转载", "published": "2021", "address": "http://news.example.cn/a?b=1|2", "copy": "secondary", "note": "Reposted in full." }
            ],
            """;
        string json = SamplePlans.Small
            .Replace("\"document\": \"sample.txt\",", "\"document\": \"gov\",\n" + documents)
            .Replace("\"source\": { \"line\": 9, \"quote\": \"婴儿死亡率≤5.0‰\" }", "\"source\": { \"document\": \"repost\", \"quote\": \"婴儿死亡率≤5.0‰\" }")
            .Replace("\"source\": { \"line\": 3, \"quote\": \"婴儿死亡率5.1‰\" }", "\"source\": { \"quote\": \"婴儿死亡率5.1‰\" }");
        var plan = Load(json);
        var infant = plan.FindIndicator("infant-mortality-rate")!;

        var official = new SourceDocument("gov", "样例县卫生健康规划", "样例县人民政府", "2021-05", "https://example.gov.cn/plan.htm", DocumentCopy.Official);
        var repost = new SourceDocument("repost", "样例县规划全文", "样例日报|转载", "2021", "http://news.example.cn/a?b=1|2", DocumentCopy.Secondary, "Reposted in full.");
        Assert.Equal(new[] { official, repost }, plan.Documents);
        Assert.Equal(new Provenance("repost", null, "婴儿死亡率≤5.0‰", repost), infant.Targets[0].Source);
        Assert.Equal(new Provenance("gov", null, "婴儿死亡率5.1‰", official), infant.Values[0].Source);
        Assert.Equal("《样例县规划全文》 (样例日报|转载, 2021, secondary copy) http://news.example.cn/a?b=1|2 “婴儿死亡率≤5.0‰”", infant.Targets[0].Source.ToString());

        // Sources of other indicators still cite their lines, in the plan's document.
        Assert.Equal(3, plan.FindIndicator("life-expectancy")!.Values[0].Source.Line);
    }

    /// <summary>Generates and compiles <paramref name="planJson"/>, loads the assembly and returns its plan.</summary>
    private static Plan Load(string planJson)
    {
        var run = GeneratorHarness.Run((SamplePlans.Path, planJson));
        Assert.Empty(run.Diagnostics);
        using var image = new MemoryStream();
        var emit = run.Output.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));

        // The runtime library resolves from the default context, so the plan's types are the ones this test uses.
        var context = new AssemblyLoadContext("generated-plan", isCollectible: true);
        image.Position = 0;
        var assembly = context.LoadFromStream(image);
        var plans = assembly.GetType("UserProject.Plans", throwOnError: true)!;
        var catalogue = (PlanCatalogue)plans.GetProperty("Catalogue", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return Assert.Single(catalogue.Plans);
    }
}
