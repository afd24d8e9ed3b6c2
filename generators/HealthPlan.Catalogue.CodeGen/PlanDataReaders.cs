using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using HealthPlan.Catalogue.Generators.Emit;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>
/// Writes the runtime's plan-data readers from <see cref="PlanFields"/>: one method per record that reads its stored
/// fields in the table's order and calls the record's constructor once. The tables stay the one list of fields (the
/// generator writes plan data through their getters); the runtime reads it with straight code, so a fresh process
/// compiles one method per record instead of a lambda per field and a record copy per field (UnitsNet's way: the
/// definition is data, the code reading it is generated).
/// </summary>
internal static class PlanDataReaders
{
    public const string Path = "src/HealthPlan.Catalogue/Plans/PlanData.Records.g.cs";

    /// <summary>The generated file.</summary>
    public static string Emit()
    {
        var w = Header.Begin("Plan-data readers: one method per record of PlanFields, called by PlanData's reader.", CodeGeneration.FieldDefinitionPath)
            .Line("using HealthPlan.Catalogue.Units;")
            .Line()
            .Line("namespace HealthPlan.Catalogue;")
            .Line()
            .Line("public static partial class PlanData")
            .Open();
        var first = true;
        foreach (var (method, write) in Records())
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            write(w, method);
        }

