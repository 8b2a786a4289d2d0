namespace Reviews.Tests.Infrastructure;

internal static class Eventually
{
    /// <summary>Polls until the condition holds or the timeout passes; no fixed sleeps in tests.</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }
}
