package org.catchment.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.catchment.analysis.LayerRef;
import org.catchment.io.BadRows;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Crs;
import org.catchment.layer.Layer;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catchment inspect FILE}: a layer's schema, the CRS its file really has (declared, or
 * guessed with a warning), feature count and extent, in that CRS and in longitude/latitude. Rows
 * or features that cannot be used are counted and listed, not an error, so a file can be looked at
 * before it is fixed.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print a layer's fields, coordinate system, feature count and extent (in its own CRS and in"
                + " longitude/latitude).")
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a shapefile, GeoPackage (file.gpkg#table), GeoJSON or CSV")
    String file;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Override
    public Integer call() {
        LayerRef ref = LayerRef.parse(file, Path.of("").toAbsolutePath());
        Layer layer = LayerReader.readAsIs(ref.file(), ReadOptions.defaults().withTable(ref.table())
                .withBadRows(ReadOptions.BadRowPolicy.SKIP));
        int bad = BadRows.leftOut(layer);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Layer:    " + layer.name() + layer.source().map(s -> " (" + s + ")").orElse(""));
        out.println("Kind:     " + (layer.kind() == null ? "unknown" : layer.kind().plural()));
        out.println("Features: " + layer.size() + (bad == 0 ? "" : " (and " + bad + " bad " + (bad == 1 ? "row" : "rows")
                + " left out, listed below: a run stops at the first unless its facility type says bad_rows: skip)"));
        out.println("CRS:      " + Crs.describe(layer.crs()) + ": the file's own (a run reprojects every layer into"
                + " the analysis's working CRS)");
        Envelope e = layer.envelope();
        if (e.isNull()) {
            out.println("Extent:   empty");
        } else {
            if (!Crs.isGeographic(layer.crs())) {
                out.println(String.format(Locale.ROOT, "Extent:   x %.1f to %.1f, y %.1f to %.1f (%.0f m x %.0f m)",
                        e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY(), e.getWidth(), e.getHeight()));
            }
            Envelope lonLat = layer.crs() == null ? new Envelope() : Crs.lonLatExtent(e, layer.crs());
            out.println(lonLat.isNull() ? "Lon/lat:  unknown (no CRS)" : String.format(Locale.ROOT,
                    "Lon/lat:  longitude %.6f to %.6f, latitude %.6f to %.6f", lonLat.getMinX(), lonLat.getMaxX(),
                    lonLat.getMinY(), lonLat.getMaxY()));
        }
        out.println("Fields:");
        for (AttributeDescriptor d : layer.featureType().getAttributeDescriptors()) {
            out.println("  " + d.getLocalName() + ": " + d.getType().getBinding().getSimpleName());
        }
        layer.warnings().forEach(w -> out.println("warning: " + w));
        return Main.OK;
    }
}
