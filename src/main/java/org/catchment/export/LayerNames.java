package org.catchment.export;

import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.AnalysisResult;

/**
 * The names the desktop app gives the layers it shows, and which GeoPackage tables hold the same
 * features, so that a layer of the analysis file's {@code map} section (named as the app's layer
 * panel names it) styles the table of the GeoPackage too: {@value #WARD_COVERAGE} is
 * {@code ward_coverage}, {@value #DESERTS} is {@code deserts}, {@value #WARDS} is {@code input_zones}
 * and {@code study_area}, a facility type's label is its {@code input_<type>} tables.
 */
public final class LayerNames {

    /** The study-area zones read from {@code study_area.layer}. */
    public static final String WARDS = "Wards";
    /** The deserts a run finds. */
    public static final String DESERTS = "Deserts";
    /** Each ward with its coverage statistics. */
    public static final String WARD_COVERAGE = "Ward coverage";

    private LayerNames() {
    }

    /**
     * @param typeLabel the facility type's label
     * @param k         the index of the layer among the type's layers
     * @return the name of a facility type's input layer: its label, then "label (2)", ...
     */
    public static String facilities(String typeLabel, int k) {
        return typeLabel + (k == 0 ? "" : " (" + (k + 1) + ")");
    }

    /**
     * @return the names a {@code map} layer may have to style this GeoPackage table: the table's
     *     own name, then the name of the app's layer of the same features, if any
     */
    static List<String> of(String table, AnalysisResult result) {
        List<String> names = new ArrayList<>(List.of(table));
        switch (table) {
            case "ward_coverage" -> names.add(WARD_COVERAGE);
            case "deserts" -> names.add(DESERTS);
            case "input_zones", "study_area" -> names.add(WARDS);
            default -> {
                for (AnalysisResult.TypeResult t : result.types()) {
                    String prefix = "input_" + t.spec().type();
                    for (int k = 0; k < t.layers().size(); k++) {
                        if (table.equals(prefix + (k == 0 ? "" : "_" + (k + 1)))) {
                            names.add(facilities(t.spec().label(), k));
                        }
                    }
                }
            }
        }
        return names;
    }
}
