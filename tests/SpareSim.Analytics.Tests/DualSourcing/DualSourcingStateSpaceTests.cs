using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

public class DualSourcingStateSpaceTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 3)]
    [InlineData(3, 2)]
    [InlineData(5, 0)]
    [InlineData(6, 4)]
    [InlineData(10, 3)]
    public void ClosedFormSizeEqualsBruteForceEnumeration(int k, int s)
    {
        var x = new DualSourcingInstance(k, 1, 1, 1, 1, 1, 1, 1, 1, 0.1);
        var brute = new ReferenceChain(x, s);
        Assert.Equal(brute.States.Count, DualSourcingStateSpace.Size(k, s));
        var space = new DualSourcingStateSpace(k, s);
        Assert.Equal(brute.States.Count, space.Count);
        foreach (var state in brute.States) Assert.True(space.TryIndexOf(state, out _), $"{state} missing");
    }

    [Fact]
    public void SuccessorsMatchTheReferenceTransitions()
    {
        var x = new DualSourcingInstance(4, 0.1, 0.5, 10, 0.2, 2, 20, 100, 5, 0.2);
        var reference = new ReferenceChain(x, 3);
        var space = new DualSourcingStateSpace(4, 3);
        foreach (DualSourcingAction action in Enum.GetValues<DualSourcingAction>())
            for (int i = 0; i < space.Count; i++)
            {
                var s = space[i];
                var expected = reference.Transitions(s, action.Install() == PartVersion.Am, action.Order() == PartVersion.Am).Select(t => t.To).ToHashSet();
                var actual = new[] { space.AfterCmFailure(i, action), space.AfterAmFailure(i, action), space.AfterCmArrival(i), space.AfterAmArrival(i) }
                    .Where(j => j >= 0).Select(j => space[j]).ToHashSet();
                Assert.Equal(expected, actual);
            }
    }

    [Fact]
    public void TooLargeAStateSpaceIsRefusedBeforeAllocation()
    {
        long size = DualSourcingStateSpace.Size(382, 10);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DualSourcingStateSpace(382, 10, maxStates: 1_000_000));
        Assert.Contains(size.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), e.Message, StringComparison.Ordinal);
        Assert.Contains("aggregate", e.Message, StringComparison.Ordinal);
    }
}
