using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Pulumi;
using Pulumi.Utilities;

/// <summary>
/// Which inputs of a resource's args are secrets, as paths like <c>connection.privateKey</c> or <c>disks[0].size</c>.
/// The mocks receive inputs with the secret marks stripped, so this reads them from the args objects themselves,
/// once every output they wait for has resolved.
/// </summary>
internal static class SecretInputs
{
    private static readonly MethodInfo ResolveMethod = typeof(SecretInputs).GetMethod(nameof(ResolveAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<ImmutableSortedSet<string>> FindAsync(ResourceArgs args)
    {
        var found = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        await WalkArgsAsync(args, "", found);
        return found.ToImmutable();
    }

    private static async Task WalkArgsAsync(object args, string prefix, ImmutableSortedSet<string>.Builder found)
    {
        foreach (var member in InputMember.Of(args.GetType()).Values)
        {
            await WalkAsync(member.ValueOf(args), prefix + member.Name, found);
        }
    }

    private static async Task WalkAsync(object? value, string path, ImmutableSortedSet<string>.Builder found)
    {
        // Input<T>, InputList<T> (an Input<ImmutableArray<T>>) and InputMap<T>: secret or not, then what it holds.
        if (value is not null && InputTypeOf(value.GetType()) is { } t)
        {
            var (secret, resolved) = await (Task<(bool, object?)>)ResolveMethod.MakeGenericMethod(t).Invoke(null, [value])!;
            if (secret)
            {
                found.Add(path);
            }

            await WalkAsync(resolved, path, found);
            return;
        }

        switch (value)
        {
            case null or string:
                return;
            case ResourceArgs nested:
                await WalkArgsAsync(nested, path + ".", found);
                return;
            case IDictionary map:
                foreach (DictionaryEntry entry in map)
                {
                    await WalkAsync(entry.Value, $"{path}.{entry.Key}", found);
                }

                return;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    await WalkAsync(item, $"{path}[{index++}]", found);
                }

                return;
        }
    }

    private static async Task<(bool, object?)> ResolveAsync<T>(Input<T> input)
    {
        var output = input.ToOutput();
        return (await Output.IsSecretAsync(output), await OutputUtilities.GetValueAsync(output));
    }

    private static Type? InputTypeOf(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Input<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
