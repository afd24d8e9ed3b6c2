// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj).
using System;
using System.Collections.Generic;
using System.Globalization;
#if BUILDING_SOURCE_GENERATOR
using HealthPlan.Catalogue.Generators.Model;
#endif

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>What a field holds in a plan file: the schema's type and the generic reader follow from it.</summary>
internal enum FieldKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A year, 1900–2200.</summary>
    Year,

    /// <summary>Any number, kept as the file writes it.</summary>
    Number,

    /// <summary>true or false; absent is false.</summary>
    Flag,

    /// <summary>A word of a closed list (<see cref="PlanFileTokens"/>, the units): the schema's <c>$defs</c> entry of that name.</summary>
    Word,

    /// <summary>An object of another record.</summary>
    Object,

    /// <summary>A list.</summary>
    Array,

    /// <summary>Anything else: the schema states it without a type of ours.</summary>
    Other,
}

/// <summary>Whether a plan file must state a field.</summary>
internal enum FieldPresence
{
    /// <summary>May be left out or null.</summary>
    Optional,

    /// <summary>Must be stated.</summary>
    Required,

    /// <summary>Required in some cases only (the description says which); never null.</summary>
    Conditional,
}

/// <summary>How plan data (<see cref="PlanDataFormat"/>) stores a field.</summary>
internal enum FieldStorage
{
    /// <summary>Not at all: the field is the plan file's only, or data stores it as records of its own (lists, sources).</summary>
    None,

    /// <summary>A fixed field, in the order of the table; empty when absent.</summary>
    Positional,

    /// <summary><c>key=value</c> after the fixed fields, when present.</summary>
    Keyed,

    /// <summary>The bare key after the fixed fields, when true.</summary>
    Flag,
}

/// <summary>
/// One field of a plan record <typeparamref name="T"/>: its plan-file name (which is also its key in plan data), what it
/// holds, how plan data stores it, a typed getter through which the generator writes plan data, and a typed setter
/// through which the parser reads the fields marked <see cref="ByKind"/>. The runtime reads plan data with readers the
/// CodeGen writes from the same table (<c>Plans/PlanData.Records.g.cs</c>), so a field cannot be written without being read.
/// </summary>
internal sealed class PlanField<T>
{
    private readonly Func<T, string?>? _format;
    private readonly Func<T, string, T>? _parse;

    internal PlanField(string name, FieldKind kind, FieldPresence presence, FieldStorage storage, string description, string? definition,
        Func<T, string?>? format, Func<T, string, T>? parse, object? words = null)
    {
        Words = words;
        Name = name;
        Kind = kind;
        Presence = presence;
        Storage = storage;
        Description = description;
        Definition = definition;
        _format = format;
        _parse = parse;
    }

    /// <summary>The name in plan files and the key in plan data.</summary>
    public string Name { get; }

    /// <summary>What the field holds in a plan file.</summary>
    public FieldKind Kind { get; }

    /// <summary>Whether a plan file must state it.</summary>
    public FieldPresence Presence { get; }

    /// <summary>How plan data stores it.</summary>
    public FieldStorage Storage { get; }

    /// <summary>What it means, for the schema and docs/plan-format.md.</summary>
    public string Description { get; }

    /// <summary>The schema's <c>$defs</c> entry of a word, an object or a list's items.</summary>
    public string? Definition { get; }

    /// <summary>A word's table of <see cref="PlanFileTokens"/> (a <c>TokenTable</c> of the field's enum); null for other kinds.</summary>
    public object? Words { get; }

    /// <summary>Whether a plan file states it (false for what the generator works out, like a target's baseline value).</summary>
    public bool InPlanFile { get; private set; } = true;

    /// <summary>The fields this one means nothing without: stating it without them is HPC0033 at its token.</summary>
    public IReadOnlyList<string> Needs { get; private set; } = Array.Empty<string>();

    /// <summary>Why it needs <see cref="Needs"/>, ending HPC0033's message.</summary>
    public string? NeedsHint { get; private set; }

    /// <summary>Whether the generator reads it from the plan file by its kind alone, through <see cref="Parse"/> (no code of its own in the parser).</summary>
    public bool ReadByKind { get; private set; }

    /// <summary>The field's text in plan data, or null when the record does not state it.</summary>
    public string? Format(T record) => _format?.Invoke(record);

    /// <summary>The record with the field set from its text in plan data (for a flag, any text sets it).</summary>
    /// <exception cref="FormatException">The text is not the field's kind.</exception>
    public T Parse(T record, string text) => _parse is null ? record : _parse(record, text);

    /// <summary>This field, meaningless without <paramref name="fields"/> for the reason <paramref name="hint"/>.</summary>
    public PlanField<T> Needing(string hint, params string[] fields)
    {
        Needs = fields;
        NeedsHint = hint;
        return this;
    }

    /// <summary>This field, read from plan files by its kind alone.</summary>
    public PlanField<T> ByKind()
    {
        ReadByKind = Kind is FieldKind.Text or FieldKind.Year or FieldKind.Number or FieldKind.Flag
            ? true
            : throw new InvalidOperationException($"'{Name}': only text, years, numbers and flags are read by kind alone.");
        return this;
    }

    /// <summary>This field, stored in plan data but not stated in plan files.</summary>
    public PlanField<T> NotInPlanFile()
    {
        InPlanFile = false;
        return this;
    }
}

/// <summary>
/// A plan record's fields, in the order plan files and the schema list them: the one table the generator's parser checks
/// names against, the generator writes plan data with, and the CodeGen writes the runtime's plan-data readers, the
/// schema's property lists and the field tables of docs/plan-format.md from. Built with typed lambdas, so the compiler checks each
/// field's getter and setter against the record.
/// </summary>
/// <typeparam name="T">The record.</typeparam>
internal sealed class PlanRecordFields<T>
{
    private readonly List<PlanField<T>> _fields = new();
    private string[]? _names;
    private PlanField<T>[]? _stored;

