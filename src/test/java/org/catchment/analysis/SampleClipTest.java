package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample town analysed for one ward, Eastside, with and without
 * {@code network.clip_to_study_area}: the clip (Eastside's envelope widened by R = 20 x 80 + 100
 * + 250 = 1,950 m) leaves out the west of the town, yet the ward's coverage shares, residents and
 * deserts come out the same to 1e-6 (areas to 1e-9 of themselves). The zones and indicator sections are left out, as they
 * would widen the clip to the whole town.
 */
class SampleClipTest {

    static final double EPS = 1e-6;
    /**
     * Areas agree to this share of themselves (a few mm² in a km²): the service areas differ outside
     * the ward, where the clip cuts facilities' far reaches, so their union is rounded differently.
     */
    static final double AREA_EPS = 1e-9;

    static AnalysisResult clipped;
    static AnalysisResult full;

    @BeforeAll
    static void run() throws Exception {
        String text = Files.readString(SamplePipelineTest.SAMPLE);
        String eastside = text.replace("  code_field: WD_CODE\n", "  code_field: WD_CODE\n  select: [Eastside]\n")
                .replaceAll("(?s)zones:\n.*?deserts:", "deserts:");
        assertThat(eastside).contains("select: [Eastside]").doesNotContain("zones:", "indicators:");
        Path file = SamplePipelineTest.SAMPLE.resolveSibling("eastside.yml");
        clipped = AnalysisRunner.run(AnalysisFiles.parse(network(eastside, "cache: false"), file));
        full = AnalysisRunner.run(AnalysisFiles.parse(network(eastside, "cache: false\n  clip_to_study_area: false"), file));
    }

    private static String network(String text, String keys) {
        return text.replace("  footpaths: [footpaths.shp]\n", "  footpaths: [footpaths.shp]\n  " + keys + "\n");
    }

    @AfterAll
    static void close() {
        clipped.close();
        full.close();
    }

    @Test
    void theClippedNetworkIsSmaller() {
        assertThat(clipped.network().edgeCount()).isLessThan(full.network().edgeCount());
        List<String> clippedRoads = roadIds(clipped);
        assertThat(clippedRoads).isNotEmpty().hasSizeLessThan(roadIds(full).size());
        assertThat(roadIds(full)).containsAll(clippedRoads);
        assertThat(clipped.notes()).anyMatch(n -> n.startsWith("Network clipped to the study area widened by 1.95 km"));
        assertThat(full.notes()).noneMatch(n -> n.contains("clipped"));
    }

    /** @return the OS road link ids of the network's edges (footpath pieces are numbered as merged, so left out) */
    private static List<String> roadIds(AnalysisResult r) {
        return ClipToStudyAreaTest.edgeIds(r.network()).stream().filter(id -> !id.startsWith("footpaths:")).toList();
    }

    /**
     * Railside Surgery is within reach of Eastside's envelope, but the clip cuts its estate's way out
     * to the rest of the town, so the clipped network has it on an island: no warning says so, as
     * none does without the clip.
     */
    @Test
    void noIslandWarningComesFromTheClip() {
        assertThat(clipped.types().stream().flatMap(t -> t.catchment().facilities().stream()))
                .anyMatch(f -> f.name().equals("Railside Surgery"));
        assertThat(clipped.connectivity().components()).isGreaterThan(1);
        assertThat(clipped.warnings()).noneMatch(w -> w.contains("joins the network on an island"));
        assertThat(full.warnings()).noneMatch(w -> w.contains("joins the network on an island"));
    }

    @Test
    void wardCoverageIsTheSame() {
        List<CoverageRow> a = clipped.wardCoverage();
        List<CoverageRow> b = full.wardCoverage();
        assertThat(a).hasSameSizeAs(b).isNotEmpty();
        assertThat(a).extracting(CoverageRow::zone).containsOnly("Eastside");
        for (int i = 0; i < a.size(); i++) {
            CoverageRow x = a.get(i);
            CoverageRow y = b.get(i);
            String as = x.type() + " " + x.bandMin();
            assertThat(x.type()).isEqualTo(y.type());
            assertThat(x.bandMin()).isEqualTo(y.bandMin());
            assertThat(x.coveredAreaM2()).as(as).isCloseTo(y.coveredAreaM2(), within(AREA_EPS * y.coveredAreaM2()));
            assertThat(x.areaShare()).as(as).isCloseTo(y.areaShare(), within(EPS));
            assertThat(x.coveredResidents()).as(as).isCloseTo(y.coveredResidents(), within(EPS));
        }
        assertThat(a).anyMatch(r -> r.areaShare() > 0 && r.areaShare() < 1);
    }

    @Test
    void theDesertsAreTheSame() {
        List<Desert> a = clipped.deserts().deserts();
        List<Desert> b = full.deserts().deserts();
        assertThat(a).hasSameSizeAs(b).isNotEmpty();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).areaM2()).isCloseTo(b.get(i).areaM2(), within(AREA_EPS * b.get(i).areaM2()));
            assertThat(a.get(i).missingTypes()).isEqualTo(b.get(i).missingTypes());
            assertThat(a.get(i).residents()).isCloseTo(b.get(i).residents(), within(EPS));
            assertThat(a.get(i).geometry().symDifference(b.get(i).geometry()).getArea())
                    .isLessThan(AREA_EPS * b.get(i).areaM2());
        }
    }
}
