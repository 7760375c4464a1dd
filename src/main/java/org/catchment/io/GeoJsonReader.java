package org.catchment.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.catchment.InputException;
import org.catchment.io.ReadOptions.BadRowPolicy;
import org.catchment.layer.Crs;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946), or a single Feature, into a {@link Layer}.
 *
 * <p>CRS: RFC 7946 coordinates are WGS 84 longitude/latitude, read as EPSG:4326 in lon/lat order
 * ({@link Crs#wgs84()}). A legacy {@code "crs"} member (GeoJSON 2008, still written by QGIS and
 * GDAL) is honoured when it names {@code CRS84} or an EPSG code; without one,
 * {@link ReadOptions#crs()} is used when given (for files holding grid coordinates), else EPSG:4326.
 *
 * <p>Properties become attributes in order of first appearance: whole numbers {@link Long},
 * numbers with a fraction (or a mix) {@link Double}, booleans {@link Boolean}, anything else (or
 * a mix of kinds) {@link String}; nested objects and arrays are kept as their JSON text.
 * Geometries: the kind (points, lines, polygons) held by most features is kept and the others
 * are left out with a warning listing them; a feature with no geometry or a geometry collection
 * is a bad row ({@link ReadOptions#badRows()}). Feature ids are {@code <layer>.<n>}, n the
 * 1-based position in the file. Invalid JSON is an {@link InputException} giving line and column.
 */
public final class GeoJsonReader {

    private static final Pattern EPSG = Pattern.compile("EPSG:(?:[0-9.]*:)?(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final String EXPORT_AGAIN = "Check the file in a GeoJSON validator or export it again";

    private GeoJsonReader() {
    }

    /**
     * @param file    the {@code .geojson} or {@code .json} file
     * @param options CRS for files without a "crs" member; bad-feature policy (encoding is unused:
     *                JSON is UTF-8)
     * @return the layer, named after the file, in the file's CRS, with its source set
     * @throws InputException if the file is not valid GeoJSON or a feature cannot be used
     */
    public static Layer read(Path file, ReadOptions options) {
        JsonNode root = parse(file);
        String name = ShapefileParts.baseName(file);
        List<String> warnings = new ArrayList<>();
        CoordinateReferenceSystem crs = crs(file, root.get("crs"), options);
        List<Parsed> parsed = parseFeatures(file, features(file, root), options.badRows(), warnings);
        GeometryKind kind = majority(parsed);
        List<Parsed> kept = keepKind(parsed, kind, warnings);
        Class<? extends Geometry> binding = binding(kept, kind);

        List<String> keys = new ArrayList<>();
        for (Parsed p : kept) {
            p.properties().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        List<String> names = Features.unique(keys, warnings::add);
        List<Map<String, JsonNode>> properties = kept.stream().map(Parsed::properties).toList();
        List<Features.Column> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            columns.add(new Features.Column(names.get(i), JsonPropertyType.of(properties, keys.get(i))));
        }
        SimpleFeatureType type = Features.type(name, binding, crs, columns);
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> out = new ArrayList<>(kept.size());
        for (Parsed p : kept) {
            fb.add(Features.as(p.geometry(), binding));
            for (int i = 0; i < keys.size(); i++) {
                fb.add(JsonPropertyType.value(p.properties().get(keys.get(i)), columns.get(i).binding()));
            }
            out.add(fb.buildFeature(name + "." + p.number()));
        }
        Layer layer = Layer.of(name, type, out).withSource(file);
        for (String w : warnings) {
            layer = layer.withWarning(w);
        }
        return layer;
    }

    /** One usable feature: its 1-based position, geometry and properties. */
    private record Parsed(int number, Geometry geometry, GeometryKind kind, Map<String, JsonNode> properties) {
    }

    private static JsonNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, null, "the file does not exist", "Check the path and the file name");
        }
        try {
            if (Files.size(file) == 0) {
                throw new InputException(file, null, "the file is empty (0 bytes)", EXPORT_AGAIN);
            }
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new InputException(file, null, "the file is JSON but not a GeoJSON object", EXPORT_AGAIN);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputException(file, where, "the file is not valid JSON (" + e.getOriginalMessage() + ")",
                    EXPORT_AGAIN, e);
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read the file (" + e.getMessage() + ")",
                    "Check that it is readable", e);
        }
    }

    private static List<JsonNode> features(Path file, JsonNode root) {
        String type = root.path("type").asText("");
        if (type.equals("Feature")) {
            return List.of(root);
        }
        if (!type.equals("FeatureCollection") || !root.path("features").isArray()) {
            throw new InputException(file, null, "this is not a GeoJSON FeatureCollection (its type is '" + type + "')",
                    "Give a FeatureCollection of points, lines or polygons, as QGIS or ogr2ogr export it");
        }
        List<JsonNode> list = new ArrayList<>();
        root.get("features").forEach(list::add);
        return list;
    }

    private static CoordinateReferenceSystem crs(Path file, JsonNode member, ReadOptions options) {
        if (member == null || member.isNull()) {
            return options.crs() != null ? options.crs() : Crs.wgs84();
        }
        String text = member.path("properties").path("name").asText("");
        if (text.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            return Crs.wgs84();
        }
        Matcher m = EPSG.matcher(text.trim());
        if (m.find()) {
            return Crs.epsg(Integer.parseInt(m.group(1)));
        }
        throw new InputException(file, "\"crs\" member", "the CRS '" + text + "' is not understood",
                "Remove the \"crs\" member (RFC 7946 GeoJSON is always longitude/latitude) or name an EPSG code");
    }

    private static List<Parsed> parseFeatures(Path file, List<JsonNode> features, BadRowPolicy policy,
                                              List<String> warnings) {
        org.locationtech.jts.io.geojson.GeoJsonReader geometries =
                new org.locationtech.jts.io.geojson.GeoJsonReader(new GeometryFactory());
        List<Parsed> parsed = new ArrayList<>(features.size());
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            String where = "feature " + (i + 1);
            try {
                JsonNode g = f.get("geometry");
                if (g == null || g.isNull()) {
                    throw new InputException(file, where, "the feature has no geometry", badRowAdvice());
                }
                Geometry geometry;
                try {
                    geometry = geometries.read(g.toString());
                } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                    throw new InputException(file, where, "the geometry cannot be read (" + e.getMessage() + ")",
                            badRowAdvice(), e);
                }
                GeometryKind kind = geometry.isEmpty() ? null : GeometryKind.of(geometry);
                if (kind == null) {
                    throw new InputException(file, where, "the geometry is " + (geometry.isEmpty() ? "empty"
                            : "a " + geometry.getGeometryType() + ", not a point, line or polygon"), badRowAdvice());
                }
                Map<String, JsonNode> props = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    props.put(e.getKey(), e.getValue());
                }
                parsed.add(new Parsed(i + 1, geometry, kind, props));
            } catch (InputException e) {
                if (policy == BadRowPolicy.FAIL) {
                    throw e;
                }
                skipped.add(i + 1);
                warnings.add(e.getMessage());
            }
        }
        if (!skipped.isEmpty()) {
            warnings.add(file.getFileName() + ": " + skipped.size() + " feature(s) left out: " + skipped);
        }
        return parsed;
    }

    private static String badRowAdvice() {
        return "Fix or remove the feature, or read the file with bad rows skipped";
    }

    private static GeometryKind majority(List<Parsed> parsed) {
        Map<GeometryKind, Integer> counts = new LinkedHashMap<>();
        parsed.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        GeometryKind best = null;
        for (Map.Entry<GeometryKind, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static List<Parsed> keepKind(List<Parsed> parsed, GeometryKind kind, List<String> warnings) {
        Map<GeometryKind, List<Integer>> others = new EnumMap<>(GeometryKind.class);
        List<Parsed> kept = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.kind() == kind) {
                kept.add(p);
            } else {
                others.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p.number());
            }
        }
        if (!others.isEmpty()) {
            warnings.add("the file mixes geometry kinds; the " + kept.size() + " " + kind.plural()
                    + " were kept and these features left out: " + others.entrySet().stream()
                    .map(e -> e.getValue().size() + " " + e.getKey().plural() + " (features "
                            + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining("; "))
                    + ". Split the file by geometry type to use the others");
        }
        return kept;
    }

    private static Class<? extends Geometry> binding(List<Parsed> kept, GeometryKind kind) {
        List<Class<? extends Geometry>> classes = kept.stream().<Class<? extends Geometry>>map(p -> p.geometry().getClass())
                .distinct().toList();
        if (classes.size() == 1) {
            return classes.get(0);
        }
        if (kind == null) {
            return Geometry.class;
        }
        return switch (kind) {
            case POINT -> MultiPoint.class;
            case LINE -> MultiLineString.class;
            case POLYGON -> MultiPolygon.class;
        };
    }
}
