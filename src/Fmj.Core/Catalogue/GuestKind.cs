namespace Fmj.Core.Catalogue;

public enum GuestKind
{
    Vm,
    Container,
}
