using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HealthPlan.Catalogue.Benchmarks.Generator;

/// <summary>
/// Builds a synthetic catalogue of N indicators as plan files of at most <see cref="MaxIndicatorsPerFile"/>
/// indicators each, plus a concept vocabulary, the way a large project would lay them out: every region's
/// plan has the same indicator set (so each concept is shared across regions), every indicator has
/// baseline values and targets with provenance quotes, and the targets use every operator and unit of the format.
/// </summary>
public static class SyntheticPlans
{
    public const int MaxIndicatorsPerFile = 500;

    private const string Folder = "/synthetic/plans/";

    private static readonly string[] Levels = { "province", "prefecture-city", "county-city", "district", "county" };

    /// <summary>Indicator templates, one per line of a typical plan's indicator table.</summary>
    private static readonly Template[] Templates =
    {
        new("life-expectancy", "人均期望寿命", "Average life expectancy", "health-status", "years", "岁", "higher-is-better", 77.6, "=", 78.6),
        new("healthy-life-expectancy", "健康预期寿命", "Healthy life expectancy", "health-status", "years", "岁", "higher-is-better", 68.5, "increase-by", 1),
        new("infant-mortality-rate", "婴儿死亡率", "Infant mortality rate", "health-status", "per-mille", "‰", "lower-is-better", 6.5, "<=", 6.0),
        new("under-five-mortality-rate", "5岁以下儿童死亡率", "Under-five mortality rate", "health-status", "per-mille", "‰", "lower-is-better", 8.2, "<=", 7.5),
        new("maternal-mortality-ratio", "孕产妇死亡率", "Maternal mortality ratio", "maternal-child-health", "per-100k", "/10万", "lower-is-better", 18.5, "<=", 15),
        new("sex-ratio-at-birth", "出生人口性别比", "Sex ratio at birth", "family-planning", "sex-ratio", "", "neutral", 110.2, "range", 103, Max: 107),
        new("total-fertility-rate", "总和生育率", "Total fertility rate", "family-planning", "children-per-woman", "", "neutral", 1.5, "approx", 1.6, Tolerance: 0.1),
        new("physicians-per-1000", "每千人口执业（助理）医师数", "Licensed (assistant) physicians per 1,000 population", "health-resources", "persons-per-1000", "人", "higher-is-better", 2.3, ">=", 2.5),
        new("nurses-per-1000", "每千人口注册护士数", "Registered nurses per 1,000 population", "health-resources", "persons-per-1000", "人", "higher-is-better", 2.4, ">=", 3.1),
        new("beds-per-1000", "每千人口医疗卫生机构床位数", "Hospital beds per 1,000 population", "health-resources", "beds-per-1000", "张", "neutral", 5.6, "=", 6.0),
        new("gps-per-10k", "每万人口全科医生数", "General practitioners per 10,000 population", "primary-care", "persons-per-10k", "人", "higher-is-better", 1.4, ">=", 2),
        new("hypertension-management-rate", "高血压患者规范管理率", "Standardized management rate of hypertension patients", "disease-control", "percent", "%", "higher-is-better", 58, ">=", 70, Scoped: true),
        new("ehr-coverage", "居民电子健康档案建档率", "Electronic health record coverage", "informatization", "percent", "%", "higher-is-better", 76, ">=", 90, ReferenceZh: "省指标 ≥90%", ReferenceValue: 90),
        new("premature-ncd-mortality", "重大慢性病过早死亡率", "Premature mortality from major chronic diseases", "disease-control", "percent", "%", "lower-is-better", 18.3, "decrease-by", 10, Relative: true),
        new("average-length-of-stay", "平均住院日", "Average length of hospital stay", "medical-services", "days", "天", "lower-is-better", 9.6, "<", 9),
        new("ems-response-time", "急救平均反应时间", "Average emergency response time", "medical-services", "minutes", "分钟", "lower-is-better", 15, "<=", 12),
        new("public-health-funding-per-capita", "人均基本公共卫生服务经费", "Basic public health service funding per capita", "health-expenditure", "yuan", "元", "higher-is-better", 45, ">=", 60),
        new("out-of-pocket-share", "个人卫生支出占卫生总费用比重", "Out-of-pocket share of total health expenditure", "health-expenditure", "percent", "%", "lower-is-better", 31, "<=", 28),
        new("accredited-county-hospitals", "达到二级甲等水平的县级医院", "County hospitals at grade II-A level", "medical-services", "count", "个", "higher-is-better", 3, "=", 5),
        new("family-doctor-coverage", "家庭医生签约服务覆盖率", "Family doctor contract coverage", "primary-care", "percent", "%", "higher-is-better", 28, "range", 30, Max: 40, Scoped: true),
        new("measles-elimination", "消除麻疹", "Measles elimination", "disease-control", "achievement", "", "higher-is-better", 0, "qualitative", 0),
        new("health-literacy", "居民健康素养水平", "Health literacy of residents", "health-promotion", "percent", "%", "higher-is-better", 10.2, ">=", 20),
        new("nurse-physician-ratio", "医护比", "Nurse-to-physician ratio", "health-resources", "ratio", "", "neutral", 1.04, "=", 1.25),
        new("total-health-expenditure", "卫生总费用", "Total health expenditure", "health-expenditure", "yuan-100m", "亿元", "higher-is-better", 120, ">", 150),
        new("tb-incidence", "肺结核发病率", "Pulmonary tuberculosis incidence", "disease-control", "per-100k", "/10万", "lower-is-better", 58, "<", 55),
        new("birth-defect-incidence", "出生缺陷发生率", "Incidence of birth defects", "maternal-child-health", "per-10k", "/万", "lower-is-better", 140, "<=", 130),
        new("municipal-hospital-beds", "市级综合医院床位数", "Beds of municipal general hospitals", "medical-services", "beds", "张", "neutral", 900, "approx", 1000),
        new("gps-trained", "培训全科医生", "General practitioners trained", "primary-care", "persons", "名", "higher-is-better", 250, ">=", 400),
        new("insurance-enrolment", "基本医疗保险参保率", "Enrolment rate of basic medical insurance", "medical-security", "percent", "%", "higher-is-better", 95.2, ">=", 95, Scoped: true),
        new("government-health-investment", "财政卫生投入", "Government health investment", "health-expenditure", "yuan-10k", "万元", "higher-is-better", 52000, "increase-by", 10, Relative: true),
        new("hiv-prevalence", "存活艾滋病感染者和病人数", "People living with HIV", "disease-control", "persons-10k", "万人", "lower-is-better", 0.8, "<", 1.2),
        new("outpatient-visits", "门诊诊疗人次", "Outpatient visits", "medical-services", "visits", "人次", "neutral", 3200000, "=", 3500000),
        new("elderly-care-beds-per-1000", "每千名老年人养老床位数", "Elderly care beds per 1,000 older people", "elderly-care", "beds-per-1000", "张", "higher-is-better", 30, ">=", 35),
    };

