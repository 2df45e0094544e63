using CareerBot.Composition;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Moderation;
using CareerBot.Core.Routing;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Moderation;

public class KnowledgeOverlayTests
{
    private readonly KnowledgeBaseline _baseline = new(KnowledgeLoader.LoadDirectory(RepositoryPath.Resolve("knowledge")));
    private readonly KnowledgeBase _knowledge;
    private readonly KnowledgeOverlay _overlay;

    public KnowledgeOverlayTests()
    {
        _knowledge = new KnowledgeBase(_baseline.Entries, Options.Create(new RouterOptions()));
        _overlay = new KnowledgeOverlay(_baseline, _knowledge);
    }

    private KnowledgeRevision Revision(string id, int version, string answer) =>
        new(id, version, RevisionKind.Set, new RevisionAuthor("console", "a", "a"), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), "",
            (_baseline.Find(id) is { } e ? EntryContent.From(e) : new EntryContent("New", ["n1"], [], [], [], "x", null)) with { Answer = answer });

    [Fact]
    public void A_revision_replaces_the_served_entry_and_dates_it()
    {
        Assert.True(_overlay.Apply(Revision("phd-value", 1, "Revised.")));

        var served = _knowledge.Current.Find("phd-value")!;
        Assert.Equal("Revised.", served.Answer);
        Assert.Equal(new DateOnly(2026, 11, 23), served.Reviewed);
        Assert.Equal(1, _overlay.VersionOf("phd-value"));
        Assert.Equal(_baseline.Entries.Count, _knowledge.Current.Entries.Count);
    }

    [Fact]
    public void An_older_revision_arriving_late_is_ignored()
    {
        _overlay.Apply(Revision("phd-value", 2, "Two."));
        var snapshot = _knowledge.Current;

        Assert.False(_overlay.Apply(Revision("phd-value", 1, "One.")));
        Assert.Same(snapshot, _knowledge.Current);
    }

    [Fact]
    public void A_full_load_adds_new_entries_and_skips_the_rebuild_when_nothing_changed()
    {
        IReadOnlyList<KnowledgeRevision> latest = [Revision("phd-value", 3, "Three."), Revision("visa", 1, "Visa answer.")];
        Assert.True(_overlay.ApplyAll(latest, _overlay.Generation));
        var snapshot = _knowledge.Current;
        Assert.Equal("Visa answer.", snapshot.Find("visa")!.Answer);

        Assert.False(_overlay.ApplyAll(latest, _overlay.Generation));
        Assert.Same(snapshot, _knowledge.Current);

        Assert.True(_overlay.ApplyAll([], _overlay.Generation));
        Assert.Null(_knowledge.Current.Find("visa"));
        Assert.Equal(_baseline.Find("phd-value")!.Answer, _knowledge.Current.Find("phd-value")!.Answer);
    }

    [Fact]
    public void A_load_that_read_before_a_save_does_not_undo_it()
    {
        var loadStarted = _overlay.Generation;
        _overlay.Apply(Revision("phd-value", 2, "Saved while loading."));
        _overlay.Apply(Revision("visa", 1, "Added while loading."));

        _overlay.ApplyAll([Revision("phd-value", 1, "Stale.")], loadStarted);

        Assert.Equal("Saved while loading.", _knowledge.Current.Find("phd-value")!.Answer);
        Assert.NotNull(_knowledge.Current.Find("visa"));
    }
}
