package org.catchment.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A deliberately simple, independent shortest-path implementation for cross-checking
 * {@link MultiSourceSearch}: plain maps over the link list, {@link PriorityQueue} with lazy
 * deletion, lengths from JTS. Starts are given as (link, distance from the link's start node).
 */
final class ReferenceDijkstra {

    record Start(String linkId, double alongM, double startMinutes, int source) {
    }

    record Label(double minutes, int source) {
    }

    private record Entry(double minutes, int source, String node) {
    }

    static Map<String, Label> run(List<NetworkLink> links, List<Start> starts, double metresPerMinute,
                                  double maxMinutes) {
        Map<String, List<Object[]>> adj = new HashMap<>();
        Map<String, NetworkLink> byId = new HashMap<>();
        for (NetworkLink l : links) {
            byId.put(l.id(), l);
            if (!l.walkable()) {
                continue;
            }
            double minutes = l.geometry().getLength() / metresPerMinute;
            adj.computeIfAbsent(l.startNode(), k -> new java.util.ArrayList<>()).add(new Object[] {l.endNode(), minutes});
            adj.computeIfAbsent(l.endNode(), k -> new java.util.ArrayList<>()).add(new Object[] {l.startNode(), minutes});
        }
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> a.minutes != b.minutes
                ? Double.compare(a.minutes, b.minutes) : Integer.compare(a.source, b.source));
        for (Start s : starts) {
            NetworkLink l = byId.get(s.linkId());
            double len = l.geometry().getLength();
            queue.add(new Entry(s.startMinutes() + s.alongM() / metresPerMinute, s.source(), l.startNode()));
            queue.add(new Entry(s.startMinutes() + (len - s.alongM()) / metresPerMinute, s.source(), l.endNode()));
        }
        Map<String, Label> settled = new HashMap<>();
        while (!queue.isEmpty()) {
            Entry e = queue.poll();
            if (e.minutes > maxMinutes) {
                break;
            }
            if (settled.containsKey(e.node)) {
                continue;
            }
            settled.put(e.node, new Label(e.minutes, e.source));
            for (Object[] next : adj.getOrDefault(e.node, List.of())) {
                String v = (String) next[0];
                if (!settled.containsKey(v)) {
                    queue.add(new Entry(e.minutes + (Double) next[1], e.source, v));
                }
            }
        }
        return settled;
    }

    private ReferenceDijkstra() {
    }
}
