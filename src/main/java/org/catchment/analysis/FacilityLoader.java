package org.catchment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.catchment.InputException;
import org.catchment.layer.Layer;
import org.catchment.servicearea.Facility;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Loads the facilities of one type from the layers its analysis entry names (one, or several when a
 * type's facilities are split over points and polygons): reads each file (points, polygons, or a
 * CSV of coordinates or postcodes), applies the entry's filter, and turns each feature into a
 * {@link Facility} with a readable name, numbered on across the layers. Polygons that are not valid are
 * repaired; lines are refused, as a facility must be a place. A multipoint stays one facility
 * with several entrances (its repeated points merged), with one warning per layer.
 */
final class FacilityLoader {

    private static final List<String> NAME_FIELDS = List.of("name", "site_name", "sitename", "facility", "title",
            "practice_name", "library", "label", "distname", "name1");
    private static final List<String> ID_FIELDS = List.of("id", "identifier", "code", "ref", "osm_id", "uprn");

    /**
     * A loaded facility type.
     *
     * @param layers     its layers as read and filtered, one per file of the type
     * @param facilities the facilities of all its layers, numbered from 0 in file order
     * @param warnings   what the reading had to say
     */
    record Loaded(List<Layer> layers, List<Facility> facilities, List<String> warnings) {
    }

    private FacilityLoader() {
    }

