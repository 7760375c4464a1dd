package org.catchment.export;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.catchment.analysis.AnalysisResult;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.catchment.render.Symbol;
import org.catchment.siting.SiteSelection;
import org.locationtech.jts.geom.Geometry;

/**
 * The map of suggested sites ({@code sites_<type>.png}): over the analysis's usual base, the
 * type's served area now (its colour, faint), the candidates (small grey dots), the place each
 * pick newly serves (green, as gained access on a change map) and the picks (stars numbered in
 * the order chosen), with the type's existing facilities.
 */
final class SiteMap {

    private static final Color CANDIDATE = new Color(0x737373);

    private SiteMap() {
    }

    /** @return the map, at the analysis's page size */
    static MapExport.Map of(String fileName, AnalysisResult baseline, SiteSelection.Result r) {
        SiteSelection.Setting s = r.setting();
        int typeIndex = 0;
        while (!baseline.types().get(typeIndex).spec().type().equals(s.type())) {
            typeIndex++;
        }
        AnalysisResult.TypeResult t = baseline.types().get(typeIndex);
        MapExport base = new MapExport(baseline);
        String band = ResultLayers.band(s.bandMin());
        MapDocument.Builder doc = base.page(baseline.analysis().spec().name() + ": " + r.picks().size()
                + " suggested sites for " + s.label()).subtitle(subtitle(r));
        Color own = Palette.typeColour(typeIndex);
        doc.layer(MapLayer.of("served now", List.of(s.existing().disks().get(s.servedBandIndex())),
                Style.polygon(own, null, 0).withOpacity(0.25)).withLegendLabel(s.label() + " within " + band
                + " min now"));
        base.backdropLayers().forEach(doc::layer);
        List<MapLayer> picks = picks(r);
        doc.layer(picks.get(0));
        List<Geometry> candidates = r.candidates().placed().stream().map(c -> (Geometry) SiteOutputs.point(c)).toList();
        doc.layer(MapLayer.of("candidates", candidates, Style.point(Symbol.CIRCLE, CANDIDATE, 2.5))
                .withLegendLabel("Candidate (" + candidates.size() + ")"));
        doc.layer(MapExport.facilities(t, typeIndex));
        doc.layer(picks.get(1));
        var o = baseline.analysis().spec().output();
        return new MapExport.Map(fileName, doc.build(), o.widthPx(), o.heightPx(), o.dpi());
    }

    /**
     * @return the picks' layers, bottom first, as this map and the app's map draw them: the places
     *     they newly serve (green, as gained access on a change map), then the picks (stars numbered
     *     in the order chosen)
     */
    static List<MapLayer> picks(SiteSelection.Result r) {
        String band = ResultLayers.band(r.setting().bandMin());
        return List.of(MapLayer.of("new access", r.picks().stream().map(SiteSelection.Pick::newReach).toList(),
                        Style.polygon(ChangeMap.GAINED, ChangeMap.GAINED.darker(), 0.4).withOpacity(0.55))
                        .withLegendLabel("Newly within " + band + " min of a suggested site"),
                MapLayer.of("sites", r.picks().stream().map(p -> (Geometry) SiteOutputs.point(p.candidate())).toList(),
                        Style.point(Symbol.STAR, ChangeMap.GAINED, 13).withLabels(Style.DEFAULT_LABEL_PT))
                        .withLabels(r.picks().stream().map(p -> Integer.toString(p.rank())).toList())
                        .withLegendLabel(SiteOutputs.SITES_LEGEND));
    }

    private static String subtitle(SiteSelection.Result r) {
        double total = r.picks().isEmpty() ? 0 : r.picks().get(r.picks().size() - 1).cumulative();
        return r.byResidents()
                ? String.format(Locale.ROOT, "%,.0f residents newly within %s minutes' walk; %d candidates",
                        total, ResultLayers.band(r.setting().bandMin()), r.candidates().size())
                : String.format(Locale.ROOT, "%,.0f m² newly within %s minutes' walk; %d candidates", total,
                        ResultLayers.band(r.setting().bandMin()), r.candidates().size());
    }
}
