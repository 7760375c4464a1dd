package org.catchment.network;

import java.util.Arrays;

/**
 * An indexed binary min-heap of graph nodes keyed by (minutes, source index), with decrease-key.
 *
 * <p>Ordering by the source index after the time makes the search's choice between two
 * facilities at exactly the same time independent of the order edges are explored in: the
 * facility listed first wins. Keys are doubles; GraphHopper's heaps use floats, which would
 * round times to about 1e-6 minutes.
 */
final class NodeHeap {

    private int[] heap;
    private int[] position;
    private final double[] key;
    private final int[] tie;
    private int size;

    /** @param nodes the number of node ids (0 .. nodes-1) */
    NodeHeap(int nodes, double[] key, int[] tie) {
        this.heap = new int[Math.max(16, Math.min(nodes, 1024))];
        this.position = new int[nodes];
        Arrays.fill(position, -1);
        this.key = key;
        this.tie = tie;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts the node, or moves it up after its key in the shared arrays decreased. */
    void pushOrDecrease(int node) {
        int i = position[node];
        if (i < 0) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, heap.length * 2);
            }
            i = size++;
            heap[i] = node;
            position[node] = i;
        }
        siftUp(i);
    }

    int pop() {
        int top = heap[0];
        position[top] = -2;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    private boolean less(int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && tie[a] < tie[b]);
    }

    private void siftUp(int i) {
        int node = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(node, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            position[heap[i]] = i;
            i = parent;
        }
        heap[i] = node;
        position[node] = i;
    }

    private void siftDown(int i) {
        int node = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], node)) {
                break;
            }
            heap[i] = heap[child];
            position[heap[i]] = i;
            i = child;
        }
        heap[i] = node;
        position[node] = i;
    }
}