        w.Close();
        return w.Finish();
    }

    private static IEnumerable<(string Method, Action<SourceWriter, string> Write)> Records()
    {
        yield return ("ReadPlan", (w, m) => Write(w, m, PlanFields.Plan, nameof(PlanFields.Plan)));
        yield return ("ReadRegion", (w, m) => Write(w, m, PlanFields.Region, nameof(PlanFields.Region)));
        yield return ("ReadDocument", (w, m) => Write(w, m, PlanFields.Document, nameof(PlanFields.Document)));
        yield return ("ReadIndicator", (w, m) => Write(w, m, PlanFields.Indicator, nameof(PlanFields.Indicator)));
        yield return ("ReadValue", (w, m) => Write(w, m, PlanFields.Value, nameof(PlanFields.Value)));
        yield return ("ReadTarget", (w, m) => Write(w, m, PlanFields.Target, nameof(PlanFields.Target)));
        yield return ("ReadReference", (w, m) => Write(w, m, PlanFields.Reference, nameof(PlanFields.Reference)));
        yield return ("ReadSource", (w, m) => Write(w, m, PlanFields.Source, nameof(PlanFields.Source)));
    }

    private static void Write<T>(SourceWriter w, string method, PlanRecordFields<T> table, string tableName)
    {
        var record = typeof(T);
        var constructor = record.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        var nullability = new NullabilityInfoContext();
        var stored = table.Stored;

        // Each stored field is a constructor parameter or an init-only property of the same name.
        var slots = stored.Select(field => Slot(record, parameters, nullability, field.Name)).ToArray();

        string article = "aeiou".IndexOf(table.Tag[0]) >= 0 ? "An" : "A";
        w.Line($"/// <summary>{article} <c>{table.Tag}</c> record: the fields of <see cref=\"PlanFields.{tableName}\"/> as plan data stores them.</summary>");
        w.Line($"private static {record.Name} {method}(ref Fields fields)").Open();
        for (int i = 0; i < stored.Count; i++)
        {
            var field = stored[i];
            var slot = slots[i];
            string local = Local(field.Name);
            if (field.Storage == FieldStorage.Positional)
            {
                w.Line($"{slot.TypeName} {local} = {Read(field.Name, field.Words, slot, positional: true)};");
            }
            else
            {
                w.Line($"{slot.TypeName} {local} = {(slot.Type == typeof(bool) ? "false" : slot.Nullable ? "null" : "default")};");
            }
        }

        if (stored.Any(field => field.Storage != FieldStorage.Positional))
        {
            w.Line("while (fields.NextKey(out string key))").Open();
            w.Line("switch (key)").Open();
            for (int i = 0; i < stored.Count; i++)
            {
                var field = stored[i];
                if (field.Storage == FieldStorage.Positional)
                {
                    continue;
                }

                w.Line($"case \"{field.Name}\":").Indent();
                w.Line($"{Local(field.Name)} = {(field.Storage == FieldStorage.Flag ? "true" : Read(field.Name, field.Words, slots[i], positional: false))};");
                w.Line("break;").Outdent();
            }

            w.Line("default:").Indent().Line("throw fields.UnknownKey(key);").Outdent();
            w.Close().Close();
        }

        w.Line();
        var own = parameters.Where(parameter => !slots.Any(slot => slot.Parameter == parameter)).Select(parameter => parameter.Name!).ToArray();
        if (own.Length > 0)
        {
            w.Line($"// {Words(own)}: from records of their own, which PlanData's reader attaches.");
        }

        var arguments = parameters.Select(parameter =>
        {
            int index = Array.FindIndex(slots, slot => slot.Parameter == parameter);
            if (index >= 0)
            {
                return Local(stored[index].Name);
            }

            // Lists and nested records arrive as records of their own, which PlanData's reader attaches.
            return parameter.ParameterType.IsGenericType && parameter.ParameterType.GetGenericTypeDefinition() == typeof(EquatableArray<>)
                ? TypeName(parameter.ParameterType, nullable: false) + ".Empty"
                : IsNullable(parameter.ParameterType, nullability.Create(parameter)) ? "null" : "null!";
        });
        var initialised = slots.Select((slot, i) => (slot, i)).Where(x => x.slot.Parameter is null).Select(x => $"{x.slot.Property!.Name} = {Local(stored[x.i].Name)}").ToArray();
        string initializer = initialised.Length == 0 ? string.Empty : " { " + string.Join(", ", initialised) + " }";
        w.Line($"return new {record.Name}({string.Join(", ", arguments)}){initializer};");
        w.Close();
    }

    private static string Words(string[] names)
        => names.Length == 1 ? names[0] : string.Join(", ", names.Take(names.Length - 1)) + " and " + names[^1];

    /// <summary>Where a field lands in its record: a constructor parameter, else an init-only property.</summary>
    private sealed record FieldSlot(ParameterInfo? Parameter, PropertyInfo? Property, Type Type, bool Nullable)
    {
        public string TypeName => PlanDataReaders.TypeName(Type, Nullable);
    }

    private static FieldSlot Slot(Type record, ParameterInfo[] parameters, NullabilityInfoContext nullability, string name)
    {
        var parameter = parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (parameter is not null)
        {
            return new(parameter, null, parameter.ParameterType, IsNullable(parameter.ParameterType, nullability.Create(parameter)));
        }

        var property = record.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? throw new InvalidOperationException($"{CodeGeneration.FieldDefinitionPath}: '{name}' is neither a constructor parameter nor a property of {record.Name}.");
        return new(null, property, property.PropertyType, IsNullable(property.PropertyType, nullability.Create(property)));
    }

    /// <summary>The call that reads a field of <paramref name="slot"/>'s type: empty is null, or the type's default for a fixed field.</summary>
    private static string Read(string name, object? words, FieldSlot slot, bool positional)
    {
        var type = Nullable.GetUnderlyingType(slot.Type) ?? slot.Type;
        string orDefault = slot.Nullable ? string.Empty : " ?? default";
        string quoted = "\"" + name + "\"";
        if (words is not null)
        {
            return $"fields.Word(PlanFileTokens.{WordsName(words)}, {quoted})";
        }

        if (type == typeof(string))
        {
            return positional && slot.Nullable ? "fields.OptionalText()" : "fields.Text()";
        }

        if (type == typeof(int))
        {
            return $"fields.Integer({quoted}){orDefault}";
        }

        if (type == typeof(NumberModel))
        {
            return $"fields.Number({quoted}){orDefault}";
        }

        if (type == typeof(UnitInfo))
        {
            return $"fields.Unit({quoted})";
        }

        throw new InvalidOperationException($"{CodeGeneration.FieldDefinitionPath}: no plan-data reader for '{name}' of type {type.Name}.");
    }

    /// <summary>The name of the <see cref="PlanFileTokens"/> table <paramref name="words"/> is.</summary>
    private static string WordsName(object words)
        => typeof(PlanFileTokens).GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => ReferenceEquals(p.GetValue(null), words))?.Name
            ?? throw new InvalidOperationException($"{CodeGeneration.FieldDefinitionPath}: a word field's table is not one of PlanFileTokens'.");

    private static bool IsNullable(Type type, NullabilityInfo info)
        => Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && info.WriteState == NullabilityState.Nullable);

    private static string TypeName(Type type, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return TypeName(underlying, nullable: false) + "?";
        }

        string name = type == typeof(int) ? "int"
            : type == typeof(bool) ? "bool"
            : type == typeof(string) ? "string"
            : type.IsGenericType ? type.Name.Substring(0, type.Name.IndexOf('`')) + "<" + string.Join(", ", type.GetGenericArguments().Select(a => TypeName(a, false))) + ">"
            : type.Name;
        return nullable && !type.IsValueType ? name + "?" : name;
    }

    /// <summary>The field's name as a local: <c>operator</c> needs an <c>@</c>.</summary>
    private static string Local(string name) => Keywords.Contains(name) ? "@" + name : name;

    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    ];
}
