using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using HealthPlan.Catalogue.Testing;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>
/// What the generated code gives back when it runs: the plan's data, written as a UTF-8 literal by the
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
