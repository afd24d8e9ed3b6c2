using System;
using System.Collections.Generic;
using System.Threading;
using HealthPlan.Catalogue.Generators.Diagnostics;
using HealthPlan.Catalogue.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>The concepts a vocabulary file defines, and that file's own diagnostics.</summary>
internal sealed record ConceptsParseResult(string FilePath, EquatableArray<ConceptModel> Concepts, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Reads a concept vocabulary (<c>concepts.json</c> or <c>*.concepts.json</c>):
/// <c>{ "concepts": [ { "id", "nameEn", "nameZh", "whoGho"?, "sdg"? } ] }</c>. Never throws.
/// </summary>
internal static class ConceptsParser
{
    private static readonly string[] FileFields = { "$schema", "concepts" };
    private static readonly string[] ConceptFields = { "id", "nameEn", "nameZh", "whoGho", "sdg" };

    public static bool IsConceptsFile(string path)
    {
        string name = System.IO.Path.GetFileName(path);
        return name.Equals("concepts.json", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".concepts.json", StringComparison.OrdinalIgnoreCase);
    }

    public static ConceptsParseResult Parse(AdditionalText additionalText, CancellationToken cancellationToken)
    {
        string path = additionalText.Path;
        var file = new JsonFileContext(path, SourceText.From(string.Empty));
        var concepts = new List<ConceptModel>();
        try
        {
            var text = additionalText.GetText(cancellationToken);
            file = new JsonFileContext(path, text ?? SourceText.From(string.Empty));
            if (text is not null && EncodingCheck.Find(text) is { } encodingProblem)
            {
                file.Report(DiagnosticDescriptors.NotUtf8, new TextSpan(encodingProblem.Offset, 1), encodingProblem.Problem);
            }

            var json = text is null ? default : JsonTreeReader.Read(text);
            cancellationToken.ThrowIfCancellationRequested();
            if (json.Root is not JsonTreeObject root)
            {
                string problem = json.Root is null ? json.Error ?? "unreadable" : "a concepts file must be a JSON object";
                file.Report(DiagnosticDescriptors.InvalidJson, new TextSpan(json.ErrorOffset, 0), problem);
                return Result(file, concepts);
            }

            var reader = new JsonObjectReader(file, root, Subject.Named("the concepts file"), FileFields);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in reader.Array("concepts", required: true)?.Items ?? System.Array.Empty<JsonTreeNode>())
            {
                if (item is not JsonTreeObject entry)
                {
                    file.Report(DiagnosticDescriptors.WrongType, item.Span, "concepts[]", "an object", item.Description);
                    continue;
                }

                var concept = new JsonObjectReader(file, entry, Subject.Named("a concept"), ConceptFields);
                string? id = concept.String("id", required: true);
                string? nameEn = concept.String("nameEn", required: true);
                string? nameZh = concept.String("nameZh", required: true);
                string? whoGho = concept.String("whoGho", required: false);
                string? sdg = concept.String("sdg", required: false);
                if (id is not null && !ids.Add(id))
                {
                    file.Report(DiagnosticDescriptors.DuplicateConcept, concept.SpanOf("id"), id);
                    continue;
                }

                if (id is not null && nameEn is not null && nameZh is not null)
                {
                    concepts.Add(new ConceptModel(id, nameEn, nameZh, whoGho, sdg));
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            file.Report(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(path), exception.GetType().Name, exception.Message);
        }

        return Result(file, concepts);
    }

    private static ConceptsParseResult Result(JsonFileContext file, List<ConceptModel> concepts)
        => new(file.Path, concepts.ToEquatableArray(), file.Diagnostics.ToEquatableArray());
}
