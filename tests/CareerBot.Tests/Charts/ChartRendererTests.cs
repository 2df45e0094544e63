using System.Buffers.Binary;
using CareerBot.Charts;
using CareerBot.Core.Messages;
using CareerBot.Core.Offers;
using SkiaSharp;

namespace CareerBot.Tests.Charts;

public class ChartRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static OfferBreakdown Golden(decimal signOn = 75_000m) => OfferCalculator.Calculate(new OfferTerms
    {
        Base = 180_000m, Bonus = AmountOrPercent.Amount(30_000m), Stock = 600_000m, Vesting = VestingSchedule.Even(4), SignOn = signOn,
    });

    private static Task<byte[]> RenderAsync(ChartRequest chart) => new ChartRenderer().RenderPngAsync(chart, CancellationToken.None).AsTask();

    [Fact]
    public async Task Renders_a_real_png_of_the_stated_size()
    {
        var png = await RenderAsync(OfferChart.For(Golden(), "Offer by year"));
        Assert.Equal(PngSignature, png[..8]);
        Assert.True(png.Length > 10_000, $"only {png.Length} bytes");
        // IHDR follows the signature: length, "IHDR", width, height (big-endian).
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(ChartRenderer.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(ChartRenderer.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public async Task Each_component_is_drawn_in_its_own_colour()
    {
        using var withSignOn = SKBitmap.Decode(await RenderAsync(OfferChart.For(Golden(), "Offer")));
        using var without = SKBitmap.Decode(await RenderAsync(OfferChart.For(Golden(signOn: 0m), "Offer")));
        var signOnColour = new SKColor(0xE1, 0x57, 0x59);
        var baseColour = new SKColor(0x4E, 0x79, 0xA7);
        // Base is the biggest block; the sign-on block appears only when there is a sign-on (its legend swatch goes with it).
        Assert.True(Count(withSignOn, baseColour) > 20_000);
        Assert.True(Count(withSignOn, signOnColour) > 2_000);
        Assert.Equal(0, Count(without, signOnColour));
    }

    [Fact]
    public async Task Comparison_renders_pairs_of_bars()
    {
        var a = Golden();
        var b = OfferCalculator.Calculate(new OfferTerms { Base = 200_000m, Stock = 400_000m, Vesting = VestingSchedule.Even(4) });
        var png = await RenderAsync(OfferChart.ForComparison(a, b, "A vs B"));
        Assert.Equal(PngSignature, png[..8]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(ChartRenderer.Width, bitmap.Width);
    }

    [Fact]
    public async Task A_cancelled_request_draws_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ChartRenderer().RenderPngAsync(OfferChart.For(Golden(), "x"), cancelled.Token).AsTask());
    }

    private static int Count(SKBitmap bitmap, SKColor colour)
    {
        var count = 0;
        foreach (var pixel in bitmap.Pixels)
            if (pixel.Red == colour.Red && pixel.Green == colour.Green && pixel.Blue == colour.Blue) count++;
        return count;
    }
}
