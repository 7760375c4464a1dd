package org.catchment.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.InputException;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvPointOptions;
import org.catchment.layer.Layer;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryType;
import org.geotools.api.filter.Filter;
import org.geotools.filter.FilterAttributeExtractor;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;

/**
 * Reads the layers an analysis file names through {@link LayerReader} (a GeoPackage table after
 * a {@code #}, CSV files of coordinates or postcodes with their options) and applies CQL filters.
 * Every layer comes back in EPSG:27700.
 */
public final class Layers {

    private Layers() {
    }

    /** Reads a layer (shapefile, GeoPackage table, GeoJSON, CSV of coordinates). */
    public static Layer read(LayerRef ref, ReadOptions options) {
        return LayerReader.read(ref.file(), ref.table() == null ? options : options.withTable(ref.table()));
    }

    /**
     * Reads the lines drawn under the results on the maps ({@code output.backdrop}), each named by
     * its legend label (the file name when none is given). The run's maps and the app's map both
     * read them here.
     */
    public static List<Layer> backdrop(Analysis analysis) {
        List<Layer> out = new ArrayList<>();
        for (AnalysisSpec.BackdropSpec b : analysis.spec().output().backdrop()) {
            Layer layer = read(analysis.layer(b.layer()), ReadOptions.defaults());
            out.add(layer.renamed(b.label() == null ? layer.name() : b.label()));
        }
        return out;
    }

    /** Reads a layer of sites: any layer {@link #read(LayerRef, ReadOptions)} reads, or a CSV of points. */
    static Layer readSites(LayerRef ref) {
        return isCsv(ref) ? read(ref, new CsvPointOptions(null, null, null, null, ReadOptions.defaults()))
                : read(ref, ReadOptions.defaults());
    }

    /** Reads a CSV of points (coordinates, or postcodes joined to a lookup). */
    static Layer read(LayerRef ref, CsvPointOptions options) {
        return LayerReader.read(ref.file(), options);
    }

    static boolean isCsv(LayerRef ref) {
        String n = ref.file().getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".txt");
    }

    /**
     * @param layer  the layer
     * @param cql    a GeoTools (E)CQL filter, or null for all features
     * @param where  the analysis-file key, for the message
     * @return the features that pass
     */
    static Layer filter(Layer layer, String cql, Analysis analysis, String where) {
        if (cql == null || cql.isBlank()) {
            return layer;
        }
        Filter filter;
        try {
            filter = ECQL.toFilter(cql);
        } catch (CQLException e) {
            throw new InputException(analysis.file(), where, "the filter \"" + cql + "\" is not valid CQL ("
                    + e.getMessage().lines().findFirst().orElse("") + ")",
                    "Write it like fclass = 'library' or type IN ('GP', 'Health centre')");
        }
        FilterAttributeExtractor names = new FilterAttributeExtractor();
        filter.accept(names, null);
        for (String attribute : names.getAttributeNames()) {
            if (!layer.hasAttribute(attribute)) {
                throw new InputException(analysis.file(), where, "the filter names the field '" + attribute
                        + "', which " + layer.source().map(Object::toString).orElse(layer.name()) + " does not have",
                        "Its fields are: " + String.join(", ", fieldNames(layer)));
            }
        }
        return layer.filter(filter);
    }

    /** @return the layer's attribute names, without the geometry */
    static List<String> fieldNames(Layer layer) {
        return layer.featureType().getAttributeDescriptors().stream()
                .filter(d -> !(d.getType() instanceof GeometryType))
                .map(AttributeDescriptor::getLocalName).toList();
    }
}
