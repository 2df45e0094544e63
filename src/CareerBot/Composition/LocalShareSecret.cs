using System.Security.Cryptography;
using CareerBot.Storage;
using Microsoft.Extensions.Options;

namespace CareerBot.Composition;

/// <summary>
/// Console runs only (chat without Discord/Slack, `ask`, `kb offers export`): when CommunityOffers:HashSecret is not set, a random
/// secret is generated once and kept in the data directory (community-offers.key, readable by the owner only), so /share can be
/// tried locally. Discord and Slack never use it: there, /share stays off until the secret is configured.
/// </summary>
public sealed class LocalShareSecret(IOptions<StorageOptions> storage)
{
    public const string FileName = "community-offers.key";

    public string Path => System.IO.Path.Combine(System.IO.Path.GetFullPath(storage.Value.DataDirectory), FileName);

    public string LoadOrCreate()
    {
        if (File.Exists(Path)) return File.ReadAllText(Path).Trim();
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(Path, options);
            writer.Write(secret);
            return secret;
        }
        catch (IOException) when (File.Exists(Path))
        {
            // Another console process created it first: use theirs, so both hash members the same way.
            return File.ReadAllText(Path).Trim();
        }
    }
}
