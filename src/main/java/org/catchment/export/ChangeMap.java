package org.catchment.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.catchment.analysis.AnalysisResult;
import org.catchment.overlay.AccessChange;
import org.catchment.overlay.Desert;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.catchment.render.Symbol;
import org.catchment.scenario.Comparison;
import org.locationtech.jts.geom.Geometry;

/**
 * The change map of a scenario ({@code scenario_<name>_change.png}): over the same base as every
 * map of the analysis ({@link MapExport}), the access gained (green) and lost (vermillion) at each
 * changed type's served band, the deserts before (dashed outline) and after (solid outline),
 * the facilities closed (crosses) and added (stars). The desktop app draws the same
 * {@link #layers} over its map.
 */
public final class ChangeMap {

    /** Gained access: bluish green (Okabe-Ito), which reads apart from the loss even for red-green colour blindness. */
    static final Color GAINED = new Color(0x009e73);
    /** Lost access: vermillion (Okabe-Ito). */
    static final Color LOST = new Color(0xd55e00);

    private ChangeMap() {
    }

    /** @return the change map of a comparison, at the baseline's page size */
    static MapExport.Map of(String fileName, String scenarioName, Comparison c) {
        AnalysisResult before = c.before();
        MapExport base = new MapExport(before);
        MapDocument.Builder doc = base.page(before.analysis().spec().name() + ": what changes with scenario "
                + scenarioName).subtitle(subtitle(c));
        base.backdropLayers().forEach(doc::layer);
        layers(c).forEach(doc::layer);
        var o = before.analysis().spec().output();
        return new MapExport.Map(fileName, doc.build(), o.widthPx(), o.heightPx(), o.dpi());
    }

    /**
     * The change drawn over a map, bottom first: the access gained and lost at each changed type's
     * served band, the deserts before (dashed) and after (solid), the facilities closed and added.
     * The PNG draws them over its backdrop; the app over its map, so both show the same change.
     *
     * @return the layers, each with its legend label
     */
    public static List<MapLayer> layers(Comparison c) {
        List<MapLayer> out = new ArrayList<>();
        for (AccessChange a : c.access()) {
            if (!c.isServedBand(a)) {
                continue;
            }
            String band = ResultLayers.band(a.bandMin());
            if (!a.gained().isEmpty()) {
                out.add(MapLayer.of(a.type() + " gained", List.of(a.gained()), Style.polygon(GAINED, GAINED.darker(), 0.4)
                        .withOpacity(0.55)).withLegendLabel(a.label() + ": access gained (" + band + " min)"));
            }
            if (!a.lost().isEmpty()) {
                out.add(MapLayer.of(a.type() + " lost", List.of(a.lost()), Style.polygon(LOST, LOST.darker(), 0.4)
                        .withOpacity(0.55)).withLegendLabel(a.label() + ": access lost (" + band + " min)"));
            }
        }
        List<Geometry> was = c.before().deserts().deserts().stream().map(Desert::geometry).toList();
        List<Geometry> now = c.after().deserts().deserts().stream().map(Desert::geometry).toList();
        out.add(MapLayer.of("deserts before", was, Style.polygon(null, Palette.DESERT, 1.2).withDash(4, 3))
                .withLegendLabel("Desert before (" + was.size() + ")"));
        out.add(MapLayer.of("deserts after", now, Style.polygon(null, Palette.DESERT, 1.6))
                .withLegendLabel("Desert after (" + now.size() + ")"));
        List<Geometry> closed = new ArrayList<>();
        List<Geometry> added = new ArrayList<>();
        for (Comparison.FacilityChange f : c.facilities()) {
            Geometry g = f.facility().isArea() ? f.facility().geometry().getInteriorPoint() : f.facility().geometry();
            (f.closed() ? closed : added).add(g);
        }
        if (!closed.isEmpty()) {
            out.add(MapLayer.of("closed", closed, Style.point(Symbol.CROSS, LOST, 11)).withLegendLabel("Closed"));
        }
        if (!added.isEmpty()) {
            out.add(MapLayer.of("added", added, Style.point(Symbol.STAR, GAINED, 12)).withLegendLabel("Added"));
        }
        return out;
    }

    private static String subtitle(Comparison c) {
        long closed = c.facilities().stream().filter(Comparison.FacilityChange::closed).count();
        long added = c.facilities().size() - closed;
        return String.format(Locale.ROOT, "%d %s closed, %d added; deserts %d before, %d after", closed,
                closed == 1 ? "facility" : "facilities", added, c.before().deserts().deserts().size(),
                c.after().deserts().deserts().size());
    }
}