    static Loaded load(Analysis analysis, int entry) {
        AnalysisSpec.FacilitySpec spec = analysis.spec().facilities().get(entry);
        String key = "facilities[" + entry + "]";
        List<Layer> layers = new ArrayList<>();
        List<Facility> facilities = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String path : spec.layers()) {
            LayerRef ref = analysis.layer(path);
            Layer layer = FacilityLayers.read(analysis, spec, ref, key);
            if (layer.isEmpty() && spec.layers().size() > 1) {
                warnings.add(ref.file().getFileName() + ": no facilities of '" + spec.type() + "' in this layer"
                        + (spec.filter() == null ? "" : " after the filter " + spec.filter()) + ".");
            }
            layers.add(layer);
            facilities.addAll(facilities(layer, spec, ref, facilities.size(), warnings));
        }
        if (facilities.isEmpty()) {
            LayerRef ref = analysis.layer(spec.layer());
            throw new InputException(ref.file(), null, "no facilities of '" + spec.type() + "' are left"
                    + FacilityLayers.readFrom(analysis, spec) + (spec.filter() == null ? ": the layer"
                    + (spec.layers().size() > 1 ? "s are" : " is") + " empty" : " after the filter " + spec.filter()),
                    "Check the layer and the filter in " + key);
        }
        return new Loaded(layers, facilities, warnings);
    }

    /** @return the facilities of one layer, numbered on from {@code first}; its warnings added to {@code warnings} */
    private static List<Facility> facilities(Layer layer, AnalysisSpec.FacilitySpec spec, LayerRef ref, int first,
                                             List<String> warnings) {
        if (layer.isEmpty()) {
            return List.of();
        }
        String nameField = nameField(layer, spec, ref);
        Optional<String> idField = ID_FIELDS.stream().map(layer::findAttribute).flatMap(Optional::stream).findFirst();
        List<Facility> facilities = new ArrayList<>();
        warnings.addAll(layer.warnings());
        int skipped = 0;
        for (SimpleFeature f : layer.features()) {
            Geometry g = Layer.geometry(f);
            if (g == null || g.isEmpty()) {
                skipped++;
                continue;
            }
            if (g instanceof Polygonal && !g.isValid()) {
                g = GeometryFixer.fix(g);
                warnings.add(ref.file().getFileName() + ": feature " + f.getID() + ": the polygon was not valid and was repaired.");
            }
            if (g instanceof Polygonal && g.getArea() == 0) {
                g = g.getCentroid();
            }
            int index = first + facilities.size();
            String name = text(f, nameField).orElse(spec.label() + " " + (index + 1));
            String id = idField.flatMap(n -> text(f, n)).orElse(f.getID());
            facilities.add(new Facility(index, id, name, asPointOrArea(g)));
        }
        if (skipped > 0) {
            warnings.add(ref.file().getFileName() + ": " + skipped + " features without a geometry were left out.");
        }
        multipoints(facilities, ref.file().getFileName().toString(), warnings);
        duplicates(facilities, ref.file().getFileName().toString(), warnings);
        return facilities;
    }

    /** Facilities named in the multipoint warning, at most; the rest are counted. */
    private static final int MULTIPOINTS_NAMED = 3;

    /**
     * One warning for a layer whose facilities include multipoints: each point is searched from as
     * an entrance of that one facility (a site with two gates), which is right for one facility but
     * wrong when a GIS merged several facilities into one feature, so the user is told how to split them.
     */
    private static void multipoints(List<Facility> facilities, String file, List<String> warnings) {
        List<Facility> multi = facilities.stream().filter(f -> f.geometry() instanceof MultiPoint).toList();
        if (multi.isEmpty()) {
            return;
        }
        List<String> named = multi.stream().limit(MULTIPOINTS_NAMED)
                .map(f -> "facility " + f.id() + " '" + f.name() + "' with " + f.geometry().getNumGeometries() + " points")
                .toList();
        String more = multi.size() > MULTIPOINTS_NAMED ? " and " + (multi.size() - MULTIPOINTS_NAMED) + " more" : "";
        warnings.add(file + ": " + multi.size() + (multi.size() == 1 ? " facility is a multipoint (" : " facilities are"
                + " multipoints (") + String.join(", ", named) + more + "); each point is used as an entrance of its"
                + " facility. Split them into separate features if they are different facilities.");
    }

    /** Duplicates named one by one, at most; more are counted in one warning. */
    private static final int DUPLICATES_NAMED = 3;

    /** Warns of facilities with the same name at the same place: a copy-paste in the layer, counted twice in the tables. */
    private static void duplicates(List<Facility> facilities, String file, List<String> warnings) {
        List<String> copies = new ArrayList<>();
        for (int[] pair : DuplicateFacilities.find(facilities)) {
            Facility f = facilities.get(pair[1]);
            copies.add("facility " + f.id() + " '" + f.name() + "' has the same name and place as "
                    + facilities.get(pair[0]).id());
        }
        if (copies.size() > DUPLICATES_NAMED) {
            warnings.add(file + ": " + copies.size() + " facilities have the same name and place as another ("
                    + String.join("; ", copies.subList(0, DUPLICATES_NAMED)) + "; and " + (copies.size() - DUPLICATES_NAMED)
                    + " more); they look like duplicates. Remove them from the layer if so: the catchments do not"
                    + " change, but facility counts include them.");
            return;
        }
        for (String copy : copies) {
            warnings.add(file + ": " + copy + "; it looks like a duplicate. Remove it from the layer if so: the catchment"
                    + " does not change, but facility counts include it.");
        }
    }

    /** @return a point, an area, a multipoint of two or more distinct points, or another collection as it is */
    private static Geometry asPointOrArea(Geometry g) {
        if (g instanceof Point || g instanceof Polygonal) {
            return g;
        }
        GeometryFactory gf = new GeometryFactory(g.getPrecisionModel(), g.getSRID());
        if (g instanceof MultiPoint) {
            Coordinate[] distinct = new LinkedHashSet<>(Arrays.asList(g.getCoordinates())).toArray(Coordinate[]::new);
            return distinct.length > 1 ? gf.createMultiPointFromCoords(distinct) : gf.createPoint(distinct[0]);
        }
        return g.getNumGeometries() > 1 ? g : gf.createPoint(g.getCoordinate());
    }

    private static String nameField(Layer layer, AnalysisSpec.FacilitySpec spec, LayerRef ref) {
        if (spec.nameField() != null) {
            return layer.findAttribute(spec.nameField()).orElseThrow(() -> new InputException(ref.file(), null,
                    "there is no field '" + spec.nameField() + "' to name the facilities of '" + spec.type() + "'",
                    "Its fields are: " + String.join(", ", Layers.fieldNames(layer))));
        }
        return NAME_FIELDS.stream().map(layer::findAttribute).flatMap(Optional::stream).findFirst().orElse(null);
    }

    private static Optional<String> text(SimpleFeature f, String field) {
        if (field == null) {
            return Optional.empty();
        }
        Object v = f.getAttribute(field);
        if (v == null || v.toString().isBlank()) {
            return Optional.empty();
        }
        if (v instanceof Double d && d == Math.rint(d)) {
            return Optional.of(Long.toString(d.longValue()));
        }
        return Optional.of(v.toString().trim());
    }
}
