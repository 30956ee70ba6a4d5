using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Pulumi;

/// <summary>
/// The baseline the target is about: the same registrations as the stack (same type tokens, names and inputs, the
/// components as plain <see cref="ComponentResource"/>s with their type tokens) made flat, with no FMJ loading or
/// planning, no components' logic, no parents, no dependsOn, no explicit provider and no Apply chains.
/// </summary>
/// <remarks>
/// Each registration becomes the expression a hand-written program would be, <c>new VmLegacy(name, new
/// VmLegacyArgs { Cpu = new VmLegacyCpuArgs { Cores = 2 }, ... })</c>, compiled once before timing, so the timed
/// replay pays exactly what the SDK charges for typed resources (args construction, implicit Input conversions,
/// secret setters, serialisation, output completion) and nothing for reading the record.
/// </remarks>
internal static class FlatReplay
{
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> ResourceClasses = new(() =>
        new[] { typeof(Pulumi.ProxmoxVE.Provider).Assembly, typeof(Pulumi.Command.Provider).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(CustomResource)) && t.GetCustomAttribute<ResourceTypeAttribute>() is not null)
            .ToDictionary(t => t.GetCustomAttribute<ResourceTypeAttribute>()!.Type, StringComparer.Ordinal));

    private static readonly MethodInfo CreateSecretMethod = typeof(Output).GetMethods()
        .Single(m => m.Name == nameof(Output.CreateSecret) && m.GetParameters()[0].ParameterType.IsGenericParameter);

    /// <summary>A program that registers <paramref name="registrations"/> flat, in their order.</summary>
    public static Func<IDictionary<string, object?>> Compile(IReadOnlyList<Registration> registrations)
    {
        var constructors = registrations.Select(r => Expression.Lambda<Func<Resource>>(New(r)).Compile()).ToArray();
        return () =>
        {
            foreach (var construct in constructors)
            {
                construct();
            }

            return new Dictionary<string, object?>();
        };
    }

    private static Expression New(Registration registration)
    {
        var name = Expression.Constant(registration.Name);
        if (!ResourceClasses.Value.TryGetValue(registration.Type, out var resourceClass))
        {
            // Not a provider's resource: one of FMJ's components, which register no inputs.
            if (!registration.Inputs.IsEmpty)
            {
                throw new NotSupportedException($"{registration.Type} {registration.Name}: no resource class, yet it has inputs");
            }

            var component = typeof(ComponentResource).GetConstructor([typeof(string), typeof(string), typeof(ComponentResourceOptions)])!;
            return Expression.New(component, Expression.Constant(registration.Type), name, Expression.Constant(null, typeof(ComponentResourceOptions)));
        }

        // Generated resource classes have one public constructor: (string name, XArgs args, CustomResourceOptions options).
        var constructor = resourceClass.GetConstructors().Single(c => c.GetParameters().Length == 3);
        var argsType = constructor.GetParameters()[1].ParameterType;
        var args = Args(argsType, registration.Inputs, "", registration.Secrets, registration.Name);
        return Expression.New(constructor, name, args, Expression.Constant(null, typeof(CustomResourceOptions)));
    }

    /// <summary><c>new XArgs { Member = value, ... }</c> through the public setters a program uses.</summary>
    private static MemberInitExpression Args(Type argsType, IReadOnlyDictionary<string, object> inputs, string prefix, ImmutableSortedSet<string> secrets, string resource)
    {
        var members = InputMember.Of(argsType);
        var bindings = inputs.OrderBy(e => e.Key, StringComparer.Ordinal).Select(input =>
        {
            var member = members.TryGetValue(input.Key, out var found)
                ? found
                : throw new NotSupportedException($"{resource}: {argsType.Name} has no input '{input.Key}'");
            var value = member.Json && input.Value is string json ? FromJson(JsonDocument.Parse(json).RootElement) : input.Value;
            return (MemberBinding)Expression.Bind(member.Setter, Input(member.Type, value, prefix + input.Key, secrets, resource));
        });
        return Expression.MemberInit(Expression.New(argsType), bindings);
    }

    /// <summary>A value converted to the setter's type the way C# does it: implicit operators from T, T[] or Output&lt;T&gt;.</summary>
    private static Expression Input(Type inputType, object value, string path, ImmutableSortedSet<string> secrets, string resource)
    {
        var definition = inputType.GetGenericTypeDefinition();
        var t = inputType.GetGenericArguments()[0];
        if (definition == typeof(InputList<>))
        {
            if (secrets.Contains(path))
            {
                throw new NotSupportedException($"{resource}.{path}: a list holding a secret; the replay marks secrets on Input<T> only");
            }

            var items = ((ImmutableArray<object>)value).Select((item, i) => Plain(t, item, $"{path}[{i}]", secrets, resource));
            return Implicit(Expression.NewArrayInit(t, items), inputType);
        }

        if (definition == typeof(InputMap<>))
        {
            // What InputMaps.From does: new InputMap<T>(), then Add(key, value) per entry.
            var add = inputType.GetMethod("Add", [typeof(string), typeof(Input<>).MakeGenericType(t)])!;
            var entries = ((ImmutableDictionary<string, object>)value).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
                Expression.ElementInit(add, Expression.Constant(e.Key), Input(typeof(Input<>).MakeGenericType(t), e.Value, $"{path}.{e.Key}", secrets, resource)));
            return Expression.ListInit(Expression.New(inputType), entries);
        }

        if (definition != typeof(Input<>))
        {
            throw new NotSupportedException($"{resource}.{path}: {inputType} is not an input type the replay knows");
        }

        var plain = Plain(t, value, path, secrets, resource);
        return secrets.Contains(path)
            ? Implicit(Expression.Call(CreateSecretMethod.MakeGenericMethod(t), plain), inputType)
            : Implicit(plain, inputType);
    }

    /// <summary>The plain value of type <paramref name="t"/>: a constant, an enum value, or nested args.</summary>
    private static Expression Plain(Type t, object value, string path, ImmutableSortedSet<string> secrets, string resource)
    {
        return value switch
        {
            ImmutableDictionary<string, object> nested when t.IsSubclassOf(typeof(ResourceArgs)) => Args(t, nested, path + ".", secrets, resource),
            string or double or bool when t == typeof(object) => Expression.Constant(value, typeof(object)),
            string text when t == typeof(string) => Expression.Constant(text),
            string text when t.GetCustomAttribute<EnumTypeAttribute>() is not null => Expression.Constant(Activator.CreateInstance(t, BindingFlags.Instance | BindingFlags.NonPublic, null, [text], null)!, t),
            bool flag when t == typeof(bool) => Expression.Constant(flag),
            double number when t == typeof(double) => Expression.Constant(number),
            double number when t == typeof(int) && number == Math.Floor(number) => Expression.Constant(Convert.ToInt32(number, CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"{resource}.{path}: cannot make a {t} from {value.GetType().Name} {value}"),
        };
    }

    private static UnaryExpression Implicit(Expression value, Type target)
    {
        var conversion = target.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "op_Implicit" && m.ReturnType == target && m.GetParameters()[0].ParameterType == value.Type);
        return Expression.Convert(value, target, conversion);
    }

    /// <summary>A provider input the SDK sent as JSON, back in the shape the mocks give every other input.</summary>
    private static object FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().ToImmutableDictionary(p => p.Name, p => FromJson(p.Value)),
        JsonValueKind.Array => json.EnumerateArray().Select(FromJson).ToImmutableArray(),
        JsonValueKind.String => json.GetString()!,
        JsonValueKind.Number => json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new NotSupportedException($"JSON {json.ValueKind} in a provider input"),
    };
}
