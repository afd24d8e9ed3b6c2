using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.Testing;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.Tests.Seeds;

/// <summary>The five seed plans as a user of the SDK gets them: types, values a reader can check, provenance.</summary>
public class SeedPlanTests
{
    [Fact]
    public void Fuxin_infant_mortality_is_typed_in_per_mille_with_its_2020_target()
    {
        Indicator<PerMille> infantMortality = Plans.Fuxin.Fyp13.InfantMortalityRate;
        var target = infantMortality.Target(2020);

        Assert.Equal(TargetOperator.AtMost, target.Operator);
        Assert.Equal(6.3, target.Value);
        Assert.Equal(new Provenance("000_7ec626baa6a0b6df.txt", 39, "婴儿死亡率控制在 **6.3‰** 以下"), target.Source);
        Assert.True(target.IsMetBy(5.9.PerMille()));
        Assert.False(target.IsMetBy(6.4.PerMille()));
        Assert.Equal("婴儿死亡率 Infant mortality rate: ≤ 6.3 ‰ by 2020", infantMortality.ToString());
    }

    [Theory]
    [InlineData("fuxin-2016-2020", "阜新市", AdministrativeLevel.PrefectureCity, 2016, 2020, "000_7ec626baa6a0b6df.txt")]
    [InlineData("shanxi-2016-2020", "山西省", AdministrativeLevel.Province, 2016, 2020, "001_956786a634216e75.txt")]
    [InlineData("anshan-2021-2025", "鞍山市", AdministrativeLevel.PrefectureCity, 2021, 2025, "002_14fe07d2ce9f326d.txt")]
    [InlineData("lucheng-2016-2020", "鹿城区", AdministrativeLevel.District, 2016, 2020, "003_3a1667128172d8df.txt")]
    [InlineData("cixi-2016-2020", "慈溪市", AdministrativeLevel.CountyCity, 2016, 2020, "004_ff1a5d35d0013e9c.txt")]
    public void Every_seed_plan_is_in_the_registry(string id, string regionZh, AdministrativeLevel level, int start, int end, string document)
    {
        var plan = Plans.Catalogue.FindPlan(id);

        Assert.NotNull(plan);
        Assert.Equal((regionZh, level, start, end, document), (plan.Region.NameZh, plan.Region.Level, plan.PeriodStart, plan.PeriodEnd, plan.Document));
        Assert.NotEmpty(plan.Indicators);
    }

    [Fact]
    public void Infant_mortality_is_one_concept_across_the_plans_that_state_it()
    {
        // Lucheng's plan never mentions infant mortality (it sets under-five mortality instead).
        var plans = Plans.Catalogue.FindByConcept("infant-mortality-rate").Select(indicator => indicator.PlanId).Distinct().OrderBy(id => id);
        Assert.Equal(new[] { "anshan-2021-2025", "china-2016-2020", "china-2016-2030", "china-2021-2025", "china-children-2021-2025", "cixi-2016-2020", "fuxin-2016-2020", "shanxi-2016-2020" }, plans);
        Assert.Equal(9, Plans.Catalogue.FindByConcept("under-five-mortality-rate").Select(indicator => indicator.PlanId).Distinct().Count());
    }

    [Fact]
    public void Every_concept_an_indicator_uses_is_defined_with_its_codes()
    {
        Assert.All(Plans.Catalogue.Plans.SelectMany(plan => plan.Indicators), indicator =>
            Assert.True(Plans.Catalogue.FindConcept(indicator.Concept) is not null, $"{indicator.PlanId}/{indicator.Id}: concept {indicator.Concept}"));
        var infant = Plans.Catalogue.FindConcept("infant-mortality-rate")!;
        Assert.Equal(("Infant mortality rate", "MDG_0000000001"), (infant.NameEn, infant.WhoGho));
        Assert.Equal("3.2.1", Plans.Catalogue.FindConcept("under-five-mortality-rate")!.Sdg);
    }

