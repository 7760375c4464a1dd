package org.catchment.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.MapSpec;
import org.catchment.io.geopackage.GeoPackageWriter;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.catchment.overlay.ServedSurface;
import org.catchment.render.Palette;
import org.catchment.render.Symbol;

/**
 * QGIS styles (QML) for every layer of the GeoPackage, stored in its {@code layer_styles} table as
 * each layer's default, so the file opens in QGIS drawn as the PNG maps are.
 *
 * <p>The service areas (and the reachable network, the node times and the per-facility areas) of
 * all types lie on top of one another, so they are styled by rules, one per type holding one per
 * band in the maps' band colours: the first type is ticked, as on its PNG map, and the others are
 * listed unticked in QGIS's legend, to be ticked one at a time. Bands are told apart by rules
 * comparing numbers ({@code "band_min" = 10}): QGIS 3.22 matches a category by the text of the
 * value, and a real 10.0 is "10" there, never "10.0". The served count is categorised (a whole
 * number), the facilities by type with the maps' symbols, the deserts hatched, the study area
 * and wards outlined, and the inputs in their types' colours. A table the analysis's {@code map}
 * section styles by a field ({@link FieldClasses}) gets that style instead, one rule per class,
 * as the app draws it.
 */
final class QgisStyles {

    private static final Color ACCESS_POINT = new Color(0x252525);
    private static final Color RESIDENTIAL = new Color(0xf0f0f0);

    private final AnalysisResult result;

    private QgisStyles(AnalysisResult result) {
        this.result = result;
    }

