using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HealthPlan.Catalogue.Generators.Diagnostics;

/// <summary>
/// HPC1001: a report creates a plan's generated <c>Actuals</c> without a binding (约束性) indicator, so the
/// assessment would silently skip a target the government committed to.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingBindingIndicatorAnalyzer : DiagnosticAnalyzer
{
    private const string ActualsAttribute = "HealthPlan.Catalogue.PlanActualsAttribute";
    private const string BindingAttribute = "HealthPlan.Catalogue.BindingIndicatorAttribute";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingBindingIndicator);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var actualsAttribute = start.Compilation.GetTypeByMetadataName(ActualsAttribute);
            var bindingAttribute = start.Compilation.GetTypeByMetadataName(BindingAttribute);
            if (actualsAttribute is null || bindingAttribute is null)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, actualsAttribute, bindingAttribute), OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol actualsAttribute, INamedTypeSymbol bindingAttribute)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        var planAttribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, actualsAttribute));
        if (planAttribute is null)
        {
            return;
        }

        var given = new HashSet<string>();
        foreach (var initializer in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            // Generated Actuals declare the members as fields; a hand-written subclass may use properties.
            if (initializer is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } member })
            {
                given.Add(member.Member.Name);
            }
        }

        string planId = planAttribute.ConstructorArguments.FirstOrDefault().Value as string ?? type.ContainingType?.Name ?? type.Name;
        foreach (var member in type.GetMembers().Where(member => member is IFieldSymbol or IPropertySymbol))
        {
            bool binding = member.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, bindingAttribute));
            if (binding && !given.Contains(member.Name))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingBindingIndicator, creation.Syntax.GetLocation(), planId, member.Name));
            }
        }
    }
}
