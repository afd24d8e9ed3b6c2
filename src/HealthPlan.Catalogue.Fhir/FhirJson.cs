using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace HealthPlan.Catalogue.Fhir;

/// <summary>FHIR R4 JSON in and out, with Firely's serializers.</summary>
public static class FhirJson
{
    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);

    /// <summary>Writes <paramref name="resource"/> as FHIR JSON, indented by default; Chinese text stays readable (not \u-escaped).</summary>
    public static void Write(Resource resource, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Serializer.Serialize(resource, writer);
        writer.Flush();
    }

    /// <summary><paramref name="resource"/> as a FHIR JSON string.</summary>
    public static string Serialize(Resource resource, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(resource, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Reads a FHIR JSON resource. False with the reader's problems (each with the path it is at) when the JSON is not a
    /// valid FHIR R4 resource.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> json, out Resource? resource, out IReadOnlyList<string> problems)
    {
        var deserializer = new BaseFhirJsonDeserializer(ModelInfo.ModelInspector, new DeserializerSettings());
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            bool read = deserializer.TryDeserializeResource(ref reader, out resource, out var issues);
            problems = issues.Select(issue => issue.Message).ToList();
            return read;
        }
        catch (JsonException exception)
        {
            resource = null;
            problems = [exception.Message];
            return false;
        }
    }
}
