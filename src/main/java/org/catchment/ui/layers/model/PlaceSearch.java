package org.catchment.ui.layers.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.io.csv.PostcodeLookup;
import org.catchment.layer.Layer;
import org.catchment.layer.PointTransform;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Finds places on the map by what a user types: a ward or a facility by name (in the name fields
 * the analysis names, and any field whose name holds "name", of every layer with features), or a
 * postcode in the analysis's postcode lookups ({@code facilities[].postcode_lookup}). Names match
 * ignoring case: whole names first, then names starting with the text, then names holding it.
 */
public final class PlaceSearch {

    /** A UK postcode, any case and spacing: "WA9 1AB", "wa91ab". */
    private static final Pattern POSTCODE = Pattern.compile("(?i)[a-z]{1,2}[0-9][a-z0-9]?\\s*[0-9][a-z]{2}");
    private static final GeometryFactory GF = new GeometryFactory();

    /**
     * A place found.
     *
     * @param label    what it is called (a name, a postcode)
     * @param layer    where it was found: the layer's name, or "postcode"
     * @param geometry its shape in the map's CRS, to outline and zoom to
     */
    public record Place(String label, String layer, Geometry geometry) {
        @Override
        public String toString() {
            return label + " (" + layer + ")";
        }
    }

    private PlaceSearch() {
    }

    /**
     * @return the fields that name places in the analysis: the study area's name and code fields
     *     and each facility type's name field
     */
    public static Set<String> nameFields(AnalysisSpec spec) {
        Set<String> out = new LinkedHashSet<>();
        if (spec.studyArea() != null) {
            add(out, spec.studyArea().nameField());
            add(out, spec.studyArea().codeField());
        }
        spec.facilities().forEach(f -> add(out, f.nameField()));
        return out;
    }

    /**
     * @param query      the text typed
     * @param layers     the layer panel's layers, top first
     * @param nameFields fields to search besides those whose name holds "name"
     * @param max        the most places to return
     * @return the places whose name matches, best first, each layer's features in order within a rank
     */
    public static List<Place> byName(String query, List<LayerItem> layers, Collection<String> nameFields, int max) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Ranked> found = new ArrayList<>();
        if (q.isEmpty()) {
            return List.of();
        }
        for (LayerItem item : layers) {
            Layer source = item.source();
            if (source == null) {
                continue;
            }
            List<String> fields = fields(source, nameFields);
            for (SimpleFeature f : source.features()) {
                Geometry g = Layer.geometry(f);
                if (g == null || g.isEmpty()) {
                    continue;
                }
                for (String field : fields) {
                    Object v = f.getAttribute(field);
                    String text = v == null ? "" : v.toString().strip();
                    int rank = rank(text.toLowerCase(Locale.ROOT), q);
                    if (rank >= 0) {
                        found.add(new Ranked(rank, found.size(), new Place(text, item.name(), g)));
                        break;
                    }
                }
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order))
                .limit(max).map(Ranked::place).toList();
    }

    /** @return true when the text is written like a UK postcode */
    public static boolean isPostcode(String query) {
        return query != null && POSTCODE.matcher(query.strip()).matches();
    }

    /**
     * @param query     a postcode, any case and spacing
     * @param lookups   the analysis's postcode lookups
     * @param lookupCrs the CRS of their coordinates
     * @param mapCrs    the map's CRS
     * @return the postcode's centroid on the map, from the first lookup that lists it
     */
    public static Optional<Place> byPostcode(String query, List<PostcodeLookup> lookups,
                                             CoordinateReferenceSystem lookupCrs, CoordinateReferenceSystem mapCrs) {
        for (PostcodeLookup lookup : lookups) {
            Optional<Coordinate> c = lookup.find(query);
            if (c.isPresent()) {
                Coordinate at = mapCrs == null ? c.get() : PointTransform.transform(c.get(), lookupCrs, mapCrs);
                return Optional.of(new Place(query.strip().toUpperCase(Locale.ROOT), "postcode", GF.createPoint(at)));
            }
        }
        return Optional.empty();
    }

    /** @return 0 for the whole name, 1 for a name starting with the text, 2 for one holding it, -1 for none */
    private static int rank(String name, String q) {
        return name.equals(q) ? 0 : name.startsWith(q) ? 1 : name.contains(q) ? 2 : -1;
    }

    private static List<String> fields(Layer layer, Collection<String> nameFields) {
        List<String> out = new ArrayList<>();
        for (String f : nameFields) {
            layer.findAttribute(f).filter(n -> !out.contains(n)).ifPresent(out::add);
        }
        layer.featureType().getAttributeDescriptors().stream().map(d -> d.getLocalName())
                .filter(n -> n.toLowerCase(Locale.ROOT).contains("name") && !out.contains(n)
                        && !n.equals(layer.geometryName()))
                .forEach(out::add);
        return out;
    }

    private static void add(Set<String> fields, String field) {
        if (field != null && !field.isBlank()) {
            fields.add(field);
        }
    }

    private record Ranked(int rank, int order, Place place) {
    }
}
