package org.catchment.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.catchment.io.BadRowException;
import org.catchment.io.Features;
import org.catchment.io.InputFiles;
import org.catchment.io.MissingGeometries;
import org.catchment.io.ReadOptions.BadRowPolicy;
import org.catchment.io.ReadOptions;
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
 * are left out with a warning listing them; a feature with a geometry collection or a position of
 * fewer than two numbers is a bad row ({@link ReadOptions#badRows()}), and features with no
 * geometry (null or empty) are counted as in every format ({@link MissingGeometries}). Feature ids are {@code <layer>.<n>}, n the
 * 1-based position in the file. Invalid JSON is an {@link InputException} giving line and column.
 *
 * <p>The file is streamed: each feature is turned into a geometry and its properties as soon as
 * it is read, so the coordinates are never held twice (as JSON and as geometries).
 */
public final class GeoJsonReader {

    private static final Pattern EPSG = Pattern.compile("EPSG:(?:[0-9.]*:)?(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final String EXPORT_AGAIN = "Check the file in a GeoJSON validator or export it again";
    private static final String BAD_ROW_FIX = "Fix or remove the feature";

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
        String name = Features.layerName(file);
        List<String> warnings = new ArrayList<>();
        FeatureStream features = new FeatureStream(file, options.badRows(), warnings);
        Document doc = stream(file, features);
        CoordinateReferenceSystem crs = crs(file, doc.crs(), options);
        List<Parsed> parsed = features.parsed(doc);
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

    /**
     * The top level of the file as read: its type, "crs" member and, for a single Feature, the
     * feature itself; the features of a collection are parsed one at a time while reading, so the
     * file's coordinates are never held as one JSON tree.
     */
    private record Document(String type, JsonNode crs, boolean hasFeatureArray, ObjectNode single) {
    }

    private static Document stream(Path file, FeatureStream features) {
        InputFiles.requireRegularFile(file, "a GeoJSON file");
        ObjectMapper mapper = new ObjectMapper();
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            if (Files.size(file) == 0) {
                throw new InputException(file, null, "the file is empty (0 bytes)", EXPORT_AGAIN);
            }
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(file, null, "the file is JSON but not a GeoJSON object", EXPORT_AGAIN);
            }
            String type = "";
            JsonNode crs = null;
            boolean array = false;
            ObjectNode single = mapper.createObjectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "type" -> type = value == JsonToken.VALUE_STRING ? p.getText() : "";
                    case "crs" -> crs = p.readValueAsTree();
                    case "features" -> {
                        if (value == JsonToken.START_ARRAY) {
                            array = true;
                            while (p.nextToken() != JsonToken.END_ARRAY) {
                                features.add(p.readValueAsTree());
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "geometry", "properties" -> single.set(field, p.readValueAsTree());
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new InputException(file, where(p.currentLocation()), "the file has more after its GeoJSON object",
                        EXPORT_AGAIN);
            }
            return new Document(type, crs, array, single);
        } catch (JsonProcessingException e) {
            throw new InputException(file, where(e.getLocation()), "the file is not valid JSON ("
                    + e.getOriginalMessage() + ")", EXPORT_AGAIN, e);
        } catch (IOException e) {
            throw new InputException(file, null, "cannot read the file (" + e.getMessage() + ")",
                    "Check that it is readable", e);
        }
    }

    private static String where(JsonLocation at) {
        return at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr();
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

    /** Turns features into {@link Parsed} ones as they are read, applying the bad-row policy. */
    private static final class FeatureStream {

        private final Path file;
        private final BadRowPolicy policy;
        private final List<String> warnings;
        private final org.locationtech.jts.io.geojson.GeoJsonReader geometries =
                new org.locationtech.jts.io.geojson.GeoJsonReader(new GeometryFactory());
        private final List<Parsed> parsed = new ArrayList<>();
        private final List<Integer> skipped = new ArrayList<>();
        private final MissingGeometries missing;
        private int count;

        FeatureStream(Path file, BadRowPolicy policy, List<String> warnings) {
            this.file = file;
            this.policy = policy;
            this.warnings = warnings;
            this.missing = new MissingGeometries(file, null);
        }

        void add(JsonNode f) {
            count++;
            try {
                Parsed p = parse(f, count);
                if (p == null) {
                    missing.add(Features.layerName(file) + "." + count);
                } else {
                    parsed.add(p);
                }
            } catch (InputException e) {
                if (policy == BadRowPolicy.FAIL) {
                    throw e;
                }
                skipped.add(count);
                warnings.add(e.getMessage());
            }
        }

        /** @return the usable features, once the file is read; a single Feature is parsed now */
        List<Parsed> parsed(Document doc) {
            if (doc.type().equals("Feature")) {
                add(doc.single());
            } else if (!doc.type().equals("FeatureCollection") || !doc.hasFeatureArray()) {
                throw new InputException(file, null, "this is not a GeoJSON FeatureCollection (its type is '"
                        + doc.type() + "')", "Give a FeatureCollection of points, lines or polygons, as QGIS or ogr2ogr"
                        + " export it");
            }
            if (!skipped.isEmpty()) {
                warnings.add(file.getFileName() + ": " + skipped.size() + " feature(s) left out: " + skipped);
            }
            String none = missing.check(policy);
            if (none != null) {
                warnings.add(none);
            }
            return parsed;
        }

        private Parsed parse(JsonNode f, int number) {
            String where = "feature " + number;
            JsonNode g = f.get("geometry");
            if (g == null || g.isNull()) {
                return null;
            }
            String shortPosition = GeoJsonPositions.shortPosition(g);
            if (shortPosition != null) {
                throw new BadRowException(file, where, "the position " + shortPosition + " has fewer than two numbers;"
                        + " a GeoJSON position is [longitude, latitude] (or [easting, northing])", BAD_ROW_FIX);
            }
            Geometry geometry;
            try {
                geometry = geometries.read(g.toString());
            } catch (org.locationtech.jts.io.ParseException | RuntimeException e) {
                throw new BadRowException(file, where, "the geometry cannot be read" + (e.getMessage() == null ? ""
                        : " (" + e.getMessage().lines().findFirst().orElse("") + ")"), BAD_ROW_FIX, e);
            }
            if (geometry.isEmpty()) {
                return null;
            }
            GeometryKind kind = GeometryKind.of(geometry);
            if (kind == null) {
                throw new BadRowException(file, where, "the geometry is a " + geometry.getGeometryType()
                        + ", not a point, line or polygon", BAD_ROW_FIX);
            }
            Map<String, JsonNode> props = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                props.put(e.getKey(), e.getValue());
            }
            return new Parsed(number, geometry, kind, props);
        }
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
