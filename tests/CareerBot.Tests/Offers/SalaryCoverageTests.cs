using CareerBot.Core.Knowledge;
using CareerBot.Core.OfferCommands;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Offers;

/// <summary>The autocomplete for /salary location: and specialization: lists only what the knowledge base's entries name.</summary>
public class SalaryCoverageTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private KnowledgeSnapshot Knowledge => pipeline.Services.GetRequiredService<KnowledgeBase>().Current;

    private static string Text(KnowledgeEntry entry) => entry.Answer + "\n" + entry.Detail;

    [Fact]
    public void Places_are_the_ones_the_location_entry_names_each_once()
    {
        var places = SalaryCoverage.Places(Knowledge);
        var entry = Text(Knowledge.Find(CareerBot.Core.Answers.PayTopics.LocationId)!);
        Assert.Contains(places, p => p.Contains("Seattle", StringComparison.OrdinalIgnoreCase));
        Assert.All(places, p => Assert.Contains(p, entry, StringComparison.Ordinal));
        Assert.Equal(places.Count, places.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Specializations_are_the_ones_the_specialization_entry_names()
    {
        var areas = SalaryCoverage.Specializations(Knowledge);
        var entry = Text(Knowledge.Find(SalaryCommandHandler.SpecializationId)!);
        Assert.NotEmpty(areas);
        Assert.All(areas, a => Assert.Contains(a, entry, StringComparison.Ordinal));
    }
}
