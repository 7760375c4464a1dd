package org.catchment.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.InputException;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvPointOptions;
import org.catchment.layer.CqlFilters;
import org.catchment.layer.Layer;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryType;
import org.geotools.api.filter.Filter;

/**
 * Reads the layers an analysis file names through {@link LayerReader} (a GeoPackage table after
 * a {@code #}, CSV files of coordinates or postcodes with their options) and applies CQL filters.
 * Every layer comes back in the working CRS of the options.
 */
public final class Layers {

    private Layers() {
    }

    /** Reads a layer (shapefile, GeoPackage table, GeoJSON, CSV of coordinates). */
    public static Layer read(LayerRef ref, ReadOptions options) {
        return LayerReader.read(ref.file(), options(ref, options));
    }

    /** @return the options with the reference's GeoPackage table, if it names one */
    static ReadOptions options(LayerRef ref, ReadOptions options) {
        return ref.table() == null ? options : options.withTable(ref.table());
    }

    /**
     * Reads the study area's zone layer ({@code study_area.layer}) with its {@code filter} applied:
     * the zones a run takes its study area from; and decides from them the analysis's working CRS
     * ({@link WorkingCrsChoice}: {@code working_crs}, else the {@code auto} rule on the selected
     * zones). The desktop app draws and lists the wards from this too, so it shows the zones the
     * command line uses, in the CRS it uses. The layer is read and filtered in its own CRS, then
     * reprojected, so every other layer can be read straight into the working CRS.
     *
     * @return the analysis in its working CRS, with the filtered zone layer in that CRS
     * @throws InputException when the layer cannot be read or the filter is not valid
     * @throws org.catchment.CatchmentException when the {@code auto} rule cannot choose
     */
    public static WorkingCrsChoice.Chosen studyArea(Analysis analysis) {
        AnalysisSpec.StudyAreaSpec a = analysis.spec().studyArea();
        LayerRef ref = analysis.layer(a.layer());
        ReadOptions read = analysis.readOptions().withWorkingCrs(WorkingCrsChoice.given(analysis.spec()));
        Layer own = filter(LayerReader.readAsIs(ref.file(), options(ref, read)), a.filter(), analysis,
                "study_area.filter");
        return WorkingCrsChoice.choose(analysis, ref.file(), own);
    }

    /**
     * Reads the lines drawn under the results on the maps ({@code output.backdrop}), each named by
     * its legend label (the file name when none is given), in the analysis's working CRS. The run's
     * maps and the app's map both read them here.
     */
    public static List<Layer> backdrop(Analysis analysis) {
        List<Layer> out = new ArrayList<>();
        for (AnalysisSpec.BackdropSpec b : analysis.spec().output().backdrop()) {
            Layer layer = read(analysis.layer(b.layer()), analysis.readOptions());
            out.add(layer.renamed(b.label() == null ? layer.name() : b.label()));
        }
        return out;
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
        Filter filter = parseFilter(cql, analysis, where);
        if (filter == null) {
            return layer;
        }
        checkFields(layer, filter, analysis, where);
        return layer.filter(filter);
    }

    /**
     * @param cql   a GeoTools (E)CQL filter, or null or blank for none
     * @param where the analysis-file key, for the message
     * @return the filter, or null for none
     * @throws InputException when it is not valid CQL
     */
    static Filter parseFilter(String cql, Analysis analysis, String where) {
        try {
            return CqlFilters.parse(cql);
        } catch (IllegalArgumentException e) {
            throw new InputException(analysis.file(), where, e.getMessage(),
                    "Write it like fclass = 'library' or type IN ('GP', 'Health centre'), a field name with spaces"
                    + " in double quotes: \"Area name\" = 'Trafford'");
        }
    }

    /**
     * @param filter the filter, or null
     * @throws InputException when it names a field the layer does not have (it would keep nothing)
     */
    static void checkFields(Layer layer, Filter filter, Analysis analysis, String where) {
        List<String> unknown = CqlFilters.unknownFields(layer, filter);
        if (!unknown.isEmpty()) {
            throw new InputException(analysis.file(), where, "the filter names the field '" + unknown.get(0)
                    + "', which " + layer.source().map(Object::toString).orElse(layer.name()) + " does not have",
                    "Its fields are: " + String.join(", ", fieldNames(layer)));
        }
    }

    /** @return the layer's attribute names, without the geometry */
    static List<String> fieldNames(Layer layer) {
        return layer.featureType().getAttributeDescriptors().stream()
                .filter(d -> !(d.getType() instanceof GeometryType))
                .map(AttributeDescriptor::getLocalName).toList();
    }
}
