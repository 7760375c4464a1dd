package org.catchment.overlay;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.catchment.InputException;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.layer.PolygonsOnly;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The part of the map an analysis covers: the selected zones (wards) and their union, optionally
 * restricted to residential land.
 *
 * <p>Zones are read from a polygon layer by a name field and an optional code field (both
 * matched ignoring case). Invalid polygons (self-intersections, bow-ties) are repaired with JTS
 * {@code GeometryFixer} and reported, not rejected, since council boundary files often carry
 * such slips; polygons of no area are dropped with a warning. Errors the user can fix (an
 * unknown field, an unknown zone name, a layer of points) are {@link InputException}s.
 */
public final class StudyArea {

    private final List<Zone> zones;
    private final Geometry area;
    private final Geometry residential;
    private final List<String> warnings;

    private StudyArea(List<Zone> zones, Geometry area, Geometry residential, List<String> warnings) {
        this.zones = List.copyOf(zones);
        this.area = area;
        this.residential = residential;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * @param zones       the zone polygons (wards, LSOAs)
     * @param nameField   the field holding each zone's name
     * @param codeField   the field holding each zone's code, or null
     * @param select      zone names or codes to keep (ignoring case), or null for all zones
     * @param residential residential land to restrict the area to, or null
     * @return the study area
     * @throws InputException for a non-polygon layer, a missing field, an unknown zone or no zones
     */
    public static StudyArea of(Layer zones, String nameField, String codeField, List<String> select,
                               Geometry residential) {
        List<String> warnings = new ArrayList<>();
        List<Zone> kept = someZones(zones, nameField, codeField, select, warnings);
        Geometry union = Polygons.union(kept.stream().map(Zone::geometry).toList(), kept.get(0).geometry().getFactory());
        Geometry land = null;
        if (residential != null) {
            String why = Polygons.invalidity(residential);
            land = Polygons.repaired(residential);
            if (why != null) {
                warnings.add("the residential land was not a valid polygon (" + why + ") and was repaired");
            }
            union = Polygons.intersection(union, land);
            if (union.getArea() == 0) {
                warnings.add("no residential land lies inside the selected zones: the study area is empty");
            }
        }
        return new StudyArea(kept, union, land, warnings);
    }

    /**
     * The zones of a further zone layer (LSOAs under {@code zones}), which are reported one by one:
     * as {@link #of} takes them, without their union.
     *
     * @param warnings receives the repairs and omissions
     * @throws InputException as {@link #of}, also when no zone has an area
     */
    public static List<Zone> reportedZones(Layer zones, String nameField, List<String> warnings) {
        return someZones(zones, nameField, null, null, warnings);
    }

    private static List<Zone> someZones(Layer zones, String nameField, String codeField, List<String> select,
                                        List<String> warnings) {
        List<Zone> kept = zones(zones, nameField, codeField, select, warnings);
        if (kept.isEmpty()) {
            throw new InputException(Features.file(zones), "layer " + zones.name(), "no zone with an area was selected",
                    "Check the zone selection and the layer");
        }
        return kept;
    }

    /**
     * The zones of a layer as a study area takes them, without their union: what the desktop app
     * lists and draws, so it shows the zones a run uses.
     *
     * @param zones     the zone polygons
     * @param nameField the field holding each zone's name
     * @param codeField the field holding each zone's code, or null
     * @param select    zone names or codes to keep (ignoring case), or null for all zones
     * @param warnings  receives the repairs and omissions
     * @return the zones with an area, repaired, in layer order; a zone with a blank name is named
     *     by its code, else "Zone n" (n its feature number)
     * @throws InputException for a non-polygon layer, a missing field or an unknown zone
     */
    public static List<Zone> zones(Layer zones, String nameField, String codeField, List<String> select,
                                   List<String> warnings) {
        Features.requireKind(zones, GeometryKind.POLYGON, "the zones");
        String nameAttr = Features.field(zones, nameField, "zone name");
        String codeAttr = codeField == null ? null : Features.field(zones, codeField, "zone code");
        Set<String> wanted = wanted(zones, nameAttr, codeAttr, select);
        List<Zone> kept = new ArrayList<>();
        List<SimpleFeature> features = zones.features();
        for (int i = 0; i < features.size(); i++) {
            SimpleFeature f = features.get(i);
            String name = text(f.getAttribute(nameAttr));
            String code = codeAttr == null ? null : text(f.getAttribute(codeAttr));
            if (!selected(wanted, name, code)) {
                continue;
            }
            Geometry g = zoneGeometry(zones, i, f, name, warnings);
            if (g != null) {
                kept.add(new Zone(name.isBlank() ? unnamed(code, i) : name, code, g));
            }
        }
        return kept;
    }

    /** @return the name of a zone whose name field is blank: its code, else its feature number */
    private static String unnamed(String code, int index) {
        return code != null && !code.isBlank() ? code : "Zone " + (index + 1);
    }

    /**
     * The extent of the zones a study area selects, in the layer's own CRS, without repairing or
     * joining them (for choosing the working CRS before the layer is reprojected).
     *
     * @return the envelope of the selected zones' geometries, as {@link #of} selects them
     * @throws InputException as {@link #of} for a missing field or an unknown zone name
     */
    public static Envelope selectedExtent(Layer zones, String nameField, String codeField, List<String> select) {
        if (select == null) {
            return zones.envelope();
        }
        String nameAttr = Features.field(zones, nameField, "zone name");
        String codeAttr = codeField == null ? null : Features.field(zones, codeField, "zone code");
        Set<String> wanted = wanted(zones, nameAttr, codeAttr, select);
        Envelope e = new Envelope();
        for (SimpleFeature f : zones.features()) {
            Geometry g = Layer.geometry(f);
            if (g != null && selected(wanted, text(f.getAttribute(nameAttr)),
                    codeAttr == null ? null : text(f.getAttribute(codeAttr)))) {
                e.expandToInclude(g.getEnvelopeInternal());
            }
        }
        return e;
    }

    private static boolean selected(Set<String> wanted, String name, String code) {
        return wanted == null || wanted.contains(key(name)) || code != null && wanted.contains(key(code));
    }

    /** @return the selection as upper-case keys, or null for all; checks every name exists */
    private static Set<String> wanted(Layer zones, String nameAttr, String codeAttr, List<String> select) {
        if (select == null) {
            return null;
        }
        Set<String> known = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (SimpleFeature f : zones.features()) {
            String name = text(f.getAttribute(nameAttr));
            names.add(name);
            known.add(key(name));
            if (codeAttr != null) {
                known.add(key(text(f.getAttribute(codeAttr))));
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String s : select) {
            if (!known.contains(key(s))) {
                throw new InputException(Features.file(zones), "layer " + zones.name(),
                        "there is no zone named '" + s + "'; the zones are " + String.join(", ", names),
                        "Give zone names or codes from this list");
            }
            wanted.add(key(s));
        }
        return wanted;
    }

    private static Geometry zoneGeometry(Layer zones, int index, SimpleFeature f, String name, List<String> warnings) {
        Geometry g = Layer.geometry(f);
        String where = Features.where(zones, index, f) + " '" + name + "'";
        if (g == null || g.isEmpty()) {
            warnings.add(where + " has no geometry and was left out");
            return null;
        }
        String why = Polygons.invalidity(g);
        if (why != null) {
            g = Polygons.repaired(g);
            warnings.add(where + " was not a valid polygon (" + why + ") and was repaired");
        }
        g = PolygonsOnly.of(g, g.getFactory());
        if (g.getArea() == 0) {
            warnings.add(where + " has no area and was left out");
            return null;
        }
        return g;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    private static String key(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }

    /** @return the selected zones, repaired, in layer order */
    public List<Zone> zones() {
        return zones;
    }

    /** @return the union of the zones, intersected with residential land when that was given */
    public Geometry area() {
        return area;
    }

    /** @return the residential land (repaired), or null when none was given */
    public Geometry residential() {
        return residential;
    }

    /** @return repairs and omissions, one sentence each, in order */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return zones.size() + " zones (" + zones.stream().map(Zone::name).collect(Collectors.joining(", ")) + "), "
                + Math.round(area.getArea()) + " m²";
    }
}
