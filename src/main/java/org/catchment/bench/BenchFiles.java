package org.catchment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catchment.analysis.Analysis;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.io.shapefile.ShapefileWriter;
import org.catchment.layer.Layer;
import org.catchment.network.NetworkLink;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/** What the cases that run whole analyses share: their input files (feature types, road links) and the analysis file. */
final class BenchFiles {

    private BenchFiles() {
    }

    /** @return a feature type in the synthetic networks' CRS with a geometry and text attributes */
    static SimpleFeatureType type(String name, Class<? extends Geometry> geometry, String... attributes) {
        SimpleFeatureTypeBuilder b = new SimpleFeatureTypeBuilder();
        b.setName(name);
        b.setCRS(SyntheticNetwork.crs());
        b.add("geometry", geometry);
        for (String a : attributes) {
            b.add(a, String.class);
        }
        return b.buildFeatureType();
    }

    /** Writes links as an OS Open Roads RoadLink shapefile (identifier, start and end node, function). */
    static void writeRoadLinks(List<NetworkLink> links, String name, Path shp) {
        writeRoadLinks(links, links.stream().map(l -> l.walkable() ? "Local Road" : "Motorway").toList(), name, shp);
    }

    /**
     * Writes links as an OS Open Roads RoadLink shapefile with their road functions ("A Road",
     * "Local Road", "Motorway"...), given in the links' order.
     */
    static void writeRoadLinks(List<NetworkLink> links, List<String> functions, String name, Path shp) {
        GeometryFactory gf = new GeometryFactory();
        SimpleFeatureType roadType = type(name, MultiLineString.class, "identifier", "startNode", "endNode", "function");
        List<SimpleFeature> roads = new ArrayList<>(links.size());
        SimpleFeatureBuilder rb = new SimpleFeatureBuilder(roadType);
        for (int i = 0; i < links.size(); i++) {
            NetworkLink l = links.get(i);
            rb.add(gf.createMultiLineString(new LineString[] {l.geometry()}));
            rb.add(l.id());
            rb.add(l.startNode());
            rb.add(l.endNode());
            rb.add(functions.get(i));
            roads.add(rb.buildFeature(null));
        }
        ShapefileWriter.write(Layer.of(name, roadType, roads), shp);
    }

    /** Writes the analysis file and reads it back as the command line would. */
    static Analysis analysis(String yaml, Path file) {
        try {
            return AnalysisFiles.parse(yaml, Files.writeString(file, yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
