using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace Plans.Tests.CrimeImports;

/// <summary>police.uk street-level CSV written as the files are (header, quoted fields where police.uk quotes them).</summary>
internal sealed class StreetLevelRows
{
    public const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    private readonly StringBuilder csv = new(Header + "\n");
    private int id;

    public StreetLevelRows(string month, string force = "Norfolk Constabulary")
    {
        Month = month;
        Force = force;
    }

    public string Month { get; }

    public string Force { get; }

    /// <summary><paramref name="count"/> rows of <paramref name="crimeType"/> in the LSOA named <paramref name="lsoaName"/> (null: no location).</summary>
    public StreetLevelRows Add(string crimeType, string? lsoaName, int count = 1, string? lsoaCode = null)
    {
        for (var i = 0; i < count; i++)
        {
            var crimeId = crimeType == "Anti-social behaviour" ? "" : $"{++id:x8}{new string('a', 56)}";
            // One code per LSOA name, as in the real data (a code is never shared by two names).
            var code = lsoaCode ?? "E01" + ((lsoaName ?? "").Aggregate(17L, (hash, c) => ((hash * 31) + c) % 1_000_003) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var location = lsoaName is null ? ",,No location,,," : $"1.2975,52.6309,\"On or near \"\"Castle Meadow\"\"\",{code},{lsoaName},";

            csv.Append(crimeId).Append(',').Append(Month).Append(',').Append(Force).Append(',').Append(Force).Append(',')
                .Append(location).Append(crimeType).Append(",Investigation complete; no suspect identified,\n");
        }

        return this;
    }

    public StreetLevelRows Line(string line)
    {
        csv.Append(line).Append('\n');
        return this;
    }

    public override string ToString() => csv.ToString();

    public byte[] Bytes => Encoding.UTF8.GetBytes(csv.ToString());

    public static MultipartFormDataContent Form(params (string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "text/csv");
            form.Add(part, "files", fileName);
        }

        return form;
    }

    public static byte[] Zip(params (string Path, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(path).Open(), Encoding.UTF8);
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
