using FmjInfra.Components;
using Pulumi;

namespace FmjInfra.Tests.Support;

/// <summary>Runs <see cref="FmjProgram"/> as the stack, with the current <see cref="OptionsRecorder"/> as transformation.</summary>
public sealed class FmjTestStack : Stack
{
    public FmjTestStack()
        : base(new StackOptions { ResourceTransformations = { args => OptionsRecorder.Current?.Transform(args) } })
    {
        StackOutputs = FmjProgram.Run();
    }

    public IDictionary<string, object?> StackOutputs { get; }
}
