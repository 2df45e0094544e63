using CareerBot.Core.Offers;
using CareerBot.Core.Recognition;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Offers;

/// <summary>The figures in code must be the knowledge base's sourced figures, word for word.</summary>
public class SalaryBandsTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    public static TheoryData<int> Bands => new(Enumerable.Range(0, SalaryBands.All.Count));

    [Theory]
    [MemberData(nameof(Bands))]
    public void Each_band_is_quoted_from_its_knowledge_entry_which_cites_its_article(int index)
    {
        var band = SalaryBands.All[index];
        var entry = pipeline.Services.GetRequiredService<CareerBot.Core.Knowledge.KnowledgeBase>().Current.Find(band.KnowledgeId);
        Assert.NotNull(entry);
        Assert.Contains(band.QuotedAs, entry.Answer);
        Assert.Contains(entry.Sources, s => s.StartsWith(band.Article, StringComparison.Ordinal));
        Assert.Contains("level-" + band.Level, entry.Tags);
        var measureWords = band.Measure switch
        {
            PayMeasure.BaseSalary => "base salary",
            PayMeasure.TotalCompensation => "total compensation",
            _ => "does not say whether this is base or total comp",
        };
        Assert.Contains(measureWords, entry.Answer);
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public void Each_bands_numbers_are_the_numbers_in_its_quote(int index)
    {
        var band = SalaryBands.All[index];
        var money = new ChatRecognizer().Recognize(band.QuotedAs).Where(e => e.Type == EntityType.Money).ToList();
        Assert.NotEmpty(money);
        Assert.Equal(band.Low, money[0].Value);
        Assert.Equal(band.High, money[0].Max ?? (money.Count > 1 ? money[1].Value : null));
        Assert.Equal(band.OpenEnded, band.QuotedAs.EndsWith('+') || band.QuotedAs.EndsWith("and above", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_level_has_a_salary_entry_and_a_band()
    {
        var knowledge = pipeline.Services.GetRequiredService<CareerBot.Core.Knowledge.KnowledgeBase>().Current;
        Assert.All(SalaryBands.Levels, level =>
        {
            Assert.NotNull(SalaryBands.EntryFor(knowledge, level));
            Assert.Contains(SalaryBands.All, b => b.Level == level);
        });
    }
}
