namespace Platform.Testing;

public static class Eventually
{
    /// <summary>Polls until the condition holds or the timeout passes (default 30 s: a loaded 2-core machine took more than
    /// 10 s to drain an AMQP test queue); no fixed sleeps in tests.</summary>
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
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