    /// <summary>The plan files and the concept vocabulary of a catalogue of <paramref name="indicatorCount"/> indicators.</summary>
    public static IReadOnlyList<InputFile> Build(int indicatorCount)
    {
        if (indicatorCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(indicatorCount));
        }

        int fileCount = (indicatorCount + MaxIndicatorsPerFile - 1) / MaxIndicatorsPerFile;
        var files = new List<InputFile>(fileCount + 1);
        var concepts = new SortedDictionary<string, (string NameZh, string NameEn)>(StringComparer.Ordinal);
        for (int plan = 0; plan < fileCount; plan++)
        {
            // Spread the remainder so files differ by at most one indicator.
            int count = indicatorCount / fileCount + (plan < indicatorCount % fileCount ? 1 : 0);
            files.Add(Plan(plan, count, concepts));
        }

        files.Add(Concepts(concepts));
        return files;
    }

    /// <summary>
    /// <paramref name="planCount"/> plan files of exactly <paramref name="indicatorsPerPlan"/> indicators each
    /// (no limit per file), plus the concept vocabulary: one huge plan, or a national catalogue of many plans.
    /// </summary>
    public static IReadOnlyList<InputFile> BuildPlans(int planCount, int indicatorsPerPlan)
    {
        if (planCount < 1 || indicatorsPerPlan < 1)
        {
            throw new ArgumentOutOfRangeException(planCount < 1 ? nameof(planCount) : nameof(indicatorsPerPlan));
        }

        var files = new List<InputFile>(planCount + 1);
        var concepts = new SortedDictionary<string, (string NameZh, string NameEn)>(StringComparer.Ordinal);
        for (int plan = 0; plan < planCount; plan++)
        {
            files.Add(Plan(plan, indicatorsPerPlan, concepts));
        }

        files.Add(Concepts(concepts));
        return files;
    }

    private static InputFile Plan(int plan, int count, SortedDictionary<string, (string NameZh, string NameEn)> concepts)
    {
        string region = "region-" + plan.ToString("000", CultureInfo.InvariantCulture);
        string id = region + "-2016-2020";
        var json = new Json();
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", "./plan.schema.json");
        w.WriteNumber("formatVersion", 1);
        w.WriteString("id", id);
        w.WriteString("shortId", "fyp13");
        w.WriteString("nameZh", $"第{plan + 1}样例市卫生与健康“十三五”规划");
        w.WriteString("nameEn", $"Sample City {plan + 1} Health Development Plan for the 13th Five-Year Period");
        w.WriteStartObject("region");
        w.WriteString("id", region);
        w.WriteString("nameZh", $"第{plan + 1}样例市");
        w.WriteString("nameEn", $"Sample City {plan + 1}");
        w.WriteString("level", Levels[plan % Levels.Length]);
        w.WriteString("parentZh", "样例省");
        w.WriteEndObject();
        w.WriteNumber("periodStart", 2016);
        w.WriteNumber("periodEnd", 2020);
        w.WriteString("document", $"{plan:000}_synthetic.txt");
        w.WriteStartArray("indicators");
        int line = 10;
        for (int i = 0; i < count; i++)
        {
            Indicator(w, plan, i, ref line, concepts);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        return new InputFile(Folder + id + ".plan.json", json.ToText());
    }

    private static void Indicator(Utf8JsonWriter w, int plan, int index, ref int line, SortedDictionary<string, (string NameZh, string NameEn)> concepts)
    {
        var t = Templates[index % Templates.Length];
        int zone = index / Templates.Length;
        string id = zone == 0 ? t.Id : $"{t.Id}-zone-{zone}";
        string nameZh = zone == 0 ? t.NameZh : $"{t.NameZh}（{zone}区）";
        string nameEn = zone == 0 ? t.NameEn : $"{t.NameEn} (zone {zone})";
        concepts[id] = (nameZh, nameEn);

        // ±5% so that regions differ, with the precision plans print.
        double jitter = 1 + ((plan * 31 + index * 17) % 21 - 10) / 200.0;
        double baseline = Math.Round(t.Baseline * jitter, t.Baseline >= 1000 ? 0 : 2);

        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("nameZh", nameZh);
        w.WriteString("nameEn", nameEn);
        w.WriteString("concept", id);
        w.WriteString("category", t.Category);
        w.WriteString("categoryZh", "主要发展指标");
        w.WriteString("unit", t.Unit);
        w.WriteString("direction", t.Direction);
        if (index % 7 != 6)
        {
            w.WriteString("attribute", index % 3 == 0 ? "binding" : "anticipatory");
        }

        string?[] scopes = t.Scoped ? new string?[] { "urban", "rural" } : new string?[] { null };
        w.WriteStartArray("values");
        if (t.Operator != "qualitative")
        {
            if (index % 4 == 0)
            {
                double earlier = Math.Round(baseline * 0.95, t.Baseline >= 1000 ? 0 : 2);
                Value(w, 2010, earlier, null, ref line, $"“十二五”初期{nameZh}为{Number(earlier)}{t.Symbol}", "From the review of the previous plan.");
            }

            foreach (var scope in scopes)
            {
                double value = scope == "rural" ? Math.Round(baseline * 0.9, 2) : baseline;
                Value(w, 2015, value, scope, ref line, $"{nameZh}{Scope(scope)}{Number(value)}{t.Symbol}", null);
            }
        }

        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var scope in scopes)
        {
            Target(w, t, nameZh, scope, ref line);
        }

        w.WriteEndArray();
        if (index % 10 == 3)
        {
            w.WriteStartArray("notes");
            w.WriteStringValue("The table and the text give this indicator under different headings; the table's heading is kept.");
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter w, int year, double value, string? scope, ref int line, string quote, string? note)
    {
        w.WriteStartObject();
        w.WriteNumber("year", year);
        w.WriteNumber("value", value);
        if (scope is null)
        {
            w.WriteNull("scope");
        }
        else
        {
            w.WriteString("scope", scope);
        }

        Source(w, line += 2, quote);
        if (note is not null)
        {
            w.WriteString("note", note);
        }

        w.WriteEndObject();
    }

    private static void Target(Utf8JsonWriter w, Template t, string nameZh, string? scope, ref int line)
    {
        string name = nameZh + Scope(scope);
        string v = Number(t.Target);
        w.WriteStartObject();
        w.WriteNumber("year", 2020);
        w.WriteString("operator", t.Operator);
        string quote;
        switch (t.Operator)
        {
            case "qualitative":
                w.WriteString("textZh", $"实现{nameZh}目标");
                w.WriteString("textEn", $"Achieve the goal: {t.NameEn}");
                quote = $"到2020年，实现{nameZh}目标";
                break;
            case "range":
                w.WriteNumber("value", t.Target);
                w.WriteNumber("valueMax", t.Max!.Value);
                quote = $"{name}{v}-{Number(t.Max.Value)}{t.Symbol}";
                break;
            case "approx":
                w.WriteNumber("value", t.Target);
                if (t.Tolerance is double tolerance)
                {
                    w.WriteNumber("tolerance", tolerance);
                }

                quote = $"{name}稳定在{v}{t.Symbol}左右";
                break;
            case "increase-by":
            case "decrease-by":
                w.WriteNumber("value", t.Target);
                w.WriteNumber("baselineYear", 2015);
                w.WriteBoolean("relative", t.Relative);
                quote = $"{name}比2015年{(t.Operator == "increase-by" ? "提高" : "降低")}{v}{(t.Relative ? "%" : t.Symbol)}";
                break;
            default:
                w.WriteNumber("value", t.Target);
                quote = t.Operator switch
                {
                    ">=" => $"{name}达到{v}{t.Symbol}以上",
                    "<=" => $"{name}控制在{v}{t.Symbol}以下",
                    ">" => $"{name}高于{v}{t.Symbol}",
                    "<" => $"{name}低于{v}{t.Symbol}",
                    _ => $"{name}达到{v}{t.Symbol}",
                };
                break;
        }

        if (scope is not null)
        {
            w.WriteString("scope", scope);
        }

        if (t.ReferenceZh is not null)
        {
            w.WriteStartObject("reference");
            w.WriteString("textZh", t.ReferenceZh);
            w.WriteString("operator", ">=");
            w.WriteNumber("value", t.ReferenceValue!.Value);
            w.WriteEndObject();
        }

        Source(w, line += 3, quote);
        w.WriteEndObject();
    }

    private static void Source(Utf8JsonWriter w, int line, string quote)
    {
        w.WriteStartObject("source");
        w.WriteNumber("line", line);
        w.WriteString("quote", quote);
        w.WriteEndObject();
    }

    private static InputFile Concepts(SortedDictionary<string, (string NameZh, string NameEn)> concepts)
    {
        var json = new Json();
        var w = json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", "./concepts.schema.json");
        w.WriteStartArray("concepts");
        foreach (var (id, names) in concepts)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("nameEn", names.NameEn);
            w.WriteString("nameZh", names.NameZh);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        return new InputFile(Folder + "concepts.json", json.ToText());
    }

    private static string Scope(string? scope) => scope switch
    {
        "urban" => "（城市）",
        "rural" => "（农村）",
        _ => string.Empty,
    };

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An indented writer that keeps Chinese text as it is, like the hand-written seed files.</summary>
    private sealed class Json
    {
        private readonly MemoryStream _stream = new();

        public Json() => Writer = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        public Utf8JsonWriter Writer { get; }

        public string ToText()
        {
            Writer.Flush();
            return Encoding.UTF8.GetString(_stream.GetBuffer(), 0, (int)_stream.Length);
        }
    }

    private sealed record Template(
        string Id,
        string NameZh,
        string NameEn,
        string Category,
        string Unit,
        string Symbol,
        string Direction,
        double Baseline,
        string Operator,
        double Target,
        double? Max = null,
        double? Tolerance = null,
        bool Relative = false,
        bool Scoped = false,
        string? ReferenceZh = null,
        double? ReferenceValue = null);
}
