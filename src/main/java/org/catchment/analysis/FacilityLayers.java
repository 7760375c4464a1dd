package org.catchment.analysis;

import java.util.ArrayList;
import java.util.List;
import org.catchment.InputException;
import org.catchment.io.BadRowException;
import org.catchment.io.ReadOptions;
import org.catchment.io.csv.CsvPointOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.filter.Filter;

/**
 * Reads the layers of a facility type exactly as a run does (CSV coordinates or postcodes, the
 * type's CRS and bad-row policy, its filter), so the desktop app draws the facilities the run uses.
 */
public final class FacilityLayers {

    private FacilityLayers() {
    }

    /**
     * @param entry the type's place in the analysis file's facilities
     * @return its layers, in the order the file lists them
     */
    public static List<Layer> read(Analysis analysis, int entry) {
        AnalysisSpec.FacilitySpec spec = analysis.spec().facilities().get(entry);
        List<Layer> layers = new ArrayList<>();
        for (String path : spec.layers()) {
            layers.add(read(analysis, spec, analysis.layer(path), "facilities[" + entry + "]"));
        }
        return layers;
    }

    /** @return "" for a type of one layer, else " (read from a.shp, b.shp)" naming every file, for messages */
    static String readFrom(Analysis analysis, AnalysisSpec.FacilitySpec spec) {
        if (spec.layers().size() < 2) {
            return "";
        }
        return " (read from " + String.join(", ", spec.layers().stream()
                .map(l -> analysis.layer(l).file().getFileName().toString()).toList()) + ")";
    }

    /**
     * @param key where the type is in the analysis file, for messages ({@code facilities[2]})
     * @return one layer of a type, read as the type says (CSV columns, CRS, bad rows) and filtered
     *     (a CSV's rows before they are placed, so a row the filter leaves out is never a bad row)
     * @throws InputException when it cannot be read, the filter is not valid, or it holds lines; a
     *     bad row's message names the {@code bad_rows} key
     */
    public static Layer read(Analysis analysis, AnalysisSpec.FacilitySpec spec, LayerRef ref, String key) {
        Filter filter = Layers.parseFilter(spec.filter(), analysis, key + ".filter");
        ReadOptions read = analysis.readOptions().withBadRows(spec.badRowPolicy()).withFilter(filter);
        if (spec.crs() != null) {
            read = read.withCrs(Crs.decode(spec.crs()));
        }
        if (spec.encoding() != null) {
            read = read.withEncoding(SpecRules.charset(spec.encoding()).orElseThrow());
        }
        Layer layer;
        try {
            if (Layers.isCsv(ref)) {
                CsvPointOptions csv = new CsvPointOptions(spec.xField(), spec.yField(), spec.postcodeField(),
                        spec.postcodeLookup() == null ? null : analysis.path(spec.postcodeLookup()), read);
                layer = Layers.read(ref, csv);
            } else {
                layer = Layers.read(ref, read);
            }
        } catch (BadRowException e) {
            throw e.orSkip("leave out the rows that cannot be used with bad_rows: skip (" + key + ".bad_rows)");
        }
        Layers.checkFields(layer, filter, analysis, key + ".filter");
        if (layer.kind() == GeometryKind.LINE) {
            throw new InputException(ref.file(), null, "this layer holds lines, but the facilities of '" + spec.type()
                    + "' must be points or polygons", "Give a point or polygon layer for " + spec.label());
        }
        return layer;
    }
}
