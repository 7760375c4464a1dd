package org.catchment.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catchment.InputException;
import org.catchment.io.csv.CsvPointOptions;
import org.catchment.io.csv.CsvPointReader;
import org.catchment.io.geojson.GeoJsonReader;
import org.catchment.io.geopackage.GeoPackageReader;
import org.catchment.io.shapefile.ShapefileReader;
import org.catchment.layer.CoordinateCheck;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.catchment.layer.Reprojector;
import org.geotools.api.feature.simple.SimpleFeature;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads any supported layer file, chosen by its extension, and returns it in the working CRS,
 * EPSG:27700. After reading, the coordinates are checked against the CRS the file declares
 * ({@link CoordinateCheck}: longitude/latitude labelled British National Grid and the reverse
 * are refused with a message, never transformed into nonsense), then reprojected
 * ({@link Reprojector}). Every layer leaving this class is in EPSG:27700. With an extent
 * ({@link ReadOptions#extent()}) only the features whose envelope meets it are kept: the readers
 * that can skip records early do so, and the layer is filtered once more here, in EPSG:27700, so
 * the same features are kept whatever the format or CRS. With a filter ({@link ReadOptions#filter()})
 * only the features whose fields pass it are kept, before the coordinates are checked.
 */
public final class LayerReader {

    /** A format's reader. */
    @FunctionalInterface
    private interface Format {
        Layer read(Path file, ReadOptions options);
    }

    /** Readers by lower-case extension, in the order the error message lists them. */
    private static final Map<String, Format> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("shp", ShapefileReader::read);
        FORMATS.put("gpkg", GeoPackageReader::read);
        FORMATS.put("geojson", GeoJsonReader::read);
        FORMATS.put("json", GeoJsonReader::read);
        FORMATS.put("csv", (file, options) -> CsvPointReader.read(file, CsvPointOptions.defaults().withRead(options)));
    }

    private LayerReader() {
    }

    /**
     * @param file    the layer file
     * @param options how to read it (see {@link ReadOptions})
     * @return the layer in EPSG:27700, with its source and any load warnings
     * @throws InputException if the file does not exist, its format is not supported, it cannot
     *     be read or its coordinates contradict its CRS
     */
    public static Layer read(Path file, ReadOptions options) {
        if (!Files.exists(file)) {
            throw new InputException(file, null, "the file does not exist", "Check the path and the file name");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, null, "this is a folder, not a layer file",
                    "Give a file: " + supported());
        }
        Format format = FORMATS.get(extension(file));
        if (format == null) {
            throw new InputException(file, null, "the format '." + extension(file) + "' is not supported",
                    "Give one of: " + supported());
        }
        Layer read = format.read(file, options);
        if (options.filter() != null && !extension(file).equals("csv")) {
            read = read.filter(options.filter());
        }
        Layer layer = toWorkingCrs(file, read);
        return options.extent() == null ? layer : within(layer, options.extent());
    }

    /**
     * Tells cheaply whether a layer file can hold a feature within an extent: a shapefile's header
     * bounding box is compared ({@link ShapefileReader#mayIntersect}); other formats cannot be told
     * without reading.
     *
     * @param file      the layer file
     * @param bngExtent the extent, EPSG:27700
     * @return false only when the file certainly has no feature within the extent
     */
    public static boolean mayIntersect(Path file, Envelope bngExtent) {
        return !extension(file).equals("shp") || !Files.isRegularFile(file) || ShapefileReader.mayIntersect(file, bngExtent);
    }

    private static Layer within(Layer layer, Envelope extent) {
        List<SimpleFeature> kept = new ArrayList<>();
        for (SimpleFeature f : layer.features()) {
            Geometry g = Layer.geometry(f);
            if (g != null && g.getEnvelopeInternal().intersects(extent)) {
                kept.add(f);
            }
        }
        if (kept.size() == layer.size()) {
            return layer;
        }
        Layer out = Layer.of(layer.name(), layer.featureType(), kept);
        if (layer.source().isPresent()) {
            out = out.withSource(layer.source().get());
        }
        for (String w : layer.warnings()) {
            out = out.withWarning(w);
        }
        return out;
    }

    /**
     * Reads a CSV of points with column or postcode options, checked and reprojected as
     * {@link #read(Path, ReadOptions)} does.
     */
    public static Layer read(Path csv, CsvPointOptions options) {
        if (!Files.isRegularFile(csv)) {
            throw new InputException(csv, null, "the file does not exist", "Check the path and the file name");
        }
        return toWorkingCrs(csv, CsvPointReader.read(csv, options));
    }

    private static Layer toWorkingCrs(Path file, Layer layer) {
        CoordinateCheck.check(file, layer.envelope(), layer.crs());
        Layer bng = Reprojector.toCrs(layer, Crs.bng());
        CoordinateCheck.checkInGreatBritain(file, bng.envelope(), layer.crs());
        return bng;
    }

    /** @return the supported extensions, for messages: ".shp, .geojson, .json" */
    static String supported() {
        return String.join(", ", FORMATS.keySet().stream().map(e -> "." + e).toList());
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
