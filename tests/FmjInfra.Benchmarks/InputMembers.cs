using System.Collections.Concurrent;
using System.Reflection;
using Pulumi;

/// <summary>
/// One [Input("name")] of a provider's *Args class: the engine's name for it, whether the SDK sends it as JSON
/// (provider configuration), the member that holds it and the public property a program sets it through.
/// </summary>
/// <remarks>
/// Generated SDKs put the attribute on the property for plain inputs, and on a private backing field for lists,
/// maps and secrets, whose public property wraps the field (a secret's setter marks the value secret).
/// </remarks>
internal sealed record InputMember(string Name, bool Json, Type Type, MemberInfo Holder, PropertyInfo Setter)
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, InputMember>> Cache = new();

    public object? ValueOf(object args) => Holder is FieldInfo field ? field.GetValue(args) : ((PropertyInfo)Holder).GetValue(args);

    /// <summary>Every input of <paramref name="argsType"/>, by the engine's name.</summary>
    public static IReadOnlyDictionary<string, InputMember> Of(Type argsType) => Cache.GetOrAdd(argsType, static type =>
    {
        const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        var properties = type.GetProperties(Instance);
        var members = new Dictionary<string, InputMember>(StringComparer.Ordinal);
        foreach (var member in type.GetMembers(Instance).Where(m => m is FieldInfo or PropertyInfo))
        {
            // InputAttribute keeps its name and JSON flag internal: read them as written in the metadata.
            var attribute = member.CustomAttributes.SingleOrDefault(a => a.AttributeType == typeof(InputAttribute));
            if (attribute is null)
            {
                continue;
            }

            var name = (string)attribute.ConstructorArguments[0].Value!;
            var json = (bool)attribute.ConstructorArguments[2].Value!;
            var memberType = member is FieldInfo field ? field.FieldType : ((PropertyInfo)member).PropertyType;
            var setter = member as PropertyInfo
                ?? properties.Single(p => p.SetMethod is { IsPublic: true } && p.PropertyType == memberType
                    && string.Equals(p.Name, member.Name.TrimStart('_'), StringComparison.OrdinalIgnoreCase));
            members.Add(name, new InputMember(name, json, memberType, member, setter));
        }

        return members;
    });
}
