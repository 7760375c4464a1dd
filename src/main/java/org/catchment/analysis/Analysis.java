package org.catchment.analysis;

import java.nio.file.Path;
import java.util.List;
import org.catchment.io.ReadOptions;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * A loaded, validated analysis: the spec as written plus the folder its relative paths are
 * resolved against and, once chosen, its working CRS. This is what both the command line and the
 * desktop app run.
 *
 * @param spec       the analysis as written
 * @param file       the analysis file, or null for an analysis not yet saved
 * @param baseDir    the folder relative paths are resolved against
 * @param workingCrs the CRS every layer is read into, or null until {@link WorkingCrsChoice} has
 *                   chosen it (from {@code working_crs}, or from the study area)
 */
public record Analysis(AnalysisSpec spec, Path file, Path baseDir, CoordinateReferenceSystem workingCrs) {

    /** An analysis whose working CRS is not chosen yet. */
    public Analysis(AnalysisSpec spec, Path file, Path baseDir) {
        this(spec, file, baseDir, null);
    }

    /** @return the same analysis in a working CRS */
    public Analysis withWorkingCrs(CoordinateReferenceSystem crs) {
        return new Analysis(spec, file, baseDir, crs);
    }

    /**
     * @return the options every layer of the analysis is read with: into its working CRS (when
     *     not chosen yet, each layer by the {@code auto} rule on its own)
     */
    public ReadOptions readOptions() {
        return ReadOptions.in(workingCrs);
    }

    /** @return a layer reference resolved against the analysis folder */
    public LayerRef layer(String path) {
        return LayerRef.parse(path, baseDir);
    }

    /** @return a plain path resolved against the analysis folder */
    public Path path(String path) {
        return baseDir.resolve(path).normalize();
    }

    /** @return the output folder */
    public Path outputDir() {
        return path(spec.output().dir());
    }

    /**
     * @return the resolved road layers, a folder expanded into the RoadLink shapefiles inside it
     * @throws org.catchment.InputException if a folder holds no RoadLink shapefile
     */
    public List<LayerRef> roads() {
        return spec.network().roads().stream().map(this::layer).flatMap(r -> RoadFiles.expand(r).stream()).toList();
    }

    /** @return true when the network comes from an OpenStreetMap extract */
    public boolean isOpenStreetMap() {
        return spec.network().roads().size() == 1 && SpecRules.isOpenStreetMap(spec.network().roads().get(0));
    }

    /**
     * @return how far beyond the study area (and zones) the network is read, metres: the farthest
     *     anyone can walk to it plus one tolerance ({@link ClipArea}); infinite when
     *     {@code clip_to_study_area} is off or the network is an OpenStreetMap extract
     */
    public double networkReachM() {
        return spec.network().clipToStudyArea() && !isOpenStreetMap() ? ClipArea.networkReachM(spec)
                : Double.POSITIVE_INFINITY;
    }

    /** @return the same analysis with another map section (the styles the GeoPackage stores) */
    public Analysis withMap(MapSpec map) {
        return new Analysis(spec.withMap(map), file, baseDir, workingCrs);
    }

    /** @return the same analysis with the output folder replaced (e.g. from {@code --out}) */
    public Analysis withOutputDir(Path dir) {
        OutputSpec out = spec.output().toBuilder().dir(dir.toAbsolutePath().normalize().toString()).build();
        return new Analysis(spec.withOutput(out), file, baseDir, workingCrs);
    }
}
