using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HealthPlan.Catalogue.Testing;

/// <summary>
/// Renders every public type and member of an assembly as stable C#-like text, read from the
/// assembly's metadata through Roslyn symbols: a small stand-in for PublicApiGenerator, meant to be
/// snapshot-tested so any change to the public surface shows up in review.
/// </summary>
public static class PublicApiPrinter
{
    private static readonly SymbolDisplayFormat MemberFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints | SymbolDisplayGenericsOptions.IncludeVariance,
        memberOptions: SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeRef | SymbolDisplayMemberOptions.IncludeConstantValue,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeDefaultValue
            | SymbolDisplayParameterOptions.IncludeParamsRefOut | SymbolDisplayParameterOptions.IncludeExtensionThis,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        kindOptions: SymbolDisplayKindOptions.IncludeMemberKeyword,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat TypeNameFormat = MemberFormat
        .WithGenericsOptions(SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeVariance)
        .WithMemberOptions(SymbolDisplayMemberOptions.None)
        .WithKindOptions(SymbolDisplayKindOptions.None);

    private static readonly SymbolDisplayFormat DeclaredNameFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeVariance);

    /// <summary>The public API of <paramref name="assembly"/>, namespace by namespace, type by type.</summary>
    public static string Print(Assembly assembly)
    {
        var reference = MetadataReference.CreateFromFile(assembly.Location);
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("PublicApi", references: framework.Append(reference));
        var symbol = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(reference)!;

        var text = new StringBuilder();
        var types = AllTypes(symbol.GlobalNamespace).Where(IsVisible).OrderBy(type => type.ToDisplayString(TypeNameFormat), StringComparer.Ordinal);
        foreach (var group in types.GroupBy(type => type.ContainingNamespace.ToDisplayString()))
        {
            text.Append("namespace ").Append(group.Key).Append('\n').Append("{\n");
            foreach (var type in group)
            {
                WriteType(text, type);
            }

            text.Append("}\n");
        }

        return text.ToString();
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers().SelectMany(Nested))
        {
            yield return type;
        }

        foreach (var child in ns.GetNamespaceMembers().SelectMany(AllTypes))
        {
            yield return child;
        }
    }

    private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type)
        => new[] { type }.Concat(type.GetTypeMembers().SelectMany(Nested));

    private static bool IsVisible(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteType(StringBuilder text, INamedTypeSymbol type)
    {
        text.Append("    ").Append(Declaration(type)).Append('\n').Append("    {\n");
        // Members in a stable order: enum members by value, others by name, then by signature.
        var members = type.GetMembers()
            .Where(member => IsVisible(member) && !member.IsImplicitlyDeclared && member is not INamedTypeSymbol && !IsAccessor(member))
            .OrderBy(member => member is IFieldSymbol { HasConstantValue: true } field && type.TypeKind == TypeKind.Enum ? Convert.ToInt64(field.ConstantValue) : 0)
            .ThenBy(member => member.Name, StringComparer.Ordinal)
            .ThenBy(member => member.ToDisplayString(MemberFormat), StringComparer.Ordinal)
            .Select(member => member.ToDisplayString(MemberFormat));
        foreach (var member in members)
        {
            string end = type.TypeKind == TypeKind.Enum ? "," : member.EndsWith("}", StringComparison.Ordinal) ? string.Empty : ";";
            text.Append("        ").Append(member).Append(end).Append('\n');
        }

        text.Append("    }\n");
    }

    private static bool IsAccessor(ISymbol member) => member is IMethodSymbol
    {
        MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove,
    };

    private static string Declaration(INamedTypeSymbol type)
    {
        var modifiers = new List<string> { "public" };
        if (type.IsStatic)
        {
            modifiers.Add("static");
        }
        else if (type.IsAbstract && type.TypeKind == TypeKind.Class)
        {
            modifiers.Add("abstract");
        }
        else if (type.IsSealed && type.TypeKind == TypeKind.Class)
        {
            modifiers.Add("sealed");
        }

        if (type.IsReadOnly && type.TypeKind == TypeKind.Struct)
        {
            modifiers.Add("readonly");
        }

        string keyword = type switch
        {
            { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
            { IsRecord: true } => "record",
            { TypeKind: TypeKind.Interface } => "interface",
            { TypeKind: TypeKind.Struct } => "struct",
            { TypeKind: TypeKind.Enum } => "enum",
            { TypeKind: TypeKind.Delegate } => "delegate",
            _ => "class",
        };
        var bases = new List<string>();
        if (type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum) } baseType)
        {
            bases.Add(baseType.ToDisplayString(TypeNameFormat));
        }

        bases.AddRange(type.Interfaces.Select(i => i.ToDisplayString(TypeNameFormat)).OrderBy(name => name, StringComparer.Ordinal));
        string constraints = string.Concat(type.TypeParameters.Select(Constraint));
        return string.Join(" ", modifiers) + " " + keyword + " " + type.ToDisplayString(DeclaredNameFormat)
            + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty) + constraints;
    }

    private static string Constraint(ITypeParameterSymbol parameter)
    {
        var parts = new List<string>();
        if (parameter.HasUnmanagedTypeConstraint)
        {
            parts.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            parts.Add("struct");
        }
        else if (parameter.HasReferenceTypeConstraint)
        {
            parts.Add("class");
        }

        parts.AddRange(parameter.ConstraintTypes.Select(t => t.ToDisplayString(TypeNameFormat)));
        if (parameter.HasConstructorConstraint)
        {
            parts.Add("new()");
        }

        return parts.Count == 0 ? string.Empty : $" where {parameter.Name} : {string.Join(", ", parts)}";
    }
}
