package org.catchment.export;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.catchment.CancelledException;
import org.catchment.CatchmentException;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisSpec;
import org.catchment.analysis.OutputSpec;
import org.catchment.analysis.AtlasOf;
import org.catchment.analysis.OutputNames;
import org.catchment.io.FileOps;
import org.catchment.io.IoReasons;
import org.catchment.io.StagedFolder;
import org.catchment.layer.Layer;
import org.catchment.overlay.Desert;
import org.catchment.overlay.Zone;
import org.catchment.render.MapDocument;
import org.catchment.render.MapLayer;
import org.catchment.render.Palette;
import org.catchment.render.Style;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * An atlas: the same map once per place (each ward, or each desert), for a report. Each page is a
 * copy of a template map (the deserts map on the command line, the map as shown in the app) titled
 * with the place's name, zoomed to the place with a margin ({@link #extent}), the place outlined
 * and the rest of the page dimmed. Its file name is {@code <prefix>_<name>.png} (the name alone
 * when it starts with the prefix: {@code desert_3.png} for "desert 3") with the name made
 * safe for every file system ({@link #safeName}: ASCII letters, digits and {@code _}, unique within
 * the atlas). The command line writes the pages into the output folder's {@value #FOLDER} folder
 * ({@code output.atlas}), the app into a folder the user chooses.
 */
public final class Atlas {

    /** The output folder's subfolder the command line writes an atlas into. */
    public static final String FOLDER = OutputNames.ATLAS;
    /** The share of a place's larger side added around it on its page. */
    static final double MARGIN = 0.08;
    /** The least a page shows around a small place, metres. */
    static final double MIN_SIDE_M = 600;
    private static final int MAX_NAME = 60;
    private static final Color DIM = new Color(255, 255, 255);

    private Atlas() {
    }

    /**
     * A place an atlas has a page of.
     *
     * @param name     its name (a ward's name, "desert 3")
     * @param area     its outline, in the map's CRS
     * @param subtitle what the page says of it under the title, or null
     */
    public record Place(String name, Geometry area, String subtitle) {
    }

    /**
     * One page.
     *
     * @param fileName the page's file name
     * @param place    the place it shows
     * @param document the map
     */
    public record Page(String fileName, Place place, MapDocument document) {
    }

    /**
     * @param template the map every page copies (its layers, credits, basemap, legend and, for a
     *                 place that says nothing of itself, its subtitle)
     * @param title    the pages' title; each page adds ": " and its place's name
     * @param prefix   the file names' prefix, e.g. {@code ward}
     * @param places   the places, in order
     * @return one page per place
     */
    public static List<Page> pages(MapDocument template, String title, String prefix, List<Place> places) {
        List<Page> pages = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Place p : places) {
            Envelope extent = extent(p.area());
            MapDocument.Builder doc = template.toBuilder().title(title + ": " + p.name())
                    .subtitle(p.subtitle() != null ? p.subtitle() : template.subtitle()).extent(extent);
            focus(p.area(), extent).forEach(doc::layer);
            String safe = safeName(p.name());
            String name = safe.startsWith(prefix + "_") ? safe : prefix + "_" + safe;
            pages.add(new Page(unique(name, used) + ".png", p, doc.build()));
        }
        return pages;
    }

    /**
     * @return the command line's atlas of a result ({@code output.atlas}): a page of the deserts map
     *     per study-area zone ({@code ward_<name>.png}) or per desert ({@code desert_<id>.png}), at
     *     the analysis's map size; empty for {@link AtlasOf#NONE}
     */
    public static List<MapExport.Map> maps(MapExport maps, AtlasOf of) {
        if (of == AtlasOf.NONE) {
            return List.of();
        }
        AnalysisResult result = maps.result();
        OutputSpec o = result.analysis().spec().output();
        String prefix = of == AtlasOf.WARDS ? "ward" : "desert";
        return pages(maps.desertMap(), result.analysis().spec().name(), prefix, places(result, of)).stream()
                .map(p -> new MapExport.Map(p.fileName(), p.document(), o.widthPx(), o.heightPx(), o.dpi())).toList();
    }

    /** @return the result's study-area zones or deserts as places, with what each page says of them */
    public static List<Place> places(AnalysisResult result, AtlasOf of) {
        List<Place> places = new ArrayList<>();
        if (of == AtlasOf.WARDS) {
            for (Zone z : result.studyArea().zones()) {
                places.add(new Place(z.name(), z.geometry(), wardSubtitle(z, result.deserts().deserts())));
            }
        } else if (of == AtlasOf.DESERTS) {
            Map<String, String> labels = new HashMap<>();
            result.types().forEach(t -> labels.put(t.spec().type(), t.spec().label()));
            for (Desert d : result.deserts().deserts()) {
                places.add(new Place("desert " + d.id(), d.geometry(), desertSubtitle(d, labels)));
            }
        }
        return places;
    }

    /**
     * @param zones     a zone layer (the study area's, as the app draws it before a run)
     * @param nameField the field naming each zone, or null ("ward 1", "ward 2", ...)
     * @return its zones as places, named by the field
     */
    public static List<Place> places(Layer zones, String nameField) {
        String field = nameField == null ? null : zones.findAttribute(nameField).orElse(null);
        List<Place> out = new ArrayList<>();
        int n = 0;
        for (var f : zones.features()) {
            Geometry g = Layer.geometry(f);
            n++;
            if (g != null && !g.isEmpty()) {
                Object name = field == null ? null : f.getAttribute(field);
                out.add(new Place(name == null ? "ward " + n : name.toString(), g, null));
            }
        }
        return out;
    }

    /**
     * @return what a page of the place shows: its envelope grown by {@value #MARGIN} of its larger
     *     side on every side, and to at least {@value #MIN_SIDE_M} m across (a page grows it further
     *     to its frame's shape, never less)
     */
    public static Envelope extent(Geometry area) {
        Envelope e = new Envelope(area.getEnvelopeInternal());
        double side = Math.max(e.getWidth(), e.getHeight());
        e.expandBy(side * MARGIN);
        e.expandBy(Math.max(0, (MIN_SIDE_M - e.getWidth()) / 2), Math.max(0, (MIN_SIDE_M - e.getHeight()) / 2));
        return e;
    }

    /**
     * Writes an atlas's pages into a folder as one unit: the pages are drawn into a hidden staging
     * folder beside it, then put in its place ({@link StagedFolder}), so a failure or cancellation
     * leaves the old folder (or none) and never a mix of two atlases.
     *
     * @param pages     the pages
     * @param folder    the atlas folder (replaced when it exists)
     * @param cancelled polled between pages
     * @return the pages written, sorted
     * @throws CatchmentException naming the folder, when it is a file or cannot be written
     */
    public static List<Path> write(List<MapExport.Map> pages, Path folder, BooleanSupplier cancelled) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new CatchmentException(target + ": the atlas folder would go here, but this is a file. Move it away"
                    + " or choose another folder.");
        }
        String name = target.getFileName().toString();
        try {
            Files.createDirectories(target.getParent());
            try (StagedFolder staging = StagedFolder.create(target.getParent(), FileOps.SYSTEM)) {
                Path drawn = Files.createDirectory(staging.file(name));
                for (MapExport.Map page : pages) {
                    page.write(drawn.resolve(page.fileName()));
                    if (cancelled.getAsBoolean()) {
                        throw new CancelledException();
                    }
                }
                staging.commit(List.of(name));
            }
            try (Stream<Path> files = Files.list(target)) {
                return files.sorted().toList();
            }
        } catch (IOException e) {
            throw new CatchmentException(target + ": the atlas could not be written here (" + IoReasons.of(e) + ");"
                    + " the folder was left as it was. Choose a folder you may write to.", e);
        }
    }

    /**
     * @return a name as a file name may hold it everywhere: accents dropped, lower case, runs of other
     *     characters as one {@code _}, at most {@value #MAX_NAME} characters; "page" when nothing is left
     */
    public static String safeName(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String safe = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, MAX_NAME).replaceAll("_+$", "");
        }
        return safe.isEmpty() ? "page" : safe;
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int k = 2; !used.add(n); k++) {
            n = name + "_" + k;
        }
        return n;
    }

    /** @return the layers that pick the place out: the rest of the page dimmed, the place outlined */
    private static List<MapLayer> focus(Geometry area, Envelope extent) {
        Envelope outside = new Envelope(extent);
        outside.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 3);
        Geometry rest = new GeometryFactory().toGeometry(outside).difference(area);
        return List.of(
                MapLayer.of("atlas: elsewhere", List.of(rest), Style.polygon(DIM, null, 0).withOpacity(0.55))
                        .withInLegend(false),
                MapLayer.of("atlas: this place", List.of(area), Style.polygon(null, Palette.STUDY_AREA, 2.5))
                        .withInLegend(false));
    }

    private static String wardSubtitle(Zone zone, List<Desert> deserts) {
        double inDeserts = 0;
        List<String> ids = new ArrayList<>();
        for (Desert d : deserts) {
            if (d.geometry().getEnvelopeInternal().intersects(zone.geometry().getEnvelopeInternal())) {
                double a = d.geometry().intersection(zone.geometry()).getArea();
                if (a > 0) {
                    inDeserts += a;
                    ids.add(Integer.toString(d.id()));
                }
            }
        }
        if (ids.isEmpty()) {
            return "No desert in this ward";
        }
        return String.format(Locale.ROOT, "%.1f ha in deserts (%.1f%% of the ward): %s %s", inDeserts / 10_000,
                100 * inDeserts / zone.geometry().getArea(), ids.size() == 1 ? "desert" : "deserts", String.join(", ", ids));
    }

    private static String desertSubtitle(Desert d, Map<String, String> labels) {
        List<String> missing = d.missingTypes().stream().map(t -> labels.getOrDefault(t, t)).toList();
        return String.format(Locale.ROOT, "%s: %.1f ha missing %s%s", String.join(", ", d.wards()), d.areaM2() / 10_000,
                String.join(", ", missing), d.residents() == null ? ""
                        : String.format(Locale.ROOT, "; %.0f residents", d.residents()));
    }
}
