using CareerBot.Core.Moderation;

namespace CareerBot.Tests.Moderation;

public class RevisionDiffTests
{
    private static readonly EntryContent Before = new("Title", ["q1", "q2"], ["t"], [], [], "Old answer.", null);

    [Fact]
    public void Marks_removed_and_added_lines_in_a_diff_block()
    {
        var diff = RevisionDiff.Render("x", Before, Before with { Answer = "New answer." });
        Assert.StartsWith("```diff\n", diff);
        Assert.Contains("\n- Old answer.\n", diff);
        Assert.Contains("\n+ New answer.\n", diff);
        Assert.EndsWith("```", diff);
        Assert.DoesNotContain("reviewed:", diff);
    }

    [Fact]
    public void Backticks_in_content_cannot_close_the_code_block()
    {
        var diff = RevisionDiff.Render("x", Before, Before with { Answer = "```\nrm -rf /\n``` and ````four````" });
        Assert.Equal(2, diff.Split("```").Length - 1);
    }

    [Fact]
    public void Identical_versions_say_so()
    {
        Assert.Equal("_No differences._", RevisionDiff.Render("x", Before, Before with { Questions = ["q1", "q2"] }));
    }
}
