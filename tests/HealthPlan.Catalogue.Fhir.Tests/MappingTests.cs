using System;
using System.Linq;
using System.Text;
using HealthPlan.Catalogue.Fhir.Extensions;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.Units;
using Hl7.Fhir.Model;

namespace HealthPlan.Catalogue.Fhir.Tests;

/// <summary>What a health information system reads from the catalogue's resources: the numbers, their units and where they came from.</summary>
public sealed class MappingTests
{
    private static readonly Plan Fuxin = Plans.Catalogue.FindPlan("fuxin-2016-2020")!;

    private static ITarget TargetOf(string indicatorId, Func<ITarget, bool>? which = null)
        => Fuxin.FindIndicator(indicatorId)!.Targets.First(which ?? (_ => true));

    /// <summary>Issue 24: an indicator id the schema allows ('_' in a C# name) gave a FHIR id FHIR refuses.</summary>
    [Fact]
    public void Ids_with_characters_fhir_does_not_allow_become_valid_and_stay_apart()
    {
        Indicator<Percent> Make(string id) => new("plan-2021-2025", id, "指标", "Indicator", "concept", "other", Direction.HigherIsBetter,
            Array.Empty<ReportedValue<Percent>>(), new[] { new Target<Percent>(2025, TargetOperator.AtLeast, new Provenance("doc.txt", 1, "90%"), value: 90) });
        var underscore = Make("coverage_rate");
        var hyphen = Make("coverage-rate");

        string[] ids = [FhirIds.Measure(underscore), FhirIds.Goal(underscore.Targets[0]), FhirIds.Measure(hyphen)];
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9\\-\\.]{1,64}$", id));
        Assert.NotEqual(FhirIds.Measure(underscore), FhirIds.Measure(hyphen));
        Assert.Equal("plan-2021-2025.coverage-rate", FhirIds.Measure(hyphen));
    }

    [Fact]
    public void An_at_least_target_is_a_quantity_with_its_comparator_due_at_the_end_of_its_year()
    {
        var target = TargetOf("basic-medical-insurance-coverage");
        var goal = target.ToFhirGoal();

        var detail = Assert.IsType<Quantity>(goal.Target[0].Detail);
        Assert.Equal(Quantity.QuantityComparator.GreaterOrEqual, detail.Comparator);
        Assert.Equal(95m, detail.Value);
        Assert.Equal(("http://unitsofmeasure.org", "%"), (detail.System, detail.Code));
        Assert.Equal("2020-12-31", ((Date)goal.Target[0].Due).Value);
        Assert.Equal("Group/fuxin-2016-2020.population", goal.Subject.Reference);
        Assert.Equal(Goal.GoalLifecycleStatus.Active, goal.LifecycleStatus);
        Assert.Contains(goal.Target[0].Measure.Coding, coding => coding.System == FhirNames.IndicatorSystem && coding.Code == "fuxin-2016-2020/basic-medical-insurance-coverage");
    }

    [Fact]
    public void A_range_target_is_a_range_and_a_target_to_reach_is_a_range_open_in_the_better_direction()
    {
        var range = Assert.IsType<Hl7.Fhir.Model.Range>(TargetOf("provincial-key-clinical-specialties").ToFhirGoal().Target[0].Detail);
        Assert.Equal((8m, 10m), (range.Low.Value, range.High.Value));

        var higher = Assert.IsType<Hl7.Fhir.Model.Range>(TargetOf("physicians-per-1000").ToFhirGoal().Target[0].Detail);
        Assert.Equal(2.46m, higher.Low.Value);
        Assert.Null(higher.High);

        var lower = Assert.IsType<Hl7.Fhir.Model.Range>(TargetOf("public-hospital-beds-per-1000").ToFhirGoal().Target[0].Detail);
        Assert.Equal(3.6m, lower.High.Value);
        Assert.Null(lower.Low);

        // A neutral indicator has no better direction: the value itself.
        var neutral = Assert.IsType<Quantity>(TargetOf("sex-ratio-at-birth").ToFhirGoal().Target[0].Detail);
        Assert.Null(neutral.Comparator);
        Assert.Equal("{boys}/10*2{girls}", neutral.Code);
    }

    [Fact]
    public void An_approximate_target_keeps_its_value_and_says_it_is_approximate()
    {
        var component = TargetOf("county-treatment-rate").ToFhirGoal().Target[0];

        Assert.Equal(90m, Assert.IsType<Quantity>(component.Detail).Value);
        Assert.True(component.GetExtensionValue<FhirBoolean>(CatalogueExtensions.Approximate.Url).Value);
        Assert.Null(component.GetExtension(CatalogueExtensions.Tolerance.Url));
    }

    [Fact]
    public void A_target_relative_to_a_baseline_year_is_a_change_extension_with_no_invented_threshold()
    {
        var target = TargetOf("life-expectancy", target => target.Operator == TargetOperator.IncreaseBy);
        var component = target.ToFhirGoal().Target[0];

        Assert.Null(component.Detail);
        var change = component.GetExtension(CatalogueExtensions.Change.Url);
        Assert.Equal("increase", change.GetExtensionValue<Code>("direction").Value);
        Assert.Equal((1m, "a"), (change.GetExtensionValue<Quantity>("amount").Value, change.GetExtensionValue<Quantity>("amount").Code));
        Assert.False(change.GetExtensionValue<FhirBoolean>("relative").Value);
        Assert.Equal("2015", change.GetExtensionValue<Date>("baselineYear").Value);
    }

    [Fact]
    public void A_previous_plans_target_is_a_completed_goal_marked_as_such_with_no_start_from_this_plan()
    {
        var target = Plans.Catalogue.Plans.SelectMany(plan => plan.Targets).First(target => target.IsPreviousPeriod);
        var goal = target.ToFhirGoal();

        Assert.Equal(Goal.GoalLifecycleStatus.Completed, goal.LifecycleStatus);
        Assert.True(goal.GetExtensionValue<FhirBoolean>(CatalogueExtensions.PreviousPeriod.Url).Value);
        Assert.Null(goal.Start);
        Assert.Contains("(previous plan)", goal.Description.Text);
    }

    [Fact]
    public void Every_goal_carries_its_sources_with_document_line_and_exact_quote()
    {
        var target = TargetOf("basic-medical-insurance-coverage");
        var sources = target.ToFhirGoal().Extension.Where(extension => extension.Url == CatalogueExtensions.Source.Url).ToList();

        Assert.Equal(target.Sources.Count, sources.Count);
        Assert.Equal(target.Source.Document, sources[0].GetExtensionValue<FhirString>("document").Value);
        Assert.Equal(target.Source.Line, sources[0].GetExtensionValue<PositiveInt>("line").Value);
        Assert.Equal(target.Source.Quote, sources[0].GetExtensionValue<FhirString>("quote").Value);
    }

    [Fact]
    public void A_measure_has_the_catalogue_id_the_concept_codes_the_improvement_notation_and_the_unit()
    {
        var indicator = Fuxin.FindIndicator("infant-mortality-rate")!;
        var measure = indicator.ToFhirMeasure(Plans.Catalogue.FindConcept(indicator.Concept));

        Assert.Equal("fuxin-2016-2020/infant-mortality-rate", Assert.Single(measure.Identifier).Value);
        Assert.Equal(FhirNames.MeasureUrl(measure.Id), measure.Url);
        Assert.Contains(measure.Topic[0].Coding, coding => coding.System == FhirNames.WhoGhoSystem && coding.Code == "MDG_0000000001");
        Assert.Equal("decrease", measure.ImprovementNotation.Coding[0].Code);
        var unit = measure.GetExtensionValue<Coding>(CatalogueExtensions.Unit.Url);
        Assert.Equal((FhirNames.Ucum, "[ppth]"), (unit.System, unit.Code));
    }

    [Fact]
    public void Money_is_an_iso_4217_amount_in_yuan_not_a_ucum_unit()
    {
        var quantity = FhirQuantities.ToQuantity(1.5, HundredMillionYuan.Info, decimals: 1);

        Assert.Equal((150000000m, FhirNames.Iso4217, "CNY"), (quantity.Value, quantity.System, quantity.Code));
        Assert.Same(Yuan.Info, FhirQuantities.FindUnit(FhirNames.Iso4217, "CNY"));
        Assert.Same(PerMille.Info, FhirQuantities.FindUnit(FhirNames.Ucum, "[ppth]"));
        Assert.Null(FhirQuantities.FindUnit(FhirNames.Ucum, "CNY"));
    }

    [Fact]
    public void A_number_keeps_the_decimals_the_document_writes()
        => Assert.Equal("6.30", FhirQuantities.ToQuantity(6.3, PerMille.Info, decimals: 2).Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_reported_value_is_a_summary_measure_report_of_its_year_with_its_source()
    {
        var indicator = Plans.Catalogue.Plans.SelectMany(plan => plan.Indicators).First(indicator => indicator.Values.Any(value => value.ChangeFrom is null && value.PeriodStart is null));
        var value = indicator.Values.First(value => value.ChangeFrom is null && value.PeriodStart is null);
        var report = value.ToFhirMeasureReport(indicator);

        Assert.Equal(MeasureReport.MeasureReportType.Summary, report.Type);
        Assert.Equal(FhirNames.MeasureUrl(FhirIds.Measure(indicator)), report.Measure);
        Assert.Equal(($"{value.Year}-01-01", $"{value.Year}-12-31"), (report.Period.Start, report.Period.End));
        Assert.Equal((decimal)value.Value, report.Group[0].MeasureScore.Value);
        Assert.Equal(value.Source.Quote, report.GetExtension(CatalogueExtensions.Source.Url).GetExtensionValue<FhirString>("quote").Value);
    }

    [Fact]
    public void The_bundle_has_one_resource_per_indicator_target_value_and_plan_with_unique_ids_under_64_characters()
    {
        var bundle = Plans.Catalogue.ToFhirBundle();
        var catalogue = Plans.Catalogue;

        Assert.Equal(catalogue.Plans.Count, bundle.Entry.Count(entry => entry.Resource is Group));
        Assert.Equal(catalogue.Plans.Sum(plan => plan.Indicators.Count), bundle.Entry.Count(entry => entry.Resource is Measure));
        Assert.Equal(catalogue.Plans.Sum(plan => plan.Targets.Count()), bundle.Entry.Count(entry => entry.Resource is Goal));
        Assert.Equal(catalogue.Plans.Sum(plan => plan.Indicators.Sum(indicator => indicator.Values.Count)), bundle.Entry.Count(entry => entry.Resource is MeasureReport));
        Assert.Equal(bundle.Entry.Count, bundle.Entry.Select(entry => entry.FullUrl).Distinct().Count());
        Assert.All(bundle.Entry, entry => Assert.InRange(entry.Resource!.Id.Length, 1, FhirIds.MaxLength));
    }

    [Fact]
    public void The_bundle_is_the_same_every_time_and_reads_back_to_the_same_json()
    {
        string first = FhirJson.Serialize(Fuxin.ToFhirBundle(Plans.Catalogue));
        string second = FhirJson.Serialize(Fuxin.ToFhirBundle(Plans.Catalogue));
        Assert.Equal(first, second);

        Assert.True(FhirJson.TryRead(Encoding.UTF8.GetBytes(first), out var read, out var problems), string.Join("\n", problems));
        Assert.Equal(first, FhirJson.Serialize(read!));
        Assert.Contains("婴儿死亡率", first);
    }

    [Fact]
    public void Every_extension_has_a_definition_with_its_url_and_contexts()
    {
        var definitions = CatalogueExtensions.StructureDefinitions();

        Assert.Equal(CatalogueExtensions.All.Count, definitions.Select(definition => definition.Url).Distinct().Count());
        Assert.All(definitions, definition =>
        {
            Assert.StartsWith(FhirNames.CanonicalBase + "/StructureDefinition/", definition.Url);
            Assert.NotEmpty(definition.Context);
            Assert.Contains(definition.Differential.Element, element => element.Path == "Extension.url" && ((FhirUri)element.Fixed).Value == definition.Url);
        });
    }
}
