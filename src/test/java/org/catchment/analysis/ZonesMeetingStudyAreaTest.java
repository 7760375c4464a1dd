package org.catchment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.catchment.InputException;
import org.catchment.io.LayerReader;
import org.catchment.io.ReadOptions;
import org.catchment.layer.Layer;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.ZoneAccess;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The sample town analysed for one ward, Eastside, with the town's 19 LSOAs under {@code zones}:
 * only the LSOAs sharing area with Eastside are reported (the rest noted as left out), so they no
 * longer widen the network clip to the whole town, and their coverage and accessibility are those
 * of the whole town's run. Also {@code zones[].filter}, and a zone layer wholly outside.
 */
class ZonesMeetingStudyAreaTest {

    private static AnalysisResult eastside;
    private static AnalysisResult town;

    @BeforeAll
    static void run() throws Exception {
        eastside = AnalysisRunner.run(parse(eastside("")));
        town = AnalysisRunner.run(parse(noCache(Files.readString(SamplePipelineTest.SAMPLE))));
    }

    @AfterAll
    static void close() {
        eastside.close();
        town.close();
    }

    /** @return the sample with Eastside selected, no network cache, and keys added to its zone layer */
    private static String eastside(String zoneKeys) throws Exception {
        String text = noCache(Files.readString(SamplePipelineTest.SAMPLE))
                .replace("  code_field: WD_CODE\n", "  code_field: WD_CODE\n  select: [Eastside]\n")
                .replace("{layer: lsoa.shp, name_field: LSOA_NAME}", "{layer: lsoa.shp, name_field: LSOA_NAME" + zoneKeys + "}");
        assertThat(text).contains("select: [Eastside]", "name_field: LSOA_NAME" + zoneKeys + "}");
        return text;
    }

    private static String noCache(String text) {
        return text.replace("  footpaths: [footpaths.shp]\n", "  footpaths: [footpaths.shp]\n  cache: false\n");
    }

    private static Analysis parse(String text) {
        return AnalysisFiles.parse(text, SamplePipelineTest.SAMPLE.resolveSibling("eastside-zones.yml"));
    }

    /** @return the sample LSOAs whose intersection with Eastside has an area, by a plain overlay of the files */
    private static List<String> lsoasMeetingEastside() {
        Path dir = SamplePipelineTest.SAMPLE.getParent();
        Layer wards = LayerReader.read(dir.resolve("wards.shp"), ReadOptions.defaults());
        Geometry east = wards.features().stream().filter(f -> "Eastside".equals(f.getAttribute("WD_NAME")))
                .map(Layer::geometry).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (SimpleFeature f : LayerReader.read(dir.resolve("lsoa.shp"), ReadOptions.defaults()).features()) {
            if (OverlayNGRobust.overlay(Layer.geometry(f), east, OverlayNG.INTERSECTION).getArea() > 0) {
                out.add((String) f.getAttribute("LSOA_NAME"));
            }
        }
        return out;
    }

    @Test
    void onlyTheLsoasSharingAreaWithTheWardAreReported() {
        List<String> meeting = lsoasMeetingEastside();
        assertThat(meeting).hasSizeBetween(2, 18);

        assertThat(eastside.zoneCoverage().get(0)).extracting(CoverageRow::zone).containsOnlyElementsOf(meeting)
                .containsAll(meeting);
        assertThat(eastside.accessibility().zones().get(0).types().get(0).rows()).extracting(ZoneAccess.Row::zone)
                .containsOnlyElementsOf(meeting).containsAll(meeting);
        assertThat(eastside.notes()).contains("lsoa: " + (19 - meeting.size())
                + " of 19 zones lie outside the study area and are not reported");
        assertThat(town.notes()).noneMatch(n -> n.contains("zones lie outside the study area"));
        assertThat(town.zoneCoverage().get(0).stream().map(CoverageRow::zone).distinct()).hasSize(19);
    }