    /// <param name="tag">The record's tag in plan data (<see cref="PlanDataFormat"/>).</param>
    /// <param name="definition">The record's <c>$defs</c> entry in the schema; null for the plan, the schema's root.</param>
    public PlanRecordFields(string tag, string? definition)
    {
        Tag = tag;
        Definition = definition;
    }

    /// <summary>The record's tag in plan data.</summary>
    public string Tag { get; }

    /// <summary>The record's <c>$defs</c> entry in the schema; null for the root.</summary>
    public string? Definition { get; }

    /// <summary>Every field, in plan-file order.</summary>
    public IReadOnlyList<PlanField<T>> Fields => _fields;

    /// <summary>The names a plan file may use in this record (what the parser reports others against: HPC0018).</summary>
    public string[] Names => _names ??= PlanFileNames();

    /// <summary>
    /// The fields plan data stores, in the order a record states them: the fixed ones (in table order), then the keyed
    /// ones and flags. The generator writes and the runtime reads by this one list.
    /// </summary>
    public IReadOnlyList<PlanField<T>> Stored => _stored ??= StoredFields();

    /// <summary>A string field.</summary>
    public PlanField<T> Text(string name, Func<T, string?> get, Func<T, string, T> set, string description,
        FieldPresence presence = FieldPresence.Optional, FieldStorage storage = FieldStorage.Keyed, string? definition = null)
        => Add(new(name, definition is null ? FieldKind.Text : FieldKind.Word, presence, storage, description, definition, get, set));

    /// <summary>A year field.</summary>
    public PlanField<T> Year(string name, Func<T, int?> get, Func<T, int, T> set, string description,
        FieldPresence presence = FieldPresence.Optional, FieldStorage storage = FieldStorage.Keyed)
        => Add(new(name, FieldKind.Year, presence, storage, description, null,
            record => get(record) is int value ? value.ToString(CultureInfo.InvariantCulture) : null,
            (record, text) => text.Length == 0 ? record : set(record, ParseInteger(name, text))));

    /// <summary>A whole number that is not a year (a source's line): the schema states its range.</summary>
    public PlanField<T> Integer(string name, Func<T, int?> get, Func<T, int, T> set, string description,
        FieldPresence presence = FieldPresence.Optional, FieldStorage storage = FieldStorage.Keyed)
        => Add(new(name, FieldKind.Other, presence, storage, description, null,
            record => get(record) is int value ? value.ToString(CultureInfo.InvariantCulture) : null,
            (record, text) => text.Length == 0 ? record : set(record, ParseInteger(name, text))));

    /// <summary>A number field, kept with the text the plan file writes it with.</summary>
    public PlanField<T> Number(string name, Func<T, NumberModel?> get, Func<T, NumberModel, T> set, string description,
        FieldPresence presence = FieldPresence.Optional, FieldStorage storage = FieldStorage.Keyed)
        => Add(new(name, FieldKind.Number, presence, storage, description, null,
            record => get(record)?.Text,
            (record, text) => text.Length == 0 ? record : set(record, ParseNumber(name, text))));

    /// <summary>A true-or-false field: plan data states it only when true.</summary>
    public PlanField<T> Flag(string name, Func<T, bool> get, Func<T, T> set, string description)
        => Add(new(name, FieldKind.Flag, FieldPresence.Optional, FieldStorage.Flag, description, null,
            record => get(record) ? string.Empty : null,
            (record, _) => set(record)));

    /// <summary>A word of <paramref name="table"/> (<see cref="PlanFileTokens"/>), the schema's <paramref name="definition"/>.</summary>
    public PlanField<T> Word<TEnum>(string name, TokenTable<TEnum> table, string definition, Func<T, TEnum?> get, Func<T, TEnum, T> set, string description,
        FieldPresence presence = FieldPresence.Optional, FieldStorage storage = FieldStorage.Keyed)
        where TEnum : struct, Enum
        => Add(new(name, FieldKind.Word, presence, storage, description, definition,
            record => get(record) is TEnum value ? table.TokenOf(value) : null,
            (record, text) => table.TryParse(text, out var value) ? set(record, value) : throw new FormatException($"'{text}' is not a word '{name}' takes"),
            table));

    /// <summary>A field plan data stores in records of its own (an object, a list), or not at all (<c>$schema</c>).</summary>
    public PlanField<T> Nested(string name, FieldKind kind, string? definition, string description, FieldPresence presence = FieldPresence.Optional)
        => Add(new(name, kind, presence, FieldStorage.None, description, definition, null, null));

    private PlanField<T> Add(PlanField<T> field)
    {
        _fields.Add(field);
        _names = null;
        _stored = null;
        return field;
    }

    private PlanField<T>[] StoredFields()
    {
        var stored = new List<PlanField<T>>(_fields.Count);
        stored.AddRange(_fields.FindAll(field => field.Storage == FieldStorage.Positional));
        stored.AddRange(_fields.FindAll(field => field.Storage is FieldStorage.Keyed or FieldStorage.Flag));
        return stored.ToArray();
    }

    private string[] PlanFileNames()
    {
        var names = new List<string>(_fields.Count);
        foreach (var field in _fields)
        {
            if (field.InPlanFile)
            {
                names.Add(field.Name);
            }
        }

        return names.ToArray();
    }

    private static int ParseInteger(string name, string text)
        => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException($"'{name}': '{text}' is not an integer");

    private static NumberModel ParseNumber(string name, string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? new NumberModel(value, text)
            : throw new FormatException($"'{name}': '{text}' is not a number");
}
