using HealthPlan.Catalogue.Testing;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HealthPlan.Catalogue.Benchmarks.Generator;

namespace HealthPlan.Catalogue.Benchmarks.Compile;

/// <summary>A catalogue to compile, laid out as plan files in a folder.</summary>
internal sealed record CompileScenario(string Name, string Description, Func<IReadOnlyList<InputFile>> Files);

/// <summary>
/// The catalogues the <c>compile</c> command measures. Each is written once as plan files (plus a concept
/// vocabulary) under a work folder, and every sample compiles those files.
/// </summary>
internal static class CompileScenarios
{
    /// <summary>Bumped whenever a scenario's files change, so old folders are rewritten.</summary>
    private const int LayoutVersion = 1;

    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly CompileScenario[] All =
    {
        new("seeds", "The five seed plans and concepts.json", SeedInputs.Load),
        new("cixi-30", "30 copies of Cixi's plan (each 102 indicators; distinct plan and region ids) + the seed concepts.json", () => CixiCopies(30)),
        new("cixi-300", "300 copies of Cixi's plan (each 102 indicators; distinct plan and region ids) + the seed concepts.json", () => CixiCopies(300)),
        new("synthetic-15000", "One synthetic plan file of 15,000 indicators (Generator/SyntheticPlans.cs) + its vocabulary", () => SyntheticPlans.BuildPlans(1, 15_000)),
        new("synthetic-20000", "One synthetic plan file of 20,000 indicators (Generator/SyntheticPlans.cs) + its vocabulary", () => SyntheticPlans.BuildPlans(1, 20_000)),
        new("national-3000", "National catalogue: 3,000 synthetic plans of 100 indicators (300,000) + the vocabulary", () => SyntheticPlans.BuildPlans(3_000, 100)),
    };

    /// <summary>The default run: everything but the national catalogue, which takes long; name it to run it.</summary>
    public static readonly string[] Default = { "seeds", "cixi-30", "cixi-300", "synthetic-15000", "synthetic-20000" };

    public static CompileScenario Find(string name)
        => All.FirstOrDefault(scenario => scenario.Name == name)
           ?? throw new ArgumentException($"Unknown scenario '{name}'. Known: {string.Join(", ", All.Select(s => s.Name))}.");

    /// <summary>
    /// The folder holding the scenario's files (<c>plans/</c>), written if it is missing or out of date, and
    /// the number of plans and indicators in it.
    /// </summary>
    public static (string Folder, int Plans, int Indicators) Materialize(CompileScenario scenario, string workRoot)
    {
        string folder = Path.Combine(workRoot, scenario.Name);
        string plans = Path.Combine(folder, "plans");
        string marker = Path.Combine(folder, "scenario.txt");
        if (File.Exists(marker))
        {
            var fields = File.ReadAllText(marker).Split(' ');
            if (fields.Length == 3 && fields[0] == "v" + LayoutVersion.ToString(CultureInfo.InvariantCulture))
            {
                return (folder, int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture));
            }
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(plans);
        int planCount = 0;
        int indicators = 0;
        foreach (var file in scenario.Files())
        {
            File.WriteAllText(Path.Combine(plans, Path.GetFileName(file.Path)), file.Text);
            if (file.Path.EndsWith(".plan.json", StringComparison.Ordinal))
            {
                planCount++;
                using var document = JsonDocument.Parse(file.Text);
                indicators += document.RootElement.GetProperty("indicators").GetArrayLength();
            }
        }

        File.WriteAllText(marker, FormattableString.Invariant($"v{LayoutVersion} {planCount} {indicators}"));
        return (folder, planCount, indicators);
    }

    /// <summary>
    /// <paramref name="copies"/> copies of Cixi's plan, each with its own plan id and region id (so its own
    /// region class), names numbered; the indicators are Cixi's as they are.
    /// </summary>
    private static IReadOnlyList<InputFile> CixiCopies(int copies)
    {
        string cixi = File.ReadAllText(Path.Combine(RepoPaths.SeedsDirectory, "cixi-2016-2020.plan.json"));
        var files = new List<InputFile>(copies + 1);
        for (int copy = 1; copy <= copies; copy++)
        {
            var root = JsonNode.Parse(cixi)!.AsObject();
            string number = copy.ToString("000", CultureInfo.InvariantCulture);
            string regionId = "cixi-copy-" + number;
            string planId = regionId + "-2016-2020";
            root["id"] = planId;
            var region = root["region"]!.AsObject();
            region["id"] = regionId;
            region["nameZh"] = region["nameZh"]!.GetValue<string>() + number;
            region["nameEn"] = region["nameEn"]!.GetValue<string>() + " " + number;
            root["nameEn"] = root["nameEn"]!.GetValue<string>() + " (copy " + number + ")";
            files.Add(new InputFile("/copies/" + planId + ".plan.json", root.ToJsonString(WriteOptions)));
        }

        files.Add(new InputFile("/copies/concepts.json", File.ReadAllText(RepositoryPaths.ConceptsFile)));
        return files;
    }
}
