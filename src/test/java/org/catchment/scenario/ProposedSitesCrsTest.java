package org.catchment.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.catchment.analysis.AnalysisFiles;
import org.catchment.analysis.AnalysisResult;
import org.catchment.analysis.AnalysisRunner;
import org.catchment.analysis.ProgressListener;
import org.catchment.analysis.ScenarioSpec;
import org.catchment.layer.Crs;
import org.catchment.overlay.Desert;
import org.catchment.servicearea.Facility;
import org.catchment.ui.TinyTown;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * Proposed sites are in the analysis's working CRS (British National Grid for the tiny town): a
 * layer of sites in longitude/latitude (RFC 7946 GeoJSON) is reprojected into it as every input
 * is, so it adds the same facility, with the same result, as the same place given as points
 * (halfway along the east edge of the grid, where no band ends at a node: the two transforms
 * between the CRSs agree to about a centimetre).
 */
class ProposedSitesCrsTest {

    @TempDir
    static Path dir;

    private static WhatIfSession session;

    @BeforeAll
    static void run() throws Exception {
        session = WhatIfSession.of(AnalysisRunner.run(AnalysisFiles.read(TinyTown.write(dir))));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void aLayerInLongitudeLatitudeAddsTheSiteWhereTheSamePointInTheWorkingCrsIs() throws Exception {
        double x = TinyTown.E0 + 1200;
        double y = TinyTown.N0 + 200;
        MathTransform toLonLat = CRS.findMathTransform(Crs.epsg(27700), Crs.wgs84(), true);
        Coordinate ll = JTS.transform(new Coordinate(x, y), null, toLonLat);
        Files.writeString(dir.resolve("proposed.geojson"), String.format(Locale.ROOT, "{\"type\": \"FeatureCollection\","
                + " \"features\": [{\"type\": \"Feature\", \"properties\": {\"name\": \"East Library\"}, \"geometry\":"
                + " {\"type\": \"Point\", \"coordinates\": [%.9f, %.9f]}}]}", ll.x, ll.y));

        ScenarioResult fromLayer = session.evaluate(ScenarioSpec.named("layer")
                .withAdd(ScenarioSpec.Add.layer("libraries", "proposed.geojson")), ProgressListener.NONE, () -> false);
        ScenarioResult fromPoints = session.evaluate(ScenarioSpec.named("points")
                .withAdd(ScenarioSpec.Add.point("libraries", x, y, "East Library")), ProgressListener.NONE, () -> false);

        Facility added = fromLayer.comparison().facilities().stream().filter(f -> !f.closed()).findFirst()
                .orElseThrow().facility();
        assertThat(added.name()).isEqualTo("East Library");
        assertThat(added.geometry().getCoordinate().x).isCloseTo(x, offset(0.01));
        assertThat(added.geometry().getCoordinate().y).isCloseTo(y, offset(0.01));
        AnalysisResult a = fromLayer.result();
        AnalysisResult b = fromPoints.result();
        assertThat(a.deserts().deserts()).hasSameSizeAs(b.deserts().deserts());
        // the site lies within a centimetre of the point, so band edges move by as much along a few hundred metres
        assertThat(a.deserts().deserts().stream().mapToDouble(Desert::areaM2).sum())
                .isCloseTo(b.deserts().deserts().stream().mapToDouble(Desert::areaM2).sum(), offset(10.0));
        assertThat(fromLayer.comparison().servedAccess("libraries").orElseThrow().gainedAreaM2())
                .as("the east library serves part of the east ward").isGreaterThan(100_000);
    }
}
