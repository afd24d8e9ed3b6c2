namespace HealthPlan.Catalogue.Tests.Generator;

/// <summary>Small plan files for generator tests, written the way a user would write their own.</summary>
internal static class SamplePlans
{
    public const string Path = "/project/plans/sample.plan.json";

    /// <summary>A made-up county plan with one indicator per interesting shape: each operator, a scope, a reference, a note.</summary>
    public const string Small = """
        {
          "$schema": "./plan.schema.json",
          "formatVersion": 1,
          "id": "sample-county-2021-2025",
          "shortId": "fyp14",
          "nameZh": "样例县卫生健康事业发展“十四五”规划",
          "nameEn": "Sample County Health Development Plan, 14th Five-Year Period",
          "region": { "id": "sample-county", "nameZh": "样例县", "nameEn": "Sample County", "level": "county", "parentZh": "某省" },
          "periodStart": 2021,
          "periodEnd": 2025,
          "document": "sample.txt",
          "indicators": [
            {
              "id": "infant-mortality-rate",
              "nameZh": "婴儿死亡率",
              "nameEn": "Infant mortality rate",
              "concept": "infant-mortality-rate",
              "category": "health-status",
              "unit": "per-mille",
              "direction": "lower-is-better",
              "attribute": "binding",
              "values": [ { "year": 2020, "value": 5.1, "source": { "line": 3, "quote": "婴儿死亡率5.1‰" } } ],
              "targets": [ { "year": 2025, "operator": "<=", "value": 5.0, "source": { "line": 9, "quote": "婴儿死亡率≤5.0‰" } } ]
            },
            {
              "id": "life-expectancy",
              "nameZh": "人均预期寿命",
              "nameEn": "Life expectancy",
              "concept": "life-expectancy",
              "category": "health-status",
              "unit": "years",
              "direction": "higher-is-better",
              "values": [ { "year": 2020, "value": 78.2, "source": { "line": 3, "quote": "人均预期寿命78.2岁" } } ],
              "targets": [ { "year": 2025, "operator": "increase-by", "value": 1, "baselineYear": 2020, "source": { "line": 8, "quote": "比2020年提高1岁" } } ]
            },
            {
              "id": "immunization-coverage",
              "nameZh": "适龄儿童免疫规划疫苗接种率",
              "nameEn": "Immunization coverage",
              "concept": "immunization-coverage",
              "category": "disease-control",
              "unit": "percent",
              "direction": "higher-is-better",
              "targets": [ { "year": 2025, "operator": ">=", "value": 95, "reference": { "textZh": "省指标 ≥90%", "operator": ">=", "value": 90 }, "source": { "line": 10, "quote": "接种率达到95%以上（省指标≥90%）" } } ]
            },
            {
              "id": "sex-ratio-at-birth",
              "nameZh": "出生人口性别比",
              "nameEn": "Sex ratio at birth",
              "concept": "sex-ratio-at-birth",
              "category": "family-planning",
              "unit": "sex-ratio",
              "direction": "neutral",
              "targets": [ { "year": 2025, "operator": "range", "value": 103, "valueMax": 107, "source": { "line": 11, "quote": "出生人口性别比103-107" } } ],
              "notes": [ "The plan gives no baseline." ]
            },
            {
              "id": "emergency-response-time",
              "nameZh": "急救平均反应时间",
              "nameEn": "Average emergency response time",
              "concept": "emergency-response-time",
              "category": "medical-services",
              "unit": "minutes",
              "direction": "lower-is-better",
              "targets": [
                { "year": 2025, "operator": "<", "value": 12, "scope": "urban", "source": { "line": 12, "quote": "城市小于12分钟" } },
                { "year": 2025, "operator": "approx", "value": 20, "scope": "rural", "note": "左右 in the text.", "source": { "line": 12, "quote": "农村20分钟左右" } }
              ]
            },
            {
              "id": "premature-ncd-mortality",
              "nameZh": "重大慢性病过早死亡率",
              "nameEn": "Premature NCD mortality",
              "concept": "premature-ncd-mortality",
              "category": "disease-control",
              "unit": "percent",
              "direction": "lower-is-better",
              "values": [ { "year": 2020, "value": 18.5, "source": { "line": 4, "quote": "重大慢性病过早死亡率18.5%" } } ],
              "targets": [ { "year": 2025, "operator": "decrease-by", "value": 10, "relative": true, "baselineYear": 2020, "source": { "line": 13, "quote": "比2020年降低10%" } } ]
            },
            {
              "id": "critical-illness-insurance",
              "nameZh": "城乡居民大病保险",
              "nameEn": "Critical illness insurance coverage",
              "concept": "serious-illness-insurance-coverage",
              "category": "medical-security",
              "unit": "achievement",
              "direction": "higher-is-better",
              "targets": [ { "year": 2025, "operator": "qualitative", "textZh": "实现全覆盖", "textEn": "full coverage", "source": { "line": 14, "quote": "大病保险实现全覆盖" } } ]
            },
            {
              "id": "hospital-beds-per-1000",
              "nameZh": "每千人口医疗卫生机构床位数",
              "nameEn": "Hospital beds per 1,000 population",
              "concept": "hospital-beds-per-1000",
              "category": "health-resources",
              "unit": "beds-per-1000",
              "direction": "neutral",
              "targets": [ { "year": 2025, "operator": "=", "value": 6.5, "source": { "line": 15, "quote": "床位数6.5张" } } ]
            },
            {
              "id": "hospital-infection-rate",
              "nameZh": "医院感染发生率",
              "nameEn": "Hospital infection rate",
              "concept": "hospital-infection-rate",
              "category": "medical-services",
              "unit": "percent",
              "direction": "lower-is-better",
              "targets": [ { "year": 2025, "operator": ">", "value": 0, "source": { "line": 16, "quote": "感染发生率高于0" } } ]
            }
          ]
        }
        """;
}
