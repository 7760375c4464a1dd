package org.catchment.io.geopackage;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.locationtech.jts.geom.Envelope;

/**
 * A layer given as a sequence of parts (the tiles of a tiled run, each read back from the resume
 * folder), written into a GeoPackage table by {@link GeoPackageWriter#writeTables} one part at a
 * time, so that the whole layer is never in memory. The table is the same, byte for byte, as the
 * one written from the parts' features concatenated into one layer: the same rows in the same order
 * (so the same {@code fid}s), the same geometry type and the same extent in {@code gpkg_contents}.
 * Each part is made twice, in order: once for the geometry type and extent, once for the rows;
 * once only when the extent is known beforehand and every geometry is of the declared type.
 *
 * @param name   the layer's name (its table is named after it as any layer's is)
 * @param type   the feature type every part has (its CRS is the layer's)
 * @param count  how many parts
 * @param part   makes part {@code i} ({@code 0 <= i < count}); called once per pass, released after
 * @param extent the envelope of all parts' geometries when known (every geometry then of the type's
 *               declared geometry type), or null to find both in a first pass
 */
public record PartedLayer(String name, SimpleFeatureType type, int count, IntFunction<Layer> part, Envelope extent)
        implements GeoPackageWriter.Table {

    /** A layer whose geometry type and extent are found in a first pass over its parts. */
    public PartedLayer(String name, SimpleFeatureType type, int count, IntFunction<Layer> part) {
        this(name, type, count, part, null);
    }

    /** @return the parts in order, each made when it is reached, checked to have the layer's feature type */
    Iterable<Layer> parts() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Layer next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                Layer layer = part.apply(next);
                if (!layer.featureType().getAttributeDescriptors().equals(type.getAttributeDescriptors())) {
                    throw new IllegalArgumentException("part " + next + " of layer '" + name + "' has the attributes "
                            + layer.featureType().getAttributeDescriptors() + ", not the layer's");
                }
                next++;
                return layer;
            }
        };
    }

    /** The geometry type and extent of all parts, found in one pass over them. */
    record Scan(String geometryType, Envelope extent) {
    }

    /** @return the geometry type and extent of all parts (an empty envelope when there is no geometry) */
    Scan scan() {
        GeoPackageSchema.GeometryTypes types = new GeoPackageSchema.GeometryTypes(
                type.getGeometryDescriptor().getType().getBinding());
        if (this.extent != null) {
            return new Scan(types.name(), new Envelope(this.extent));
        }
        Envelope extent = new Envelope();
        for (Layer layer : parts()) {
            types.add(layer);
            extent.expandToInclude(layer.envelope());
        }
        return new Scan(types.name(), extent);
    }
}
