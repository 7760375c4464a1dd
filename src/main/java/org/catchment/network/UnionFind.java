package org.catchment.network;

/**
 * Disjoint sets over the integers {@code 0..size-1} (union-find with path halving), for the
 * connected components of a network's nodes. The root of a set is always its smallest member, so
 * roots, and anything numbered from them, do not depend on the order of the unions.
 */
final class UnionFind {

    private final int[] parent;

    /** @param size the number of elements, each in a set of its own */
    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** @return the number of elements */
    int size() {
        return parent.length;
    }

    /** @return the root of {@code i}'s set: its smallest member */
    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}. */
    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