    [Fact]
    public void Every_target_year_lies_in_its_plan_period_and_every_number_has_a_quote()
    {
        foreach (var plan in Plans.Catalogue.Plans)
        {
            foreach (var indicator in plan.Indicators)
            {
                Assert.All(indicator.Targets, target =>
                {
                    // A previous plan's target restated in this plan's table lies before the period; every other inside it.
                    if (target.IsPreviousPeriod)
                    {
                        Assert.True(target.Year < plan.PeriodStart, $"{plan.Id}/{indicator.Id}: {target}");
                    }
                    else
                    {
                        Assert.InRange(target.Year, plan.PeriodStart, plan.PeriodEnd);
                    }

                    Assert.All(target.Sources, source => AssertQuoted(source, plan));
                });
                Assert.All(indicator.Values, value => Assert.All(value.Sources, source => AssertQuoted(source, plan)));
            }
        }
    }

    [Fact]
    public void Every_benchmark_quoted_beside_a_target_is_inside_the_target_quote()
    {
        // A reference (省指标 ≥90%) carries a number too: the target's quote must cover it as written.
        var references = Plans.Catalogue.Plans.SelectMany(plan => plan.Targets).Where(target => target.Reference is not null).ToArray();
        Assert.NotEmpty(references);
        Assert.All(references, target =>
            Assert.True(target.Sources.Any(source => source.Quote.Contains(target.Reference!.TextZh, StringComparison.Ordinal)),
                $"{target.Indicator.PlanId}/{target.Indicator.Id}: “{target.Reference!.TextZh}” is in none of its quotes"));
    }

    [Fact]
    public void Every_quote_is_on_its_line_in_the_source_document()
    {
        string sources = RepositoryPaths.SharedSeeds;
        Assert.True(Directory.Exists(sources), $"the source documents must be in {sources}, beside this checkout, as CI puts them");
        // National plans quote published web pages (Provenance.Published), which have no lines to check here.
        foreach (var plan in Plans.Catalogue.Plans.Where(plan => plan.Documents.Count == 0))
        {
            var lines = File.ReadAllLines(Path.Combine(sources, plan.Document));
            foreach (var indicator in plan.Indicators)
            {
                foreach (var source in indicator.Targets.SelectMany(t => t.Sources).Concat(indicator.Values.SelectMany(v => v.Sources)))
                {
                    Assert.True(source.Line is int line && line <= lines.Length && lines[line - 1].Contains(source.Quote, StringComparison.Ordinal),
                        $"{plan.Id}/{indicator.Id}: “{source.Quote}” is not on line {source.Line}");
                }
            }
        }
    }

