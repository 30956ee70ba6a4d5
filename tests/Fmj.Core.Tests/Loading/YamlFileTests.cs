using System.Text;
using Fmj.Core.Yaml;

namespace Fmj.Core.Tests.Loading;

/// <summary>YamlFile.ReadText decodes every file exactly as File.ReadAllText does.</summary>
public sealed class YamlFileTests : IDisposable
{
    private const string Text = "name: adatum\ndisplay_name: \"Adatum Corporation — Zürich ✓\"\n";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fmj-yamlfile-{Guid.NewGuid():N}.yaml");

    public static TheoryData<string> Encodings => ["utf-8", "utf-8 bom", "utf-16le", "utf-16be", "utf-32le", "utf-32be"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadText_AnyByteOrderMark_DecodesLikeReadAllText(string name)
    {
        Encoding encoding = name switch
        {
            "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            "utf-8 bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            "utf-32le" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        };
        File.WriteAllText(_path, Text, encoding);

        Assert.Equal(File.ReadAllText(_path), YamlFile.ReadText(_path));
        Assert.Equal(Text, YamlFile.ReadText(_path));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x61, 0x3A, 0x20, 0xC3, 0x28, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB })]
    [InlineData(new byte[] { 0xFF })]
    public void ReadText_EmptyOrBrokenBytes_DecodesLikeReadAllText(byte[] bytes)
    {
        File.WriteAllBytes(_path, bytes);

        Assert.Equal(File.ReadAllText(_path), YamlFile.ReadText(_path));
    }

    public void Dispose() => File.Delete(_path);
}
