package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.util.List;
import org.catchment.layer.Crs;
import org.catchment.overlay.CoverageRow;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The sample town in its automatic working CRS (British National Grid: it lies in Great Britain)
 * and in UTM zone 30N given by {@code working_crs: EPSG:32630}. The town is 0.3° east of zone 30's
 * central meridian and 0.7° west of the grid's, so lengths in UTM are shorter than in the grid by
 * the ratio {@code r} of the two scale factors there (measured below on a 1 km line): areas by
 * {@code r²}, about 0.011% (method.md, "Working CRS"). Ward areas, pure geometry, agree to 1e-5 after
 * that (the scale changes a little across the town); covered areas, which also follow the reach
 * along the network and the band edges, to 0.02%. Two wards are analysed, without the zones and
 * indicators, to keep the two runs short.
 */
class SampleWorkingCrsTest {

    static AnalysisResult grid;
    static AnalysisResult utm;

    @BeforeAll
    static void run() throws Exception {
        String text = Files.readString(SamplePipelineTest.SAMPLE).replace("  footpaths: [footpaths.shp]\n",
                "  footpaths: [footpaths.shp]\n  cache: false\n").replaceAll("(?s)zones:\n.*?deserts:", "deserts:")
                .replace("  code_field: WD_CODE\n", "  code_field: WD_CODE\n  select: [Eastside, Town Centre]\n");
        assertThat(text).contains("cache: false", "select: [").doesNotContain("zones:", "indicators:");
        grid = AnalysisRunner.run(AnalysisFiles.parse(text, SamplePipelineTest.SAMPLE));
        utm = AnalysisRunner.run(AnalysisFiles.parse("working_crs: EPSG:32630\n" + text, SamplePipelineTest.SAMPLE));
    }

    @AfterAll
    static void close() {
        grid.close();
        utm.close();
    }

    @Test
    void autoChoosesBritishNationalGridAndTheGivenCrsIsUsed() {
        assertThat(Crs.epsgCode(grid.network().crs())).isEqualTo(27700);
        assertThat(grid.notes()).contains("Working CRS: EPSG:27700 (OSGB36 / British National Grid), the study area lies"
                + " in Great Britain.");
        assertThat(Crs.epsgCode(utm.network().crs())).isEqualTo(32630);
        Envelope e = utm.studyArea().area().getEnvelopeInternal();
        assertThat(e.getMinX()).as("UTM 30N eastings near the central meridian").isBetween(500_000.0, 530_000.0);
        assertThat(e.getMinY()).as("northings of 53.4°N").isBetween(5_900_000.0, 5_940_000.0);
    }

    @Test
    void theSameDesertsAndAreasWithinTheScaleOfTheTwoProjections() throws Exception {
        double r2 = Math.pow(lengthRatio(), 2);
        assertThat(r2).isCloseTo(0.99988, offset(0.00003));
        assertThat(utm.deserts().deserts()).hasSameSizeAs(grid.deserts().deserts());
        List<CoverageRow> a = grid.wardCoverage();
        List<CoverageRow> b = utm.wardCoverage();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            String row = a.get(i).zone() + " " + a.get(i).type() + " " + a.get(i).bandMin();
            assertThat(b.get(i).zone() + " " + b.get(i).type() + " " + b.get(i).bandMin()).isEqualTo(row);
            assertThat(b.get(i).zoneAreaM2() / a.get(i).zoneAreaM2()).as(row).isCloseTo(r2, offset(1e-5));
            assertThat(b.get(i).coveredAreaM2() / a.get(i).coveredAreaM2()).as(row).isCloseTo(r2, offset(2e-4));
        }
    }

    /** @return UTM 30N length over British National Grid length of a 1 km east-west line at the town's centre */
    private static double lengthRatio() throws Exception {
        Coordinate centre = grid.studyArea().area().getEnvelopeInternal().centre();
        MathTransform t = CRS.findMathTransform(Crs.epsg(27700), Crs.epsg(32630), true);
        Coordinate a = JTS.transform(new Coordinate(centre.x - 500, centre.y), null, t);
        Coordinate b = JTS.transform(new Coordinate(centre.x + 500, centre.y), null, t);
        return a.distance(b) / 1000;
    }
}