    [Fact]
    public void IntelliSense_shows_each_target_as_the_runtime_words_it()
    {
        // The generator words targets for XML docs itself (it cannot call the runtime): every seed
        // indicator's docs must show each target exactly as Target.ToString() does.
        string xmlPath = Path.ChangeExtension(typeof(Plans).Assembly.Location, ".xml");
        var memberDocs = XDocument.Load(xmlPath).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!);
        var docs = memberDocs.ToDictionary(pair => pair.Key, pair => pair.Value.Value);
        var members = typeof(Plans).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(property => property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(Indicator<>))
                .Select(property => (Key: "P:" + type.FullName!.Replace('+', '.') + "." + property.Name, Indicator: (IIndicator)property.GetValue(null)!)))
            .ToArray();

        Assert.Equal(Plans.Catalogue.Plans.Sum(plan => plan.Indicators.Count), members.Length);
        Assert.All(members, member =>
        {
            string remarks = docs[member.Key];
            Assert.Contains(member.Indicator.NameZh, remarks);

            // The summary's first sentence, which a hover shows first: each target in words and where it is stated.
            string summary = memberDocs[member.Key].Element("summary")!.Value;
            int firstSentence = summary.IndexOf(". Measured in ", StringComparison.Ordinal);
            Assert.True(firstSentence > 0, summary);
            Assert.StartsWith(member.Indicator.NameZh, summary, StringComparison.Ordinal);
            Assert.All(member.Indicator.Targets, target =>
            {
                string cite = target.Source.Line is null ? "quoted in " + target.Source.Document + " “" + target.Source.Quote + "”" : target.Source.ToString();
                Assert.InRange(summary.IndexOf(target + " (" + cite + ")", StringComparison.Ordinal), 0, firstSentence);
                if (target.Note is not null)
                {
                    Assert.Contains("Note on " + target + ": ", summary);
                }
            });
            Assert.Contains(member.Indicator.Targets.Count == 0 ? "no targets" : member.Indicator.Targets.Count == 1 ? "): target " : "): targets ",
                docs["F" + member.Key.Substring(1).Insert(member.Key.LastIndexOf('.') - 1, ".Actuals")]);
        });
    }

    [Fact]
    public void National_plans_quote_published_copies_with_their_address_and_kind()
    {
        var national = Plans.Catalogue.Plans.Where(plan => plan.Region.Level == AdministrativeLevel.Country).ToArray();
        Assert.Equal(new[] { "china-2016-2020", "china-2016-2030", "china-2021-2025", "china-2026-2030", "china-children-2021-2025" }, national.Select(plan => plan.Id).Order());
        Assert.All(national, plan =>
        {
            // The official text is named as the plan's document even though its numbers come from secondary copies.
            Assert.Equal(DocumentCopy.Official, plan.Documents.Single(document => document.Id == plan.Document).Copy);
            Assert.All(plan.Indicators.SelectMany(indicator => indicator.Values.Select(value => value.Source).Concat(indicator.Targets.Select(target => target.Source))), source =>
            {
                Assert.Null(source.Line);
                Assert.Contains(source.Published!, plan.Documents);
                Assert.StartsWith("http", source.Published!.Address, StringComparison.Ordinal);
            });
        });

        var infant2020 = Plans.China.Fyp13.InfantMortalityRate.Target(2020);
        Assert.Equal((TargetOperator.Below, 7.5, DocumentCopy.Secondary), (infant2020.Operator, infant2020.Value!.Value, infant2020.Source.Published!.Copy));
        Assert.Equal("嬰兒死亡率應(yīng)小于7.5‰", infant2020.Source.Quote);
        Assert.Equal(5.0, Plans.China.HealthyChina2030.InfantMortalityRate.Target(2030).Value);
        var children2025 = Plans.China.HealthyChildren2025.InfantMortalityRate.Target(2025);
        Assert.Equal((TargetOperator.AtMost, 5.2), (children2025.Operator, children2025.Value!.Value));
        Assert.StartsWith("《“十三五”卫生与健康规划》 (国务院, 2017-01-10, official text) https://www.gov.cn/", Plans.China.Fyp13.Plan.Documents[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_national_plans_hold_their_tables_rows_and_the_yearly_national_figures()
    {
        // Healthy China 2030: at least 10 rows of its main-indicator table with a 2030 target (the outline's text adds
        // nurses and smoking, which are not table rows); the 14th Five-Year national plan: at least 8 targets.
        string[] healthyChinaTable =
        [
            "life-expectancy", "infant-mortality-rate", "under-five-mortality-rate", "maternal-mortality-ratio", "health-literacy",
            "regular-exercisers", "premature-ncd-mortality", "physicians-per-1000", "out-of-pocket-share", "health-service-industry-size",
        ];
        var healthyChina = Plans.China.HealthyChina2030.Plan;
        Assert.All(healthyChinaTable, id => Assert.Contains(healthyChina.FindIndicator(id)!.Targets, target => target.Year == 2030));
        Assert.True(Plans.China.Fyp14.Plan.Targets.Count() >= 8);

        // National life expectancy and infant mortality, year by year from 2015, each with its quote.
        foreach (var indicator in new IIndicator[] { Plans.China.HealthyChina2030.LifeExpectancy, Plans.China.HealthyChina2030.InfantMortalityRate })
        {
            var years = indicator.Values.Where(value => value.Year >= 2015 && value.ChangeFrom is null).Select(value => value.Year).Distinct().ToArray();
            Assert.True(years.Length >= 8, $"{indicator.Id}: {string.Join(", ", years)}");
            Assert.All(indicator.Values, value => Assert.False(string.IsNullOrWhiteSpace(value.Source.Quote)));
        }
    }

    private static void AssertQuoted(Provenance source, Plan plan)
    {
        if (source.Published is { } published)
        {
            Assert.Contains(published, plan.Documents);
            Assert.Equal(published.Id, source.Document);
            Assert.Null(source.Line);
        }
        else
        {
            Assert.Equal(plan.Document, source.Document);
            Assert.True(source.Line > 0);
        }

        Assert.False(string.IsNullOrWhiteSpace(source.Quote));
    }
}
