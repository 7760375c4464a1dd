package org.catchment.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnionFindTest {

    @Test
    void eachElementStartsAloneAsItsOwnRoot() {
        UnionFind sets = new UnionFind(4);
        assertThat(sets.size()).isEqualTo(4);
        assertThat(IntStream.range(0, 4).map(sets::find)).containsExactly(0, 1, 2, 3);
    }

    /** {0, 3, 5} and {1, 4} joined, 2 and 6 alone; the root is the smallest member whatever the order. */
    @Test
    void unionsJoinSetsAndTheSmallestMemberIsTheRoot() {
        UnionFind sets = new UnionFind(7);
        sets.union(5, 3);
        sets.union(4, 1);
        sets.union(3, 0);
        sets.union(5, 0);
        assertThat(IntStream.range(0, 7).map(sets::find)).containsExactly(0, 1, 2, 0, 1, 0, 6);
    }

    /** A chain of 10,000 unions, joined from the far end, against a plain labelling of the chain. */
    @Test
    void aLongChainHasOneRootAndRandomUnionsAgreeWithARelabelling() {
        UnionFind chain = new UnionFind(10_000);
        for (int i = 9_999; i > 0; i--) {
            chain.union(i, i - 1);
        }
        assertThat(IntStream.range(0, 10_000).map(chain::find).distinct()).containsExactly(0);

        Random random = new Random(17);
        int n = 200;
        UnionFind sets = new UnionFind(n);
        int[] label = IntStream.range(0, n).toArray();
        for (int k = 0; k < 150; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            sets.union(a, b);
            int from = Math.max(label[a], label[b]);
            int to = Math.min(label[a], label[b]);
            for (int i = 0; i < n; i++) {
                if (label[i] == from) {
                    label[i] = to;
                }
            }
        }
        assertThat(IntStream.range(0, n).map(sets::find).toArray()).isEqualTo(label);
    }
}
