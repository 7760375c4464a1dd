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
import org.catchment.layer.WorkingCrs;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads any supported layer file, chosen by its extension, and returns it in the working CRS
 * ({@link ReadOptions#workingCrs()}, or the {@code auto} rule of {@link WorkingCrs} applied to the
 * layer when none is given). After reading, the coordinates are checked against the CRS the file
 * declares ({@link CoordinateCheck}: longitude/latitude labelled as metres and the reverse are
 * refused with a message, never transformed into nonsense), reprojected ({@link Reprojector}) and
 * checked to lie within the working CRS's area of use. With an extent ({@link ReadOptions#extent()})
 * only the features whose envelope meets it are kept: the readers that can skip records early do
 * so, and the layer is filtered once more here, in the working CRS, so the same features are kept
 * whatever the format or CRS. With a filter ({@link ReadOptions#filter()}) only the features whose
 * fields pass it are kept, before the coordinates are checked. {@link #readAsIs} reads a layer in its own CRS (what
 * {@code catchment inspect} reports) and {@link #extent} tells a file's extent cheaply.
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
     * @return the layer in the working CRS, with its source and any load warnings
     * @throws InputException if the file does not exist, its format is not supported, it cannot
     *     be read or its coordinates contradict its CRS
     */
    public static Layer read(Path file, ReadOptions options) {
        Layer layer = toWorkingCrs(file, readOwn(file, options), options.workingCrs());
        return options.extent() == null ? layer : within(layer, options.extent());
    }

    /**
     * Reads a layer in the CRS its file has (declared, given by {@link ReadOptions#crs()}, or
     * guessed with a warning), filtered as the options say, its coordinates checked against that
     * CRS but not reprojected.
     *
     * @throws InputException as {@link #read(Path, ReadOptions)}
     */
    public static Layer readAsIs(Path file, ReadOptions options) {
        Layer layer = readOwn(file, options.withExtent(null));
        CoordinateCheck.check(file, layer.envelope(), layer.crs());
        return layer;
    }

    /** @return the layer as its format reads it, in its own CRS, with the options' filter applied */
    private static Layer readOwn(Path file, ReadOptions options) {
        InputFiles.requireRegularFile(file, "a layer file (" + supported() + ")");
        Layer read = format(file).read(file, options);
        if (options.filter() != null && !extension(file).equals("csv")) {
            read = read.filter(options.filter());
        }
        return read;
    }

    private static Format format(Path file) {
        Format format = FORMATS.get(extension(file));
        if (format == null) {
            throw new InputException(file, null, "the format '." + extension(file) + "' is not supported",
                    "Give one of: " + supported());
        }
        return format;
    }

    /**
     * Tells cheaply whether a layer file can hold a feature within an extent: a shapefile's header
     * bounding box is compared ({@link ShapefileReader#mayIntersect}); other formats cannot be told
     * without reading.
     *
     * @param file          the layer file
     * @param workingExtent the extent, in the working CRS
     * @param workingCrs    the working CRS
     * @return false only when the file certainly has no feature within the extent
     */
    public static boolean mayIntersect(Path file, Envelope workingExtent, CoordinateReferenceSystem workingCrs) {
        return !extension(file).equals("shp") || !Files.isRegularFile(file)
                || ShapefileReader.mayIntersect(file, workingExtent, workingCrs);
    }

    /**
     * The extent of a layer file in its own CRS, told cheaply where the format allows: a
     * shapefile's header, a GeoPackage table's R-tree or contents row; other formats are read.
     *
     * @param file  the layer file
     * @param table the GeoPackage table, or null
     * @return the extent with its CRS (null when the file has none and it cannot be guessed); a
     *     null envelope for an empty layer
     * @throws InputException when the file cannot be read
     */
    public static ReferencedEnvelope extent(Path file, String table) {
        ReferencedEnvelope quick = switch (extension(file)) {
            case "shp" -> ShapefileReader.extent(file);
            case "gpkg" -> GeoPackageReader.extent(file, table);
            default -> null;
        };
        if (quick != null) {
            return quick;
        }
        Layer layer = readAsIs(file, ReadOptions.defaults().withTable(table));
        return new ReferencedEnvelope(layer.envelope(), layer.crs());
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
        InputFiles.requireRegularFile(csv, "a CSV file");
        return toWorkingCrs(csv, CsvPointReader.read(csv, options), options.read().workingCrs());
    }

    /**
     * Checks a layer read in its own CRS and reprojects it into the working CRS.
     *
     * @param file       the file it came from, for messages
     * @param layer      the layer in its own CRS
     * @param workingCrs the working CRS; null: the {@code auto} rule applied to this layer
     * @return the layer in the working CRS
     * @throws InputException if its coordinates contradict its CRS or lie outside the working CRS's area of use
     */
    public static Layer toWorkingCrs(Path file, Layer layer, CoordinateReferenceSystem workingCrs) {
        Envelope extent = layer.envelope();
        CoordinateCheck.check(file, extent, layer.crs());
        if (layer.crs() == null) {
            return Reprojector.toCrs(layer, workingCrs);
        }
        if (extent.isNull()) {
            return workingCrs == null ? layer : Reprojector.toCrs(layer, workingCrs);
        }
        Envelope lonLat = Crs.lonLatExtent(extent, layer.crs());
        CoordinateReferenceSystem target = workingCrs != null ? workingCrs : WorkingCrs.auto(lonLat).crs();
        CoordinateCheck.checkInAreaOfUse(file, lonLat, target, layer.crs(), extent);
        return Reprojector.toCrs(layer, target);
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
