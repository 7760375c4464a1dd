package org.catchment.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Small helpers the readers share: the feature type they build and single-to-multi promotion. */
public final class Features {

    /** The name of the geometry attribute of every layer the readers build. */
    static final String GEOMETRY = "geometry";

    private Features() {
    }

    /** @return the file's name without its extension: the name every reader gives the layer of a file */
    public static String layerName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** One attribute column: its name and Java class. */
    public record Column(String name, Class<?> binding) {
    }

    /**
     * Makes attribute names unique, ignoring case and keeping clear of the geometry's name: a
     * repeated name gets "_2", "_3"... and a warning.
     */
    public static List<String> unique(List<String> names, Consumer<String> warn) {
        Set<String> taken = new HashSet<>(Set.of(GEOMETRY));
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String n = name;
            for (int i = 2; !taken.add(n.toLowerCase(Locale.ROOT)); i++) {
                n = name + "_" + i;
            }
            if (!n.equals(name)) {
                warn.accept("the attribute " + name + " appears more than once (or clashes with the geometry); it was renamed " + n);
            }
            out.add(n);
        }
        return out;
    }

    /** @return a feature type with the geometry first, then the columns in order */
    public static SimpleFeatureType type(String name, Class<? extends Geometry> geometry, CoordinateReferenceSystem crs,
                                  List<Column> columns) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName(name);
        b.setCRS(crs);
        b.add(GEOMETRY, geometry);
        for (Column c : columns) {
            b.nillable(true).add(c.name(), c.binding());
        }
        b.setDefaultGeometry(GEOMETRY);
        return b.buildFeatureType();
    }

    /**
     * @return the geometry as an instance of {@code binding}: a single part wrapped in its
     *     multi type when the binding is the multi type; otherwise the geometry unchanged
     */
    public static Geometry as(Geometry g, Class<? extends Geometry> binding) {
        if (g == null || binding.isInstance(g)) {
            return g;
        }
        GeometryFactory f = g.getFactory();
        if (binding == MultiPolygon.class && g instanceof Polygon p) {
            return f.createMultiPolygon(new Polygon[] {p});
        }
        if (binding == MultiLineString.class && g instanceof LineString l) {
            return f.createMultiLineString(new LineString[] {l});
        }
        if (binding == MultiPoint.class && g instanceof Point p) {
            return f.createMultiPoint(new Point[] {p});
        }
        return g;
    }
}
