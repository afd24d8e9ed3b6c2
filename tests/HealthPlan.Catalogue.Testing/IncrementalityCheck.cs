using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace HealthPlan.Catalogue.Testing;

/// <summary>
/// Checks that the generator caches: run twice over the same input, the second time on a clone of the
/// compilation (what an IDE hands it after a keystroke that changes nothing it reads), every named step
/// must give equal outputs, each Cached or Unchanged, nothing may be re-emitted, and no step output may
/// hold a Roslyn <see cref="Compilation"/>, <see cref="ISymbol"/>, <see cref="SyntaxNode"/> or
/// <see cref="SyntaxTree"/> (those are new objects in every compilation, so an output holding one never
/// compares equal, and it keeps old compilations alive).
/// </summary>
public static class IncrementalityCheck
{
    private const int MaxProblemsShown = 20;

    /// <summary>The values of the <c>const string</c> fields of <paramref name="trackingNames"/>: the generator's step names.</summary>
    public static IReadOnlyList<string> StepNames(Type trackingNames)
        => trackingNames.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();

    /// <summary>
    /// Runs the generator over <paramref name="files"/> twice and checks the steps named in
    /// <paramref name="stepNames"/> as the class describes; returns the first run.
    /// </summary>
    /// <exception cref="IncrementalityException">A step re-ran, a source was re-emitted, or an output holds a Roslyn object.</exception>
    public static GeneratorRunResult RunTwice(
        IEnumerable<AdditionalText> files,
        IReadOnlyCollection<string> stepNames,
        IReadOnlyDictionary<string, string>? options = null,
        params string[] userSources)
    {
        var compilation = GeneratorHarness.Compilation(userSources);
        var driver = GeneratorHarness.Driver(files, options).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        var problems = Differences(first, second, stepNames)
            .Concat(Reruns(second, stepNames))
            .Concat(second.TrackedOutputSteps.SelectMany(pair => pair.Value.SelectMany(step => step.Outputs)
                .Where(output => output.Reason != IncrementalStepRunReason.Cached)
                .Select(output => $"{pair.Key}: {output.Reason} on the second run (a source was emitted again)")))
            .Concat(RoslynObjects(first, stepNames))
            .Concat(RoslynObjects(second, stepNames))
            .Distinct()
            .ToList();
        if (problems.Count > 0)
        {
            throw new IncrementalityException(
                $"{problems.Count} caching problem(s):\n" + string.Join("\n", problems.Take(MaxProblemsShown)));
        }

        return first;
    }

    /// <summary>Each output of the named steps (every tracked step when null) that was neither Cached nor Unchanged, as "step: reason".</summary>
    public static IEnumerable<string> Reruns(GeneratorRunResult run, IEnumerable<string>? stepNames = null)
        => Steps(run, stepNames)
            .SelectMany(pair => pair.Value.SelectMany(step => step.Outputs).Select(output => (pair.Key, output.Reason)))
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(output => $"{output.Key}: {output.Reason}");

    /// <summary>Where a Roslyn compilation, symbol, syntax node or tree is reachable from an output of the named steps (every tracked step when null).</summary>
    public static IEnumerable<string> RoslynObjects(GeneratorRunResult run, IEnumerable<string>? stepNames = null)
        => Steps(run, stepNames).SelectMany(pair => pair.Value.SelectMany(step => step.Outputs).Select((output, i) =>
            FindRoslynObject(output.Value, $"{pair.Key} output {i}"))).OfType<string>();

    /// <summary>
    /// Walks <paramref name="value"/>'s object graph through every instance field (arrays element by element,
    /// each object once, so cycles end) and returns where the first Roslyn compilation, symbol, syntax node
    /// or tree is, or null when none is reachable.
    /// </summary>
    public static string? FindRoslynObject(object? value, string name)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Value, string Path)>();
        if (value is not null)
        {
            pending.Push((value, name));
        }

        while (pending.Count > 0)
        {
            var (current, path) = pending.Pop();
            if (current is Compilation or ISymbol or SyntaxNode or SyntaxTree)
            {
                return $"{path} is a {current.GetType().Name}";
            }

            var type = current.GetType();
            if (IsLeaf(current, type) || (!type.IsValueType && !visited.Add(current)))
            {
                continue;
            }

            if (current is Array array)
            {
                int index = 0;
                foreach (object? element in array)
                {
                    if (element is not null)
                    {
                        pending.Push((element, $"{path}[{index}]"));
                    }

                    index++;
                }

                continue;
            }

            for (var declaring = type; declaring is not null; declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(current) is { } child)
                    {
                        pending.Push((child, path + "." + FieldName(field)));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Values with nothing below them worth walking: primitives, text, reflection objects.</summary>
    private static bool IsLeaf(object value, Type type)
        => type.IsPrimitive || type.IsEnum || value is string or decimal or MemberInfo or Assembly or Module or Pointer
           || (value is Array array && array.GetType().GetElementType() is { } element && (element.IsPrimitive || element.IsEnum || element == typeof(string)));

    /// <summary>A property's name for its backing field (<c>&lt;Model&gt;k__BackingField</c> is <c>Model</c>).</summary>
    private static string FieldName(FieldInfo field)
        => field.Name.StartsWith('<') && field.Name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end ? field.Name.Substring(1, end - 1) : field.Name;

    /// <summary>
    /// Compares the named steps of two runs: both ran the same steps, each with equal outputs. At least one
    /// named step must have run, or the check would pass on a misspelt name.
    /// </summary>
    private static IEnumerable<string> Differences(GeneratorRunResult first, GeneratorRunResult second, IReadOnlyCollection<string> stepNames)
    {
        var firstSteps = Steps(first, stepNames).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var secondSteps = Steps(second, stepNames).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        if (firstSteps.Count == 0)
        {
            yield return $"none of the steps {string.Join(", ", stepNames)} ran";
        }

        foreach (var (name, firstRuns) in firstSteps)
        {
            if (!secondSteps.TryGetValue(name, out var secondRuns) || secondRuns.Length != firstRuns.Length)
            {
                yield return $"{name}: ran {firstRuns.Length} time(s) on the first run, {(secondSteps.TryGetValue(name, out var runs) ? runs.Length : 0)} on the second";
                continue;
            }

            for (int i = 0; i < firstRuns.Length; i++)
            {
                var before = firstRuns[i].Outputs.Select(output => output.Value);
                var after = secondRuns[i].Outputs.Select(output => output.Value);
                if (!before.SequenceEqual(after))
                {
                    yield return $"{name}: run {i} gave outputs on the second run that do not equal the first run's";
                }
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>>> Steps(
        GeneratorRunResult run, IEnumerable<string>? stepNames)
    {
        var names = stepNames?.ToHashSet(StringComparer.Ordinal);
        return run.TrackedSteps.Where(pair => names is null || names.Contains(pair.Key)).OrderBy(pair => pair.Key, StringComparer.Ordinal);
    }
}

/// <summary>The generator did not cache as <see cref="IncrementalityCheck"/> expects.</summary>
public sealed class IncrementalityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IncrementalityException(string message)
        : base(message)
    {
    }
}
