package org.catchment.io.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.catchment.CatchmentException;
import org.catchment.io.AtomicOutput;
import org.catchment.layer.GeometryKind;
import org.catchment.layer.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.h2gis.functions.io.dbf.internal.DBFDriver;
import org.h2gis.functions.io.dbf.internal.DbaseFileException;
import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a {@link Layer} as an ESRI shapefile: {@code .shp}, {@code .shx}, {@code .dbf} (UTF-8),
 * {@code .prj} (ESRI-style WKT, see {@link PrjText}, which GDAL and QGIS read by its EPSG code) and
 * {@code .cpg} ("UTF-8"). The {@code .dbf} goes through the H2GIS dBase driver (its record count
 * set before the driver starts, or the header says 0); the {@code .shp} and {@code .shx} are
 * written by {@link ShpWriter} because H2GIS miscounts multipolygon rings.
 *
 * <p>The five files are written into a hidden folder beside the target and each is then moved
 * into place through {@link AtomicOutput}, so no file is ever half written. Polygons are written
 * with the orientation the format requires (outer rings clockwise, holes counter-clockwise);
 * points become a POINT file unless some feature has several points (then MULTIPOINT). Columns:
 * see {@link DbfColumns}. Every feature needs a geometry (null shapes are not written). A
 * layer without a CRS gets no {@code .prj}, and an old one at the target is deleted.
 */
public final class ShapefileWriter {

    private static final List<String> PARTS = List.of("shp", "shx", "dbf", "prj", "cpg");

    private ShapefileWriter() {
    }

    /**
     * @param layer the layer (any CRS; it is written as it is)
     * @param shp   the {@code .shp} file to write; the other files go beside it
     * @throws CatchmentException if the layer cannot be a shapefile (mixed geometries, a feature
     *     without geometry, two attributes with the same 10-character name) or the folder is not writable
     */
    public static void write(Layer layer, Path shp) {
        if (!shp.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp")) {
            throw new CatchmentException(shp + ": a shapefile's name must end in .shp. Choose a name such as "
                    + ShapefileParts.baseName(shp) + ".shp");
        }
        int shapeType = shapeType(layer);
        List<DbfColumns.Column> columns = DbfColumns.of(layer);
        Path dir = shp.toAbsolutePath().getParent();
        String base = ShapefileParts.baseName(shp);
        Path staging = null;
        try {
            Files.createDirectories(dir);
            staging = Files.createTempDirectory(dir, "." + base + ".");
            Path staged = staging.resolve(base + ".shp");
            writeShapes(layer, staged, shapeType, columns);
            if (layer.crs() != null) {
                Files.writeString(ShapefileParts.withExtension(staged, "prj"), PrjText.of(layer.crs()), StandardCharsets.UTF_8);
            }
            Files.writeString(ShapefileParts.withExtension(staged, "cpg"), "UTF-8", StandardCharsets.US_ASCII);
            for (String ext : PARTS) {
                Path from = ShapefileParts.withExtension(staged, ext);
                Path to = ShapefileParts.withExtension(shp, ext);
                if (Files.exists(from)) {
                    AtomicOutput.write(to, temp -> AtomicOutput.move(from, temp));
                } else {
                    Files.deleteIfExists(to);
                }
            }
        } catch (IOException | DbaseFileException e) {
            throw new CatchmentException(shp + ": cannot write the shapefile (" + e.getMessage() + ")."
                    + " Check that the folder exists, is writable and has free space", e);
        } finally {
            deleteFolder(staging);
        }
    }

    private static void writeShapes(Layer layer, Path staged, int shapeType, List<DbfColumns.Column> columns)
            throws IOException, DbaseFileException {
        List<Geometry> geometries = new ArrayList<>(layer.size());
        for (SimpleFeature f : layer.features()) {
            geometries.add(forShapefile(Layer.geometry(f), shapeType));
        }
        ShpWriter.write(staged, ShapefileParts.withExtension(staged, "shx"), shapeType, geometries);
        DbaseFileHeader header = new DbaseFileHeader();
        header.setEncoding("UTF-8");
        for (DbfColumns.Column c : columns) {
            header.addColumn(c.name(), c.type(), c.width(), c.decimals());
        }
        header.setNumRecords(layer.size());
        DBFDriver driver = new DBFDriver();
        driver.initDriver(ShapefileParts.withExtension(staged, "dbf").toFile(), header);
        try {
            for (SimpleFeature f : layer.features()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    DbfColumns.Column c = columns.get(i);
                    row[i] = DbfColumns.value(c, f.getAttribute(c.attribute()));
                }
                driver.insertRow(row);
            }
        } finally {
            driver.close();
        }
        fixUpdateYear(ShapefileParts.withExtension(staged, "dbf"));
    }

    /**
     * The dBase header's year of last update counts from 1900; H2GIS writes the year modulo 100,
     * which GDAL reads as 19xx.
     */
    private static void fixUpdateYear(Path dbf) throws IOException {
        try (FileChannel ch = FileChannel.open(dbf, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {(byte) (LocalDate.now().getYear() - 1900)}), 1);
        }
    }

    private static int shapeType(Layer layer) {
        for (SimpleFeature f : layer.features()) {
            Geometry g = Layer.geometry(f);
            if (g == null || g.isEmpty()) {
                throw new CatchmentException(layer.name() + ": feature " + f.getID() + " has no geometry, which a"
                        + " shapefile cannot hold. Remove it first (or export to GeoPackage)");
            }
            if (GeometryKind.of(g) == null || GeometryKind.of(g) != layer.kind()) {
                throw new CatchmentException(layer.name() + ": feature " + f.getID() + " is a "
                        + g.getGeometryType() + " in a layer of " + (layer.kind() == null ? "mixed geometries"
                        : layer.kind().plural()) + "; a shapefile holds one kind. Split the layer by geometry type");
            }
        }
        GeometryKind kind = layer.kind();
        if (kind == null) {
            return ShpWriter.POINT;
        }
        return switch (kind) {
            case POINT -> layer.features().stream().anyMatch(f -> Layer.geometry(f).getNumGeometries() > 1)
                    ? ShpWriter.MULTIPOINT : ShpWriter.POINT;
            case LINE -> ShpWriter.POLYLINE;
            case POLYGON -> ShpWriter.POLYGON;
        };
    }

    /** @return the geometry in the form the shape type needs, polygons oriented as the format requires */
    static Geometry forShapefile(Geometry g, int type) {
        GeometryFactory gf = g.getFactory();
        if (type == ShpWriter.POINT && g instanceof MultiPoint mp) {
            return mp.getGeometryN(0);
        }
        if (type == ShpWriter.MULTIPOINT && g instanceof Point p) {
            return gf.createMultiPoint(new Point[] {p});
        }
        if (type == ShpWriter.POLYGON) {
            Polygon[] parts = new Polygon[g.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = oriented((Polygon) g.getGeometryN(i));
            }
            return gf.createMultiPolygon(parts);
        }
        return g;
    }

    private static Polygon oriented(Polygon p) {
        LinearRing shell = ring(p.getExteriorRing(), false);
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(p.getInteriorRingN(i), true);
        }
        return p.getFactory().createPolygon(shell, holes);
    }

    private static LinearRing ring(LinearRing r, boolean counterClockwise) {
        return Orientation.isCCW(r.getCoordinateSequence()) == counterClockwise ? r : r.reverse();
    }

    private static void deleteFolder(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(AtomicOutput::deleteQuietly);
        } catch (IOException ignored) {
            // best effort: the folder is hidden and holds only our own temporary files
        }
        AtomicOutput.deleteQuietly(dir);
    }
}
