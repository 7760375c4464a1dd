package org.catchment.analysis;

import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * Tiles a large run that does not say how: an analysis with no {@code tiles} key whose study
 * envelope (the study area and the {@code zones} layers, as the network clip reads it) covers more
 * than {@code aboveKm2} runs tiled on a square grid of {@code gridKm}, as if it said
 * {@code tiles: {grid_km: N}}. A tiled run's outputs equal the run in one piece's (docs/method.md,
 * "Tiled runs"), so this changes the memory a run needs, never its results. The defaults
 * ({@link #DEFAULT}: above 2,500 km², a 50 km square or a large county, on a 20 km grid) keep a
 * council's or a city region's run in one piece and tile a region's or a country's. A run that a
 * tiled run cannot do stays in one piece: a network from an OpenStreetMap extract or not clipped to
 * the study area, scenarios, or each facility's own service areas.
 *
 * @param aboveKm2 the study envelope's area above which a run is tiled, km² (infinite: never)
 * @param gridKm   the side of the grid's squares, km
 */
public record AutoTiles(double aboveKm2, double gridKm) {

    /** Above 2,500 km², on a 20 km grid. */
    public static final AutoTiles DEFAULT = new AutoTiles(2_500, 20);
    /** Never tiles a run that does not ask for it. */
    public static final AutoTiles NEVER = new AutoTiles(Double.POSITIVE_INFINITY, 20);

    /**
     * @param spec          the analysis
     * @param openStreetMap true when the network is an OpenStreetMap extract
     * @param study         the study envelope, in metres of the working CRS
     * @return the tiles to run on, or null to run as the analysis says (its own {@code tiles}, or none)
     */
    TilesSpec choose(AnalysisSpec spec, boolean openStreetMap, Envelope study) {
        if (spec.tiles() != null || openStreetMap || !spec.network().clipToStudyArea() || !spec.scenarios().isEmpty()
                || spec.catchments().perFacility() || study.isNull() || areaKm2(study) <= aboveKm2) {
            return null;
        }
        return TilesSpec.grid(gridKm);
    }

    /** @return the note a run tiled without being asked gives */
    String note(Envelope study) {
        return String.format(Locale.ROOT, "The study area's envelope covers %,.0f km² (more than %,.0f km²), so it was run in tiles"
                + " on a %s km grid, as tiles: {grid_km: %s} would: the outputs equal a run in one piece. Give tiles in"
                + " the analysis file to choose the tiles.", areaKm2(study), aboveKm2, km(), km());
    }

    private String km() {
        return gridKm == Math.rint(gridKm) ? Long.toString((long) gridKm) : Double.toString(gridKm);
    }

    private static double areaKm2(Envelope e) {
        return e.getArea() / 1e6;
    }
}
