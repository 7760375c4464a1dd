package org.catchment.network;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderRelation;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.catchment.InputException;

/**
 * The elements of an OpenStreetMap file ({@code .osm.pbf} or {@code .osm} XML), read in one pass
 * with the reader GraphHopper imports networks with (the same file, the same tags), and handed on
 * as plain values: so other packages can read facilities and tag statistics from an extract without
 * depending on GraphHopper, which only this package may use. Element kinds not asked for are
 * skipped (a PBF's blocks of them are not decoded).
 */
public final class OsmElements {

    /** The three kinds of OpenStreetMap element. */
    public enum Kind {
        NODE, WAY, RELATION
    }

    /**
     * A member of a relation.
     *
     * @param kind the member's element kind
     * @param ref  its id
     * @param role its role ({@code outer}, {@code inner}...), "" when none
     */
    public record Member(Kind kind, long ref, String role) {
    }

    /** Receives the elements of a file in file order; each method has a default that ignores the element. */
    public interface Visitor {
        /** A node: its id, position in WGS84 degrees (on OpenStreetMap's grid of 1e-7 degrees), and tags. */
        default void node(long id, double lon, double lat, Map<String, String> tags) {
        }

        /** A way: its id, node ids in order, and tags. */
        default void way(long id, long[] nodes, Map<String, String> tags) {
        }

        /** A relation: its id, members in order, and tags. */
        default void relation(long id, List<Member> members, Map<String, String> tags) {
        }
    }

    private OsmElements() {
    }

    /**
     * @param file  the OpenStreetMap file
     * @param kinds the element kinds to read; the others are skipped
     * @param visitor receives them
     * @throws InputException if the file is missing, damaged, cut short or not an OpenStreetMap file
     */
    public static void read(Path file, Set<Kind> kinds, Visitor visitor) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, null, "the OpenStreetMap file does not exist", "Check the path and the file name");
        }
        Set<Kind> wanted = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
        try {
            OSMInputFile in = new OSMInputFile(file.toFile()).setWorkerThreads(1)
                    .setSkipOptions(new SkipOptions(!wanted.contains(Kind.NODE), !wanted.contains(Kind.WAY),
                            !wanted.contains(Kind.RELATION)));
            in.open();
            try {
                ReaderElement element;
                while ((element = in.getNext()) != null) {
                    visit(element, wanted, visitor);
                }
            } finally {
                in.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    private static void visit(ReaderElement element, Set<Kind> wanted, Visitor visitor) {
        if (element instanceof ReaderNode n && wanted.contains(Kind.NODE)) {
            visitor.node(n.getId(), degrees(n.getLon()), degrees(n.getLat()), tags(n));
        } else if (element instanceof ReaderWay w && wanted.contains(Kind.WAY)) {
            visitor.way(w.getId(), w.getNodes().toArray(), tags(w));
        } else if (element instanceof ReaderRelation r && wanted.contains(Kind.RELATION)) {
            List<Member> members = new ArrayList<>(r.getMembers().size());
            for (ReaderRelation.Member m : r.getMembers()) {
                members.add(new Member(kind(m.getType()), m.getRef(), m.getRole() == null ? "" : m.getRole()));
            }
            visitor.relation(r.getId(), members, tags(r));
        }
    }

    /**
     * @return a coordinate on OpenStreetMap's own grid of 1e-7 degrees: the reader's decoding leaves
     *     rounding errors ({@code 52.671841300000004}) that the grid removes
     */
    private static double degrees(double value) {
        return Math.round(value * 1e7) / 1e7;
    }

    /** @return true when the reader refused the file as not OpenStreetMap at all (GraphHopper's words for it) */
    private static boolean notOsmStream(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).contains("not a valid OSM")) {
                return true;
            }
        }
        return false;
    }

    private static Kind kind(ReaderElement.Type type) {
        return switch (type) {
            case NODE -> Kind.NODE;
            case WAY -> Kind.WAY;
            default -> Kind.RELATION;
        };
    }

    private static Map<String, String> tags(ReaderElement element) {
        Map<String, Object> raw = element.getTags();
        Map<String, String> tags = new LinkedHashMap<>(raw.size() * 2);
        raw.forEach((k, v) -> tags.put(k, String.valueOf(v)));
        return tags;
    }

    /**
     * @return the one-line error for a file that cannot be read, naming no exception class: broken
     *     XML gives its line, a PBF that it is damaged or cut short
     */
    static InputException unreadable(Path file, Throwable e) {
        boolean pbf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pbf");
        String problem;
        String advice;
        Throwable cause = e;
        while (cause != null && !(cause instanceof XMLStreamException)) {
            cause = cause.getCause();
        }
        if (cause instanceof XMLStreamException x && x.getLocation() != null) {
            problem = "the OpenStreetMap XML is broken at line " + x.getLocation().getLineNumber() + ", column "
                    + x.getLocation().getColumnNumber();
            advice = "Download or export the .osm file again (it may be cut short), or give the .osm.pbf extract";
        } else if (!pbf && notOsmStream(e)) {
            problem = "the file does not start with the <osm> element (the reader takes nothing before it, not even"
                    + " a comment)";
            advice = "Export the .osm file again (JOSM, osmium, the Overpass API) or remove what comes before <osm>";
        } else if (pbf) {
            problem = "the OpenStreetMap extract is damaged or cut short";
            advice = "Download the .osm.pbf again (e.g. from download.geofabrik.de) and check its size";
        } else {
            problem = "the file cannot be read as OpenStreetMap data (.osm XML or .osm.pbf)";
            advice = "Give an .osm.pbf extract or an .osm XML file, downloaded or exported again if it is cut short";
        }
        return new InputException(file, null, problem, advice, e);
    }
}
