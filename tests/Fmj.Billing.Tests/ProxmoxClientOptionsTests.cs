using Fmj.Billing.Proxmox;

namespace Fmj.Billing.Tests;

public class ProxmoxClientOptionsTests
{
    [Theory]
    [InlineData("https://pve-dev.fmj.example:8006/", "https://pve-dev.fmj.example:8006/api2/json/")]
    [InlineData("https://pve-dev.fmj.example:8006", "https://pve-dev.fmj.example:8006/api2/json/")]
    [InlineData("https://pve:8006/api2/json", "https://pve:8006/api2/json/")]
    [InlineData("http://127.0.0.1:5000/api2/json/", "http://127.0.0.1:5000/api2/json/")]
    public void ApiRoot_Endpoint_EndsInApi2Json(string endpoint, string expected) =>
        Assert.Equal(expected, ProxmoxClientOptions.ApiRoot(endpoint).ToString());

    [Theory]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(595, true)]
    [InlineData(596, true)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(501, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    public void IsTransient_Status_RetriesOnlyWhatMayPass(int status, bool expected) =>
        Assert.Equal(expected, ProxmoxClient.IsTransient((System.Net.HttpStatusCode)status));
}