    /** The town's LSOAs no longer widen the clip: Eastside's run reads fewer links than the town's. */
    @Test
    void theLeftOutZonesDoNotWidenTheClip() {
        assertThat(eastside.network().edgeCount()).isLessThan(town.network().edgeCount());
    }

    @Test
    void theReportedZonesCoverageAndAccessAreTheWholeTownsRun() {
        Map<String, CoverageRow> all = town.zoneCoverage().get(0).stream()
                .collect(Collectors.toMap(r -> r.zone() + " " + r.type() + " " + r.bandMin(), Function.identity()));
        for (CoverageRow x : eastside.zoneCoverage().get(0)) {
            CoverageRow y = all.get(x.zone() + " " + x.type() + " " + x.bandMin());
            String as = x.zone() + " " + x.type() + " " + x.bandMin();
            assertThat(x.zoneAreaM2()).as(as).isEqualTo(y.zoneAreaM2());
            assertThat(x.coveredAreaM2()).as(as).isCloseTo(y.coveredAreaM2(),
                    within(SampleClipTest.AREA_EPS * y.zoneAreaM2()));
            assertThat(x.coveredResidents()).as(as).isCloseTo(y.coveredResidents(), within(SampleClipTest.EPS));
        }
        List<ZoneAccess.Row> before = town.accessibility().zones().get(0).types().get(0).rows();
        for (ZoneAccess.Row x : eastside.accessibility().zones().get(0).types().get(0).rows()) {
            ZoneAccess.Row y = before.stream().filter(r -> r.zone().equals(x.zone()) && r.bandMin() == x.bandMin())
                    .findFirst().orElseThrow();
            if (y.meanMin() == null) {
                assertThat(x.meanMin()).as(x.zone()).isNull();
            } else {
                assertThat(x.meanMin()).as(x.zone()).isCloseTo(y.meanMin(), within(1e-9));
            }
            assertThat(x.residentsWithin()).as(x.zone()).isCloseTo(y.residentsWithin(), within(SampleClipTest.EPS));
        }
    }

    @Test
    void aZoneFilterPicksTheZonesFirst() throws Exception {
        String first = lsoasMeetingEastside().get(0);
        try (AnalysisResult one = AnalysisRunner.run(parse(eastside(", filter: \"LSOA_NAME = '" + first + "'\"")))) {
            assertThat(one.zoneCoverage().get(0)).extracting(CoverageRow::zone).containsOnly(first);
            assertThat(one.notes()).noneMatch(n -> n.contains("zones lie outside the study area"));
        }
    }

    @Test
    void aZoneLayerWhollyOutsideTheStudyAreaIsOneClearMessage() throws Exception {
        String outside = "NOT LSOA_NAME IN (" + lsoasMeetingEastside().stream().map(n -> "'" + n + "'")
                .collect(Collectors.joining(", ")) + ")";
        assertThatThrownBy(() -> AnalysisRunner.run(parse(eastside(", filter: \"" + outside + "\""))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("zones[0]")
                .hasMessageContaining("lsoa.shp")
                .hasMessageContaining("none of the " + (19 - lsoasMeetingEastside().size())
                        + " zones its filter keeps shares any area with the study area")
                .hasMessageContaining("or widen zones[0].filter");
        assertThatThrownBy(() -> AnalysisRunner.run(parse(eastside(", filter: \"LSOA_NAME = 'nowhere'\""))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("zones[0].filter")
                .hasMessageContaining("eastside-zones.yml")
                .hasMessageContaining("the filter keeps none of the 19 zones of ")
                .hasMessageContaining("lsoa.shp")
                .hasMessageContaining("LSOA_NAME");
        assertThatThrownBy(() -> AnalysisRunner.run(parse(eastside(", filter: \"LSOA21NM = 'x'\""))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("zones[0].filter")
                .hasMessageContaining("LSOA21NM");
    }
}
