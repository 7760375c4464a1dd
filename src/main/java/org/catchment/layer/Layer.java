package org.catchment.layer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.GeometryDescriptor;
import org.geotools.api.filter.Filter;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A named, immutable set of GeoTools features in one CRS with one geometry kind.
 *
 * <p>This is the unit every reader produces and every later stage consumes. It holds its
 * features in memory (council layers are small; the road network is streamed into the graph
 * elsewhere), the CRS, the geometry kind and the extent, plus any warnings raised while
 * loading it (a missing {@code .prj}, a repaired polygon) so the caller can report them.
 */
public final class Layer {

    private final String name;
    private final SimpleFeatureType type;
    private final List<SimpleFeature> features;
    private final GeometryKind kind;
    private final ReferencedEnvelope extent;
    private final Path source;
    private final List<String> warnings;

    private Layer(String name, SimpleFeatureType type, List<SimpleFeature> features, GeometryKind kind,
                  Path source, List<String> warnings) {
        this(name, type, features, kind, source, warnings, null);
    }

    /** @param extent the features' extent when known (a copy of a layer under another name or source), else null */
    private Layer(String name, SimpleFeatureType type, List<SimpleFeature> features, GeometryKind kind,
                  Path source, List<String> warnings, ReferencedEnvelope extent) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.features = List.copyOf(features);
        this.kind = kind;
        this.source = source;
        this.warnings = List.copyOf(warnings);
        this.extent = extent != null ? extent : extentOf(type, this.features);
    }

    private static ReferencedEnvelope extentOf(SimpleFeatureType type, List<SimpleFeature> features) {
        ReferencedEnvelope env = new ReferencedEnvelope(type.getCoordinateReferenceSystem());
        for (SimpleFeature f : features) {
            Geometry g = (Geometry) f.getDefaultGeometry();
            if (g instanceof Point p && !p.isEmpty()) {
                env.expandToInclude(p.getX(), p.getY());
            } else if (g != null && !g.isEmpty()) {
                env.expandToInclude(g.getEnvelopeInternal());
            }
        }
        return env;
    }

    /**
     * Makes a layer. Its geometry kind comes from the feature type's geometry binding or, when
     * that is generic, from the first non-empty geometry.
     *
     * @param name     the layer's name (a file or table name)
     * @param type     the feature type; its CRS is the layer's CRS
     * @param features the features, all of {@code type}
     * @return the layer
     * @throws IllegalArgumentException if the type has no geometry
     */
    public static Layer of(String name, SimpleFeatureType type, List<SimpleFeature> features) {
        return new Layer(name, type, features, kindOf(type, features), null, List.of());
    }

    private static GeometryKind kindOf(SimpleFeatureType type, List<SimpleFeature> features) {
        GeometryDescriptor gd = type.getGeometryDescriptor();
        if (gd == null) {
            throw new IllegalArgumentException("feature type " + type.getTypeName() + " has no geometry");
        }
        GeometryKind k = GeometryKind.ofBinding(gd.getType().getBinding());
        if (k != null) {
            return k;
        }
        for (SimpleFeature f : features) {
            Geometry g = (Geometry) f.getDefaultGeometry();
            if (g != null && !g.isEmpty() && GeometryKind.of(g) != null) {
                return GeometryKind.of(g);
            }
        }
        return null;
    }

    /** @return a copy of this layer that remembers the file it came from */
    public Layer withSource(Path file) {
        return new Layer(name, type, features, kind, file, warnings, extent);
    }

    /** @return a copy of this layer with one more load warning */
    public Layer withWarning(String warning) {
        List<String> w = new ArrayList<>(warnings);
        w.add(warning);
        return new Layer(name, type, features, kind, source, w, extent);
    }

    /** @return a copy of this layer under another name */
    public Layer renamed(String newName) {
        return new Layer(newName, type, features, kind, source, warnings, extent);
    }

    /**
     * @param filter a filter on the layer's fields; a field name is matched exactly, else ignoring
     *               case, and may hold any character (spaces, brackets), as files' field names do
     * @return a layer of the features that pass the filter (same type, source and warnings)
     */
    public Layer filter(Filter filter) {
        return keeping(matcher(filter));
    }

    /** @return a layer of the features that pass the test (same type, source and warnings) */
    public Layer keeping(Predicate<SimpleFeature> test) {
        List<SimpleFeature> kept = features.stream().filter(test).toList();
        return new Layer(name, type, kept, kind, source, warnings);
    }

    /**
     * @param filter a filter on the layer's fields, read as {@link #filter(Filter)} reads them
     * @return whether a feature of this layer passes the filter
     */
    public Predicate<SimpleFeature> matcher(Filter filter) {
        return FieldFilter.bind(filter, type)::evaluate;
    }

    /** @return the layer's name */
    public String name() {
        return name;
    }

    /** @return the feature type (attribute names and types, geometry binding, CRS) */
    public SimpleFeatureType featureType() {
        return type;
    }

    /** @return the features, in file order, unmodifiable */
    public List<SimpleFeature> features() {
        return features;
    }

    /** @return the number of features */
    public int size() {
        return features.size();
    }

    /** @return true if the layer has no features */
    public boolean isEmpty() {
        return features.isEmpty();
    }

    /** @return the CRS, or null when unknown */
    public CoordinateReferenceSystem crs() {
        return type.getCoordinateReferenceSystem();
    }

    /** @return the geometry kind, or null for an empty layer whose type does not say */
    public GeometryKind kind() {
        return kind;
    }

    /** @return the bounding box of all geometries, in the layer's CRS (empty for an empty layer) */
    public ReferencedEnvelope extent() {
        return new ReferencedEnvelope(extent);
    }

    /** @return the bounding box as a plain JTS envelope */
    public Envelope envelope() {
        return new Envelope(extent);
    }

    /** @return the file the layer was read from, if any */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** @return warnings raised while loading, in order */
    public List<String> warnings() {
        return warnings;
    }

    /** @return the geometry attribute's name */
    public String geometryName() {
        return type.getGeometryDescriptor().getLocalName();
    }

    /** @return the geometry of one feature (may be null or empty for a feature without a shape) */
    public static Geometry geometry(SimpleFeature feature) {
        return (Geometry) feature.getDefaultGeometry();
    }

    /** @return true if the type has an attribute of that name (exact match) */
    public boolean hasAttribute(String attribute) {
        return type.getDescriptor(attribute) != null;
    }

    /**
     * Finds an attribute by name ignoring case, as council files disagree on case.
     *
     * @return the attribute's name as spelt in the type, or empty
     */
    public Optional<String> findAttribute(String attribute) {
        return type.getAttributeDescriptors().stream()
                .map(d -> d.getLocalName())
                .filter(n -> n.equalsIgnoreCase(attribute))
                .findFirst();
    }

    @Override
    public String toString() {
        return name + " (" + features.size() + " " + (kind == null ? "features" : kind.plural()) + ", "
                + Crs.label(crs()) + ")";
    }
}