    /**
     * @param result the analysis result
     * @param layers the layers written ({@link ResultLayers#deferred}, {@link ResultLayers#inputs});
     *               only an input layer is made to style it
     * @return QML by table name, one for every layer
     */
    static Map<String, String> of(AnalysisResult result, List<? extends GeoPackageWriter.Table> layers) {
        QgisStyles s = new QgisStyles(result);
        List<String> tables = GeoPackageWriter.tableNames(layers);
        Map<String, String> styles = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            styles.put(tables.get(i), s.style(layers.get(i)));
        }
        return styles;
    }

    private String style(GeoPackageWriter.Table layer) {
        String byField = fieldStyle(layer);
        if (byField != null) {
            return byField;
        }
        return switch (layer.name()) {
            case "service_areas" -> byTypeAndBand("type", "band_min", (k, c) -> Qml.fill(k, c, 0.85, null, 0, "solid"));
            case "facility_service_areas" -> byTypeAndBand("type", "band_min",
                    (k, c) -> Qml.fill(k, c, 0.25, c.darker(), 0.3, "solid"));
            case "reachable_network" -> byTypeAndBand("type", "band_min", (k, c) -> Qml.line(k, c, 0.6, false));
            case "node_times", AccessOutputs.LAYER -> minutesByBand("_min", false);
            case "served_count" -> servedCount();
            case "facilities" -> facilities();
            case "access_points" -> Qml.single(Qml.marker(0, ACCESS_POINT, Symbol.CIRCLE, 1.2, false));
            case "deserts" -> Qml.single(Qml.fill(0, Palette.DESERT, 0.7, Palette.DESERT, 0.6, "b_diagonal"));
            case "study_area", "input_zones" -> Qml.single(Qml.fill(0, null, 1, Palette.STUDY_AREA, 0.6, "no"));
            case "input_residential" -> Qml.single(Qml.fill(0, RESIDENTIAL, 1, null, 0, "solid"));
            default -> layer.name().startsWith("access_") ? minutesByBand("_mean_min", true) : input(ResultLayers.whole(layer));
        };
    }

    /**
     * @return the style by field the analysis's {@code map} section gives this table (under its own
     *     name or the app's name of it, {@link LayerNames}) as one rule per class, or null when it
     *     gives none or the table lacks the field (the table keeps its usual style); the layer is made
     *     only when it is styled by a field
     */
    private String fieldStyle(GeoPackageWriter.Table deferred) {
        MapSpec map = result.analysis().spec().map();
        if (map == null) {
            return null;
        }
        for (String name : LayerNames.of(deferred.name(), result)) {
            MapSpec.LayerSpec entry = map.layer(name);
            if (entry != null && entry.style() != null) {
                Layer layer = ResultLayers.whole(deferred);
                if (layer.kind() == null) {
                    return null;
                }
                try {
                    return byField(FieldClasses.of(layer, entry.style()), layer.kind());
                } catch (IllegalArgumentException lacksTheField) {
                    return null;
                }
            }
        }
        return null;
    }

    /** @return one rule per class, in the class's colour: polygons filled and outlined, lines, points */
    private static String byField(FieldClasses classes, GeometryKind kind) {
        List<Qml.Rule> rules = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (FieldClasses.Entry e : classes.entries()) {
            int i = symbols.size();
            rules.add(new Qml.Rule(e.label(), e.filter(), i, true, List.of()));
            symbols.add(switch (kind) {
                case POLYGON -> Qml.fill(i, e.colour(), 1, Palette.BOUNDARY, 0.26, "solid");
                case LINE -> Qml.line(i, e.colour(), 0.6, false);
                case POINT -> Qml.marker(i, e.colour(), Symbol.CIRCLE, 2.5, true);
            });
        }
        return Qml.ruleBased(rules, symbols);
    }

    /**
     * @param symbol makes the symbol of a band: its index and colour
     * @return one rule per type (the first ticked) holding one rule per band, in the band colours
     *     of the type's map
     */
    private String byTypeAndBand(String typeField, String bandField, BiFunction<Integer, Color, String> symbol) {
        List<Qml.Rule> rules = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < result.types().size(); i++) {
            var spec = result.types().get(i).spec();
            List<Double> bands = spec.bandsMin();
            List<Color> colours = Palette.bands(bands.size());
            List<Qml.Rule> children = new ArrayList<>();
            for (int k = 0; k < bands.size(); k++) {
                double from = k > 0 ? bands.get(k - 1) : 0;
                children.add(new Qml.Rule(Qml.number(from) + "–" + Qml.number(bands.get(k)) + " min walk",
                        Qml.field(bandField) + " = " + Qml.number(bands.get(k)), symbols.size(), true, List.of()));
                symbols.add(symbol.apply(symbols.size(), colours.get(k)));
            }
            rules.add(new Qml.Rule(spec.label(), Qml.field(typeField) + " = " + Qml.text(spec.type()), -1, i == 0,
                    children));
        }
        return Qml.ruleBased(rules, symbols);
    }

    /**
     * @param suffix   the minutes field after the type: {@code _min} (node times, postcodes) or
     *                 {@code _mean_min} (a zone layer's residents-weighted mean)
     * @param polygons whether the layer is polygons (filled) or points (markers)
     * @return each type's minutes to its nearest facility, by band; the first type ticked
     */
    private String minutesByBand(String suffix, boolean polygons) {
        List<Qml.Rule> rules = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < result.types().size(); i++) {
            var spec = result.types().get(i).spec();
            String minutes = Qml.field(spec.type() + suffix);
            List<Double> bands = spec.bandsMin();
            List<Color> colours = Palette.bands(bands.size());
            List<Qml.Rule> children = new ArrayList<>();
            for (int k = 0; k < bands.size(); k++) {
                String from = k == 0 ? "0" : Qml.number(bands.get(k - 1));
                String filter = (k == 0 ? "" : minutes + " > " + from + " AND ") + minutes + " <= "
                        + Qml.number(bands.get(k));
                children.add(new Qml.Rule(from + "–" + Qml.number(bands.get(k)) + " min", filter, symbols.size(), true,
                        List.of()));
                symbols.add(polygons ? Qml.fill(symbols.size(), colours.get(k), 0.85, colours.get(k).darker(), 0.2, "solid")
                        : Qml.marker(symbols.size(), colours.get(k), Symbol.CIRCLE, 1.0, false));
            }
            rules.add(new Qml.Rule(spec.label(), minutes + " IS NOT NULL", -1, i == 0, children));
        }
        return Qml.ruleBased(rules, symbols);
    }

    /** @return the served-count surface by how many types serve it, the best served darkest */
    private String servedCount() {
        int types = result.types().size();
        List<Color> colours = Palette.bands(types + 1);
        TreeSet<Integer> counts = new TreeSet<>();
        for (ServedSurface.Piece p : result.surface().pieces()) {
            counts.add(p.servedCount());
        }
        List<String> categories = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (int c : counts) {
            categories.add(Qml.category(Integer.toString(c), symbols.size(), "served by " + c + " of " + types
                    + (types == 1 ? " type" : " types")));
            symbols.add(Qml.fill(symbols.size(), colours.get(types - c), 0.8, null, 0, "solid"));
        }
        return Qml.categorized("served_count", categories, symbols);
    }

    /** @return the facilities by type, in the maps' colours and symbols */
    private String facilities() {
        List<String> categories = new ArrayList<>();
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < result.types().size(); i++) {
            var spec = result.types().get(i).spec();
            categories.add(Qml.category(spec.type(), i, spec.label()));
            symbols.add(Qml.marker(i, Palette.typeColour(i), Palette.typeSymbol(i), 3, true));
        }
        return Qml.categorized("type", categories, symbols);
    }

    /** @return a type's input layer in its colour and symbol; any other input outlined */
    private String input(Layer layer) {
        int type = typeOf(layer.name());
        if (type >= 0) {
            Color c = Palette.typeColour(type);
            return Qml.single(layer.kind() == GeometryKind.POLYGON ? Qml.fill(0, c, 0.6, c.darker(), 0.3, "solid")
                    : Qml.marker(0, c, Palette.typeSymbol(type), 2.5, true));
        }
        return Qml.single(layer.kind() == GeometryKind.POINT ? Qml.marker(0, Palette.BOUNDARY, Symbol.CIRCLE, 1.5, false)
                : layer.kind() == GeometryKind.LINE ? Qml.line(0, Palette.BOUNDARY, 0.4, false)
                : Qml.fill(0, null, 1, Palette.BOUNDARY, 0.4, "no"));
    }

    /** @return the index of the type whose input layer this is ({@code input_gp}, {@code input_gp_2}), or -1 */
    private int typeOf(String table) {
        List<String> types = result.types().stream().map(t -> t.spec().type()).toList();
        int exact = types.indexOf(table.replaceFirst("^input_", ""));
        if (exact >= 0 || !table.startsWith("input_")) {
            return table.startsWith("input_") ? exact : -1;
        }
        return types.indexOf(table.replaceFirst("^input_", "").replaceFirst("_\\d+$", ""));
    }
}
