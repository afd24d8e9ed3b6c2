using System;
using System.Linq;
using HealthPlan.Catalogue.Generators.Diagnostics;
using HealthPlan.Catalogue.Generators.Emit;
using HealthPlan.Catalogue.Generators.Model;
using HealthPlan.Catalogue.Generators.Parse;
using Microsoft.CodeAnalysis;

namespace HealthPlan.Catalogue.Generators;

/// <summary>
/// Turns every <c>*.plan.json</c> AdditionalFile into a typed catalogue: one source file per plan and
/// one registry (<c>Plans.Catalogue</c>, and <c>Plans.All</c> with the catalogues of referenced assemblies).
/// </summary>
/// <remarks>
/// The pipeline: parse each file on its own into an equatable model plus diagnostics; emit each model
/// on its own; run cross-file checks on small keys; report diagnostics through separate outputs so a
/// moved diagnostic never re-emits source. An edit to a C# file re-runs nothing here; an edit to one
/// plan re-emits that plan only.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class PlanCatalogueGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // Where the help links point in this build (the package's guide on this machine), kept apart from the
        // options so it never touches source outputs.
        var helpLinkBase = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => HelpLinks.BaseFrom(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.HelpLinks);

        var parsed = context.AdditionalTextsProvider
            .Where(static file => IsPlanFile(file.Path))
            .Select(static (file, cancellationToken) => PlanParser.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedPlans);

        var vocabularies = context.AdditionalTextsProvider
            .Where(static file => ConceptsParser.IsConceptsFile(file.Path))
            .Select(static (file, cancellationToken) => ConceptsParser.Parse(file, cancellationToken))
            .WithTrackingName(TrackingNames.Concepts)
            .Collect();

        var keys = parsed.Select(static (result, _) => result.Key).WithTrackingName(TrackingNames.PlanKeys).Collect();
        var skipped = keys.Select(static (all, _) => CrossFileChecks.SkippedPaths(all));
        var hintOverrides = keys.Combine(skipped).Select(static (input, _) => CrossFileChecks.HintOverrides(input.Left, input.Right));

        // Source: one file per plan, from the model alone.
        var models = parsed.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.PlanModels);
        var toEmit = models.Combine(options).Combine(skipped).Combine(hintOverrides).WithTrackingName(TrackingNames.PlanSources);
        context.RegisterSourceOutput(toEmit, static (output, input) =>
        {
            var (((model, generatorOptions), skippedPaths), overrides) = input;
            if (model is not null && !skippedPaths.Contains(model.FilePath))
            {
                string hintName = overrides.FirstOrDefault(entry => entry.FilePath == model.FilePath)?.HintName ?? PlanEmitter.HintName(model);
                output.AddSource(hintName, PlanEmitter.Emit(model, generatorOptions));
            }
        });

        // The registry depends on ids and class names only, so editing a plan's numbers leaves it cached.
        var entries = models
            .Select(static (model, _) => model is null ? null : new CatalogueFileEntry(model.FilePath, new CatalogueEntry(model.Id, model.Region.ClassName, model.ClassName)))
            .Collect()
            .Combine(skipped)
            .Select(static (input, _) => input.Left
                .Where(entry => entry is not null && !input.Right.Contains(entry.FilePath))
                .Select(entry => entry!.Entry)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.CatalogueEntries);
        var concepts = vocabularies
            .Select(static (all, _) => all.SelectMany(vocabulary => vocabulary.Concepts).ToEquatableArray())
            .WithTrackingName(TrackingNames.ConceptModels);

        // Catalogues of referenced assemblies (a catalogue package such as the seeds), found by their assembly
        // attribute and reduced to root class names at once, so an edit to C# code leaves everything after it cached.
        var referenced = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ReferencedCatalogues.Find(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedCatalogues);
        context.RegisterSourceOutput(entries.Combine(concepts).Combine(options).Combine(referenced), static (output, input) =>
        {
            var (((planEntries, conceptModels), generatorOptions), referencedRoots) = input;
            if (planEntries.Count > 0)
            {
                output.AddSource(CatalogueEmitter.HintName, CatalogueEmitter.Emit(planEntries, conceptModels, generatorOptions, referencedRoots));
            }
        });

        // Diagnostics: each file's own, then the cross-file ones, then the options'.
        context.RegisterSourceOutput(
            parsed.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.PlanDiagnostics).Combine(helpLinkBase),
            static (output, input) => Report(output, input.Left, input.Right));

        var conceptUses = parsed.Select(static (result, _) => result.ConceptUses).Collect();
        var crossFile = keys.Combine(conceptUses).Combine(vocabularies)
            .Select(static (input, _) => CrossFileChecks.Check(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.CrossFileChecks);
        context.RegisterSourceOutput(crossFile.Combine(helpLinkBase), static (output, input) => Report(output, input.Left, input.Right));

        context.RegisterSourceOutput(options.Combine(helpLinkBase), static (output, input) =>
        {
            var (generatorOptions, helpLink) = input;
            if (generatorOptions.InvalidNamespace is { } invalid)
            {
                output.ReportDiagnostic(Diagnostic.Create(HelpLinks.WithBase(DiagnosticDescriptors.InvalidNamespaceOption, helpLink), Location.None, invalid, generatorOptions.Namespace));
            }
        });
    }

    private static bool IsPlanFile(string path) => path.EndsWith(".plan.json", StringComparison.OrdinalIgnoreCase);

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics, string? helpLinkBase)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic(helpLinkBase));
        }
    }

    /// <summary>A registry entry and the file it came from, so clashing files can be left out.</summary>
    private sealed record CatalogueFileEntry(string FilePath, CatalogueEntry Entry);
}
