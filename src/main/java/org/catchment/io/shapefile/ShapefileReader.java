package org.catchment.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.catchment.InputException;
import org.catchment.io.CrsGuess;
import org.catchment.io.Features;
import org.catchment.io.InputFiles;
import org.catchment.io.ReadOptions;
import org.catchment.layer.CoordinateCheck;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Reads an ESRI shapefile ({@code .shp} with its {@code .shx}, {@code .dbf} and, where present,
 * {@code .prj} and {@code .cpg}) into a {@link Layer} in the file's own CRS.
 *
 * <p>Geometries: points stay {@link Point}s, multipoints {@link MultiPoint}s; polylines are read
 * as {@link MultiLineString} and polygons as {@link MultiPolygon} (a shapefile does not tell one
 * part from several). Attributes: see {@link DbfField} for the type of each dBase column.
 * Feature ids are {@code <layer>.<n>}, n the 1-based record number, so they stay stable when
 * bad records are skipped.
 *
 * <p>CRS: from the {@code .prj} ({@link Crs#fromWkt}); without one, the caller's
 * {@link ReadOptions#crs()}, else a guess from the coordinates, with a warning on the layer either
 * way. Encoding: {@link ReadOptions#encoding()}, else the {@code .cpg}, else Windows-1252.
 * Damaged files (missing parts, cut off, fewer attribute records than shapes) are
 * {@link InputException}s naming the file, the record and what to do. Files are only read.
 *
 * <p>Extent ({@link ReadOptions#extent()}): when the file's coordinates are in the working CRS
 * (its {@code .prj}, or the CRS given for a file without one), records whose bounding box misses
 * the extent are skipped before their geometry or attributes are built; {@link #mayIntersect}
 * tells from the 100-byte header alone whether a file can hold any such record. In another CRS
 * the file is read whole and {@link org.catchment.io.LayerReader} filters it after reprojection.
 */
public final class ShapefileReader {

    private static final String COPY_ALL = "A shapefile is several files with the same name: copy the .shp, .shx,"
            + " .dbf, .prj and .cpg together from the same place";

    private ShapefileReader() {
    }

    /**
     * @param shp     the {@code .shp} file
     * @param options CRS to assume without a {@code .prj}, encoding override, bad-record policy
     * @return the layer, named after the file, in the file's CRS, with its source set
     * @throws InputException if the shapefile is incomplete, damaged or its CRS cannot be read
     */
    public static Layer read(Path shp, ReadOptions options) {
        InputFiles.requireRegularFile(shp, "a shapefile (.shp)");
        ShapefileParts parts = ShapefileParts.of(shp);
        String base = ShapefileParts.baseName(shp);
        if (parts.shx() == null) {
            throw new InputException(shp, null, "the index file " + base + ".shx is missing", COPY_ALL
                    + " (or rebuild the index with ogr2ogr or QGIS)");
        }
        if (parts.dbf() == null) {
            throw new InputException(shp, null, "the attribute table " + base + ".dbf is missing", COPY_ALL);
        }
        CoordinateReferenceSystem declared = parts.prj() != null ? fromPrj(parts.prj()) : options.crs();
        Envelope within = options.extent() != null && Crs.sameAs(declared, options.workingCrs()) ? options.extent() : null;
        ShapefileChecks.Layout layout = ShapefileChecks.check(parts, within);
        Class<? extends Geometry> binding = binding(parts, layout.shapeType());
        List<String> warnings = new ArrayList<>();
        DbfEncoding.Choice encoding = DbfEncoding.choose(options.encoding(), parts.cpg(), parts.dbf(), warnings::add);
        ShapeRecords.Table table = ShapeRecords.read(parts, layout, encoding, options.badRows(), warnings::add);
        CoordinateReferenceSystem crs = parts.prj() != null ? declared : crs(parts, options, envelope(table), warnings);
        Layer layer = build(base, binding, crs, table, warnings).withSource(shp);
        for (String w : warnings) {
            layer = layer.withWarning(w);
        }
        return layer;
    }

    /**
     * Tells from the shapefile's header whether it can hold a record within an extent, without
     * reading any record (a national tile far from the study area is then never opened further).
     *
     * @param shp           the {@code .shp} file
     * @param workingExtent the extent, in the working CRS
     * @param workingCrs    the working CRS
     * @return false only when the header's bounding box, taken into the working CRS (from the
     *     {@code .prj}, or the working CRS's coordinates without one), misses the extent; true when
     *     it meets it or cannot be told (a short or unreadable file: reading will say)
     */
    public static boolean mayIntersect(Path shp, Envelope workingExtent, CoordinateReferenceSystem workingCrs) {
        ReferencedEnvelope box;
        try {
            box = header(shp, workingCrs);
        } catch (InputException e) {
            return true;
        }
        if (box == null || box.getCoordinateReferenceSystem() == null) {
            return true;
        }
        Envelope inWorking = Crs.transform(box, box.getCoordinateReferenceSystem(), workingCrs);
        return inWorking.isNull() || inWorking.intersects(workingExtent);
    }

    /**
     * @param shp the {@code .shp} file
     * @return the bounding box of its header in its CRS (the {@code .prj}'s, else guessed from the
     *     box; null CRS when neither), or null when the header cannot be read
     * @throws InputException if the {@code .prj} cannot be read
     */
    public static ReferencedEnvelope extent(Path shp) {
        return header(shp, null);
    }

    private static ReferencedEnvelope header(Path shp, CoordinateReferenceSystem workingCrs) {
        ByteBuffer header = ByteBuffer.allocate(ShapefileChecks.SHP_HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        long size;
        try (FileChannel ch = FileChannel.open(shp, StandardOpenOption.READ)) {
            size = ch.size();
            while (header.hasRemaining() && ch.read(header) >= 0) {
                // read the whole header
            }
        } catch (IOException e) {
            return null;
        }
        if (header.hasRemaining()) {
            return null;
        }
        Envelope box = size <= ShapefileChecks.SHP_HEADER_BYTES ? new Envelope()
                : new Envelope(header.getDouble(36), header.getDouble(52), header.getDouble(44), header.getDouble(60));
        Path prj = ShapefileParts.of(shp).prj();
        CoordinateReferenceSystem crs = prj != null ? fromPrj(prj) : CrsGuess.guess(box, workingCrs);
        return new ReferencedEnvelope(box, crs);
    }

    private static Layer build(String name, Class<? extends Geometry> binding, CoordinateReferenceSystem crs,
                               ShapeRecords.Table table, List<String> warnings) {
        List<String> names = Features.unique(table.fields().stream().map(DbfField::name).toList(), warnings::add);
        List<Features.Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            columns.add(new Features.Column(names.get(i), table.fields().get(i).binding()));
        }
        SimpleFeatureType type = Features.type(name, binding, crs, columns);
        SimpleFeatureBuilder fb = new SimpleFeatureBuilder(type);
        List<SimpleFeature> features = new ArrayList<>(table.rows().size());
        for (ShapeRecords.Row row : table.rows()) {
            fb.add(Features.as(row.geometry(), binding));
            for (Object v : row.values()) {
                fb.add(v);
            }
            features.add(fb.buildFeature(name + "." + row.number()));
        }
        return Layer.of(name, type, features);
    }

    private static Class<? extends Geometry> binding(ShapefileParts parts, int shapeType) {
        return switch (shapeType) {
            case 0 -> Geometry.class;
            case 1, 11, 21 -> Point.class;
            case 8, 18, 28 -> MultiPoint.class;
            case 3, 13, 23 -> MultiLineString.class;
            case 5, 15, 25 -> MultiPolygon.class;
            default -> throw new InputException(parts.shp(), null, "the shape type " + shapeType
                    + " is not supported (only points, multipoints, lines and polygons are)",
                    "Convert the file to points, lines or polygons in QGIS or with ogr2ogr");
        };
    }

    private static Envelope envelope(ShapeRecords.Table table) {
        Envelope e = new Envelope();
        for (ShapeRecords.Row row : table.rows()) {
            if (row.geometry() != null) {
                e.expandToInclude(row.geometry().getEnvelopeInternal());
            }
        }
        return e;
    }

    private static CoordinateReferenceSystem crs(ShapefileParts parts, ReadOptions options, Envelope extent,
                                                 List<String> warnings) {
        if (parts.prj() != null) {
            return fromPrj(parts.prj());
        }
        String prjName = ShapefileParts.baseName(parts.shp()) + ".prj";
        if (options.crs() != null) {
            warnings.add(parts.shp() + ": there is no " + prjName + "; the coordinates were taken to be "
                    + Crs.label(options.crs()) + ", as given");
            return options.crs();
        }
        CoordinateReferenceSystem guess = CrsGuess.guess(extent, options.workingCrs());
        if (guess == null) {
            CoordinateCheck.Looks looks = CoordinateCheck.seemsToBe(extent);
            throw new InputException(parts.shp(), null, "there is no " + prjName + " and the coordinates are"
                    + " neither longitude/latitude nor British National Grid" + (looks == null ? "" : "; they look like "
                    + looks.what()), "Give the layer's CRS (the crs key of the layer, e.g. EPSG:32632) or add the .prj file");
        }
        warnings.add(parts.shp() + ": there is no " + prjName + "; the CRS was guessed from the coordinates as "
                + CrsGuess.describe(guess, options.workingCrs()) + ". Add the .prj or give the CRS if this is wrong");
        return guess;
    }

    private static CoordinateReferenceSystem fromPrj(Path prj) {
        String wkt;
        try {
            wkt = Files.readString(prj, StandardCharsets.ISO_8859_1).trim();
        } catch (IOException e) {
            throw new InputException(prj, null, "cannot read the projection file (" + e.getMessage() + ")",
                    "Check that it is readable", e);
        }
        if (wkt.isEmpty()) {
            throw new InputException(prj, null, "the projection file is empty",
                    "Delete it and give the layer's CRS (the crs key of the layer), or replace it with the right .prj");
        }
        try {
            return Crs.fromWkt(wkt);
        } catch (Exception e) {
            throw new InputException(prj, null, "the projection file cannot be read as a coordinate reference system ("
                    + e.getMessage() + ")", "Replace it with a correct .prj, or delete it and give the layer's CRS"
                    + " (the crs key of the layer)", e);
        }
    }
}
