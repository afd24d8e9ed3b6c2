using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HealthPlan.Catalogue.Fhir.Extensions;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.Fhir.Mapping;

/// <summary>
/// The catalogue as FHIR R4 resources: a <see cref="Measure"/> per indicator, a <see cref="Goal"/> per target, a
/// <see cref="MeasureReport"/> per reported or assessed value, a <see cref="Group"/> for each plan's region
/// population, and <see cref="Bundle"/>s of a plan or the whole catalogue. docs/fhir.md has the mapping table.
/// </summary>
public static class CatalogueFhir
{
    /// <summary>A collection Bundle of every plan of <paramref name="catalogue"/>, plan by plan (<see cref="ToFhirBundle(Plan, PlanCatalogue?)"/>).</summary>
    public static Bundle ToFhirBundle(this PlanCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var plan in catalogue.Plans)
        {
            AddPlan(bundle, plan, catalogue);
        }

        return bundle;
    }

    /// <summary>
    /// A collection Bundle of one plan: its region's <see cref="Group"/>, then for each indicator its <see cref="Measure"/>,
    /// its <see cref="Goal"/>s and a <see cref="MeasureReport"/> per reported value.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="catalogue">The catalogue whose concepts give the measures their WHO GHO and SDG codes; null for none.</param>
    public static Bundle ToFhirBundle(this Plan plan, PlanCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        AddPlan(bundle, plan, catalogue);
        return bundle;
    }

    /// <summary>A collection Bundle of the actuals of an assessment: a <see cref="MeasureReport"/> per assessed target (<see cref="ToFhirMeasureReports"/>).</summary>
    public static Bundle ToFhirBundle(this PlanAssessment assessment) => Collection(assessment.ToFhirMeasureReports());

    /// <summary>A collection Bundle of <paramref name="resources"/>, each entry with its <see cref="FullUrl"/>.</summary>
    public static Bundle Collection(IEnumerable<Resource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var resource in resources)
        {
            Add(bundle, resource);
        }

        return bundle;
    }

    /// <summary>The population of the plan's region, as the subject of its goals and reports.</summary>
    public static Group ToFhirGroup(this Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var region = plan.Region;
        return new Group
        {
            Id = FhirIds.Group(plan.Id),
            Identifier = [new Identifier(FhirNames.RegionSystem, region.Id)],
            Type = Group.GroupType.Person,
            Actual = false,
            Name = PopulationOf(region),
        };
    }

    /// <summary>
    /// The indicator as a <see cref="Measure"/>: its catalogue id, names, topic (concept with its WHO GHO / SDG codes, and
    /// category), improvement notation from its direction, and its unit and attribute as extensions.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="concept">The indicator's concept, for its codes; null to name the concept by id only.</param>
    public static Measure ToFhirMeasure(this IIndicator indicator, ConceptInfo? concept = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        string id = FhirIds.Measure(indicator);
        var measure = new Measure
        {
            Id = id,
            Url = FhirNames.MeasureUrl(id),
            Identifier = [new Identifier(FhirNames.IndicatorSystem, IndicatorKey(indicator))],
            Name = ComputableName(indicator),
            Title = indicator.NameEn,
            Subtitle = indicator.NameZh,
            Status = PublicationStatus.Active,
            Description = new Markdown($"{indicator.NameZh} ({indicator.NameEn}), in {indicator.Unit.NameEn}; {indicator.Direction.Describe()}."),
            Topic = [ConceptOf(indicator, concept), new CodeableConcept { Text = indicator.CategoryZh is { } zh ? $"{indicator.Category} {zh}" : indicator.Category }],
            Scoring = new CodeableConcept(FhirNames.MeasureScoring, "continuous-variable"),
        };

        if (indicator.Direction != Direction.Neutral)
        {
            measure.ImprovementNotation = new CodeableConcept(FhirNames.ImprovementNotation, indicator.Direction == Direction.HigherIsBetter ? "increase" : "decrease");
        }

        measure.Extension.Add(CatalogueExtensions.Unit.With(FhirQuantities.ToCoding(indicator.Unit)));
        if (PlanFileTokens.Attributes.TokenOf(indicator.Attribute) is { } attribute)
        {
            measure.Extension.Add(CatalogueExtensions.Attribute.With(new Code(attribute)));
        }

        foreach (string note in indicator.Notes)
        {
            measure.Extension.Add(CatalogueExtensions.Note.With(new FhirString(note)));
        }

        return measure;
    }

    /// <summary>
    /// The target as a <see cref="Goal"/> for the region's population: <c>detailQuantity</c> with its comparator for
    /// ≥ ≤ &gt; &lt;, <c>detailRange</c> for a range or a target to reach in the better direction, due at the end of the
    /// target year; approximate and relative targets, the attribute and the sources as the project's extensions.
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="concept">The indicator's concept, for the codes of <c>target.measure</c>; null to name it by id only.</param>
    public static Goal ToFhirGoal(this ITarget target, ConceptInfo? concept = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var indicator = target.Indicator;
        var goal = new Goal
        {
            Id = FhirIds.Goal(target),
            LifecycleStatus = target.IsPreviousPeriod ? Goal.GoalLifecycleStatus.Completed : Goal.GoalLifecycleStatus.Active,
            Description = new CodeableConcept { Text = $"{indicator.NameZh} ({indicator.NameEn}) {target.DescribeWithYear()}" },
            Subject = GroupReference(indicator.PlanId, indicator.Plan),
            Target = [TargetOf(target, concept)],
        };

        // A previous plan's target was pursued before this plan began: it gets no start from this plan.
        if (indicator.Plan is { } plan && !target.IsPreviousPeriod)
        {
            goal.Start = Year(plan.PeriodStart);
        }

        if (target.Note is { } note)
        {
            goal.Note.Add(new Annotation { Text = new Markdown(note) });
        }

        if (PlanFileTokens.Attributes.TokenOf(indicator.Attribute) is { } attribute)
        {
            goal.Extension.Add(CatalogueExtensions.Attribute.With(new Code(attribute)));
        }

        if (target.Scope is { } scope)
        {
            goal.Extension.Add(CatalogueExtensions.Scope.With(new FhirString(scope)));
        }

        if (target.Baseline is { IsKnown: true } baseline)
        {
            goal.Extension.Add(CatalogueExtensions.Baseline.With(
                ("year", Year(baseline.Year.GetValueOrDefault())), ("value", FhirQuantities.ToQuantity(baseline.Value.GetValueOrDefault(), indicator.Unit))));
        }

        if (target.Reference is { } benchmark)
        {
            goal.Extension.Add(CatalogueExtensions.Benchmark.With(new FhirString(benchmark.TextZh)));
        }

        if (target.InTable)
        {
            goal.Extension.Add(CatalogueExtensions.InTable.With(new FhirBoolean(true)));
        }

        if (target.IsPreviousPeriod)
        {
            goal.Extension.Add(CatalogueExtensions.PreviousPeriod.With(new FhirBoolean(true)));
        }

        goal.Extension.AddRange(target.Sources.Select(SourceOf));
        return goal;
    }

    /// <summary>
    /// A reported value (a baseline or a figure the plan reports) as a summary <see cref="MeasureReport"/> of the region's
    /// population for its year or period, with its sources; a value that is a change over an earlier year says so.
    /// </summary>
    public static MeasureReport ToFhirMeasureReport(this IReportedValue value, IIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(indicator);
        var score = value.IsRelativeChange ? FhirQuantities.Percent(value.Value) : FhirQuantities.ToQuantity(value.Value, value.Unit);
        var group = new MeasureReport.GroupComponent { MeasureScore = score };
        if (value.ChangeFrom is int from)
        {
            group.Extension.Add(CatalogueExtensions.ChangeFrom.With(("baselineYear", Year(from)), ("relative", new FhirBoolean(value.IsRelativeChange))));
        }

        var report = Report(FhirIds.Value(indicator, value), indicator, value.PeriodStart ?? value.Year, value.PeriodEnd ?? value.Year, group);
        if (value.Scope is { } scope)
        {
            report.Extension.Add(CatalogueExtensions.Scope.With(new FhirString(scope)));
        }

        if (value.Note is { } note)
        {
            report.Extension.Add(CatalogueExtensions.Note.With(new FhirString(note)));
        }

        report.Extension.AddRange(value.Sources.Select(SourceOf));
        return report;
    }

    /// <summary>
    /// An actual value assessed against a target as a summary <see cref="MeasureReport"/> for the assessment year: the
    /// value, the <see cref="Goal"/> it was judged against (<c>evaluatedResource</c>), the verdict and, when given, the progress.
    /// </summary>
    public static MeasureReport ToFhirMeasureReport(this TargetAssessment assessment, int year, TargetProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return ActualReport(assessment.Target, year, assessment.Actual, assessment.Outcome, progress);
    }

    /// <summary>
    /// An actual value measured before its target is due, as a summary <see cref="MeasureReport"/> for its year: the value,
    /// the <see cref="Goal"/> progress is measured towards (<c>evaluatedResource</c>) and the progress, with no verdict.
    /// </summary>
    public static MeasureReport ToFhirMeasureReport(this TargetProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return ActualReport(progress.Target, progress.Year, progress.Value, outcome: null, progress);
    }

    private static MeasureReport ActualReport(ITarget target, int year, double actual, AssessmentOutcome? outcome, TargetProgress? progress)
    {
        var group = new MeasureReport.GroupComponent { MeasureScore = FhirQuantities.ToQuantity(actual, target.Unit) };
        var report = Report(FhirIds.Actual(target, year), target.Indicator, year, year, group);
        report.EvaluatedResource.Add(new ResourceReference("Goal/" + FhirIds.Goal(target)));
        if (target.Scope is { } scope)
        {
            report.Extension.Add(CatalogueExtensions.Scope.With(new FhirString(scope)));
        }

        if (outcome is { } verdict)
        {
            report.Extension.Add(CatalogueExtensions.Outcome.With(new Code(AssessmentTokens.Outcomes.TokenOf(verdict)!)));
        }

        if (progress is not null && ProgressTokens.OpenSdg.TokenOf(progress.Status) is { } status)
        {
            report.Extension.Add(CatalogueExtensions.Progress.With(new Code(status)));
        }

        return report;
    }

    /// <summary>Every assessed target of <paramref name="assessment"/> as a <see cref="MeasureReport"/>, with its progress where measured.</summary>
    public static IReadOnlyList<MeasureReport> ToFhirMeasureReports(this PlanAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.Results
            .Select(result => result.ToFhirMeasureReport(assessment.Year, assessment.Progress.FirstOrDefault(progress => ReferenceEquals(progress.Target, result.Target))))
            .ToList();
    }

    /// <summary>The full URL of a resource in the catalogue's Bundles (<see cref="FhirNames.ResourceUrl"/>).</summary>
    /// <exception cref="ArgumentException">The resource has no id.</exception>
    public static string FullUrl(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return FhirNames.ResourceUrl(resource.TypeName, resource.Id
            ?? throw new ArgumentException($"The {resource.TypeName} has no id, so it has no full URL.", nameof(resource)));
    }

    private static void AddPlan(Bundle bundle, Plan plan, PlanCatalogue? catalogue)
    {
        Add(bundle, plan.ToFhirGroup());
        foreach (var indicator in plan.Indicators)
        {
            var concept = catalogue?.FindConcept(indicator.Concept);
            Add(bundle, indicator.ToFhirMeasure(concept));
            foreach (var target in indicator.Targets)
            {
                Add(bundle, target.ToFhirGoal(concept));
            }

            foreach (var value in indicator.Values)
            {
                Add(bundle, value.ToFhirMeasureReport(indicator));
            }
        }
    }

    private static void Add(Bundle bundle, Resource resource)
        => bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = FullUrl(resource), Resource = resource });

    private static MeasureReport Report(string id, IIndicator indicator, int firstYear, int lastYear, MeasureReport.GroupComponent group) => new()
    {
        Id = id,
        Status = MeasureReport.MeasureReportStatus.Complete,
        Type = MeasureReport.MeasureReportType.Summary,
        Measure = FhirNames.MeasureUrl(FhirIds.Measure(indicator)),
        Subject = GroupReference(indicator.PlanId, indicator.Plan),
        Period = new Period(new FhirDateTime(firstYear, 1, 1), new FhirDateTime(lastYear, 12, 31)),
        Group = [group],
    };

    private static Goal.TargetComponent TargetOf(ITarget target, ConceptInfo? concept)
    {
        var component = new Goal.TargetComponent
        {
            Measure = ConceptOf(target.Indicator, concept),
            Due = new Date(target.Year, 12, 31),
        };

        var unit = target.Unit;
        Quantity Amount(double value) => FhirQuantities.ToQuantity(value, unit, target.Decimals);

        switch (target.Operator)
        {
            case var comparison when Comparator(comparison) is { } comparator && target.Value is double value:
                var compared = Amount(value);
                compared.Comparator = comparator;
                component.Detail = compared;
                break;
            case TargetOperator.Reach when target.Value is double value:
                // FHIR's range with one bound means "at or beyond it", which is what reaching a value in the better direction is.
                component.Detail = target.Indicator.Direction switch
                {
                    Direction.HigherIsBetter => new Hl7.Fhir.Model.Range { Low = Amount(value) },
                    Direction.LowerIsBetter => new Hl7.Fhir.Model.Range { High = Amount(value) },
                    _ => Amount(value),
                };
                break;
            case TargetOperator.Between when target.Value is double low && target.ValueMax is double high:
                component.Detail = new Hl7.Fhir.Model.Range { Low = Amount(low), High = Amount(high) };
                break;
            case TargetOperator.About when target.Value is double value:
                component.Detail = Amount(value);
                component.Extension.Add(CatalogueExtensions.Approximate.With(new FhirBoolean(true)));
                if (target.Tolerance is double tolerance)
                {
                    component.Extension.Add(CatalogueExtensions.Tolerance.With(FhirQuantities.ToQuantity(tolerance, unit)));
                }

                break;
            case var change when change.IsChange() && target.Value is double amount && target.BaselineYear is int baselineYear:
                // FHIR has no element for a change over a baseline year; the baseline-moved threshold is not stated by the
                // plan, so it is not put into detail[x].
                component.Extension.Add(CatalogueExtensions.Change.With(
                    ("direction", new Code(target.Operator.Way() > 0 ? "increase" : "decrease")),
                    ("amount", target.IsRelative ? FhirQuantities.Percent(amount, target.Decimals) : Amount(amount)),
                    ("relative", new FhirBoolean(target.IsRelative)),
                    ("baselineYear", Year(baselineYear)),
                    ("baselineValue", target.BaselineValue is double baseline ? FhirQuantities.ToQuantity(baseline, unit) : null)));
                break;
            case TargetOperator.Qualitative:
                component.Detail = new FhirBoolean(true);
                break;
            default:
                // A target is never exported without what it aims at: an operator this mapping does not know is a bug to fix here.
                throw new NotSupportedException($"The FHIR mapping has no rule for the operator {target.Operator} of the target '{target}'.");
        }

        return component;
    }

    /// <summary>FHIR's comparator for ≥ ≤ &gt; &lt;; null for the other operators.</summary>
    private static Quantity.QuantityComparator? Comparator(TargetOperator @operator) => @operator switch
    {
        TargetOperator.AtLeast => Quantity.QuantityComparator.GreaterOrEqual,
        TargetOperator.AtMost => Quantity.QuantityComparator.LessOrEqual,
        TargetOperator.Above => Quantity.QuantityComparator.GreaterThan,
        TargetOperator.Below => Quantity.QuantityComparator.LessThan,
        _ => null,
    };

    private static CodeableConcept ConceptOf(IIndicator indicator, ConceptInfo? concept)
    {
        var codeable = new CodeableConcept { Text = concept?.NameEn ?? indicator.NameEn };
        codeable.Coding.Add(new Coding(FhirNames.IndicatorSystem, IndicatorKey(indicator), indicator.NameEn));
        codeable.Coding.Add(new Coding(FhirNames.ConceptSystem, indicator.Concept, concept?.NameEn));
        if (concept?.WhoGho is { } gho)
        {
            codeable.Coding.Add(new Coding(FhirNames.WhoGhoSystem, gho, concept.NameEn));
        }

        if (concept?.Sdg is { } sdg)
        {
            codeable.Coding.Add(new Coding(FhirNames.SdgSystem, sdg, concept.NameEn));
        }

        return codeable;
    }

    private static Extension SourceOf(Provenance source)
    {
        var published = source.Published;
        return CatalogueExtensions.Source.With(
            ("document", new FhirString(source.Document)),
            ("line", source.Line is int line ? new PositiveInt(line) : null),
            ("quote", new FhirString(source.Quote)),
            ("title", published is null ? null : new FhirString(published.TitleZh)),
            ("issuer", published is null ? null : new FhirString(published.Issuer)),
            ("published", published is null ? null : new Date(published.Published)),
            ("address", published is null ? null : new FhirUrl(published.Address)),
            ("copy", published is null ? null : new Code(PlanFileTokens.Copies.TokenOf(published.Copy))));
    }

    private static ResourceReference GroupReference(string planId, Plan? plan)
        => new("Group/" + FhirIds.Group(planId), plan is null ? null : PopulationOf(plan.Region));

    /// <summary>The Group's name, and the display of references to it: <c>阜新市 Fuxin population</c>.</summary>
    private static string PopulationOf(Region region) => $"{region.NameZh} {region.NameEn} population";

    private static Date Year(int year) => new(year.ToString("D4", CultureInfo.InvariantCulture));

    private static string IndicatorKey(IIndicator indicator) => indicator.PlanId + "/" + indicator.Id;

    /// <summary>A name for code generators (FHIR's mea-0: a capital letter, then letters, digits and _): <c>Fuxin20212025LifeExpectancy</c>.</summary>
    private static string ComputableName(IIndicator indicator)
    {
        var name = new System.Text.StringBuilder();
        bool upper = true;
        foreach (char c in indicator.PlanId + "-" + indicator.Id)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (name.Length == 0 || name[0] is < 'A' or > 'Z')
        {
            name.Insert(0, "Indicator");
        }

        return name.Length > 255 ? name.ToString(0, 255) : name.ToString();
    }
}
