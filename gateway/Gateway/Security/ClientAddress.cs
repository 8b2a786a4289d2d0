using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Platform.Gateway.Security;

/// <summary>
/// Who an anonymous caller is, for counting: the remote address (after forwarded headers from trusted proxies), with
/// IPv6 taken as its /64, because one household or host is normally given a whole /64 and could otherwise rotate
/// through addresses in it to get a fresh allowance per request.
/// </summary>
internal static class ClientAddress
{
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return string.Create(CultureInfo.InvariantCulture, $"{new IPAddress(bytes)}/64");
    }
}
