package org.catchment.analysis;

import java.nio.file.Path;
import java.util.List;
import org.catchment.InputException;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.servicearea.Facility;

/**
 * The candidate sites of a siting run ({@code catchment site --candidates LAYER}) read from a
 * layer exactly as a scenario's proposed sites are read: any point or polygon layer Catchment
 * reads, named by the type's {@code name_field} (and {@code id_field}) when the layer has them.
 */
public final class CandidateSites {

    /**
     * @param sites    the candidates, numbered from 0 in the layer's order
     * @param warnings features skipped (no geometry, say), one line each
     */
    public record Read(List<Facility> sites, List<String> warnings) {

        public Read {
            sites = List.copyOf(sites);
            warnings = List.copyOf(warnings);
        }
    }

    private CandidateSites() {
    }

    /**
     * @param analysis the analysis (its CRS and the type's fields)
     * @param type     a facility type of the analysis
     * @param layer    the candidate layer ("file" or "file.gpkg#table"), relative to the working folder
     * @return the candidates
     * @throws InputException for a layer of lines, an empty layer or one without a usable site
     */
    public static Read read(Analysis analysis, String type, String layer) {
        AnalysisSpec.FacilitySpec spec = analysis.spec().facilities().stream().filter(f -> f.type().equals(type))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no facility type '" + type + "'"));
        LayerRef ref = LayerRef.parse(layer, Path.of("").toAbsolutePath());
        Layer read = Layers.readSites(ref, analysis.readOptions());
        String advice = "Give a point or polygon layer with at least one candidate site, or leave out --candidates"
                + " to use a grid of points on the network";
        if (read.kind() == GeometryKind.LINE) {
            throw new InputException(ref.file(), "--candidates", "this layer holds lines, but candidate sites of '"
                    + type + "' must be points or polygons", advice);
        }
        FacilityLoader.Loaded loaded = read.isEmpty() ? null : FacilityLoader.sites(read, spec, ref, 0);
        if (loaded == null || loaded.facilities().isEmpty()) {
            throw new InputException(ref.file(), "--candidates", "the candidate layer has no site", advice);
        }
        return new Read(loaded.facilities(), loaded.warnings());
    }
}
