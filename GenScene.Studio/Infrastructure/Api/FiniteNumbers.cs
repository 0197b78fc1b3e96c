using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenScene.Studio.Infrastructure.Api;

/// <summary>
/// Numbers in request bodies are finite. The API reads numbers written as strings too ("1.5", for older clients),
/// and that path also accepts "NaN" and "Infinity"; NaN passes every range check (each comparison is false) and
/// then fails deep in the store as a 500. Refused here, once for every body, as a field of the wrong type.
/// </summary>
public sealed class FiniteNumbers : JsonConverter<double>
{
    public static void AddTo(JsonSerializerOptions options) => options.Converters.Add(new FiniteNumbers());

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        double value;
        if (reader.TokenType == JsonTokenType.String
            && (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) != 0
            && double.TryParse(reader.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }
        else
        {
            value = reader.GetDouble(); // throws for anything else that is not a number, with the field's path
        }
        return double.IsFinite(value) ? value : throw new JsonException("The JSON value could not be converted to System.Double. Path: (a number that is not finite)");
    }

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

public static class StudioApiJson
{
    /// <summary>The JSON options of every minimal-API endpoint: the framework's web defaults, with finite numbers only.</summary>
    public static IServiceCollection AddStudioApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => FiniteNumbers.AddTo(options.SerializerOptions));
}

/// <summary>
/// A property with its own converter is "any value" to the OpenAPI generator; doubles keep the shape they had
/// before <see cref="FiniteNumbers"/> (a number, or a string holding one), so clients and the fuzz still see numbers.
/// </summary>
public static class OpenApiFiniteNumbers
{
    private const string NumberPattern = @"^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$";

    public static Microsoft.AspNetCore.OpenApi.OpenApiOptions AddFiniteNumbers(this Microsoft.AspNetCore.OpenApi.OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = context.JsonTypeInfo.Type;
            if (type == typeof(double) || type == typeof(double?))
            {
                schema.Type = Microsoft.OpenApi.JsonSchemaType.Number | Microsoft.OpenApi.JsonSchemaType.String
                    | (type == typeof(double?) ? Microsoft.OpenApi.JsonSchemaType.Null : 0);
                schema.Format = "double";
                schema.Pattern = NumberPattern;
            }
            return Task.CompletedTask;
        });
        return options;
    }
}
