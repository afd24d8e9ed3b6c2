using System;
using System.ComponentModel;

namespace HealthPlan.Catalogue;

/// <summary>
/// The data of a generated plan class: its numbers, texts and provenance in the format of <c>PlanDataFormat</c>,
/// which <see cref="PlanData.Read(Type)"/> turns into the <see cref="Plan"/> on first use. The generator writes it.
/// </summary>
/// <remarks>
/// An attribute because its argument is stored as one blob of the assembly's metadata: the compiler binds a constant
/// string once, where a UTF-8 literal would cost it a node per byte, and no limit of the assembly's string heap
/// applies (a large catalogue holds hundreds of megabytes of plan data).
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PlanDataAttribute : Attribute
{
    /// <summary>Attaches <paramref name="data"/> to the generated plan class.</summary>
    /// <param name="data">The plan data, one record per line.</param>
    public PlanDataAttribute(string data) => Data = data ?? throw new ArgumentNullException(nameof(data));

    /// <summary>The plan data, one record per line.</summary>
    public string Data { get; }
}
