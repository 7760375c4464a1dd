package org.catchment.ui.results.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.catchment.overlay.CoverageRow;
import org.catchment.overlay.Desert;
import org.catchment.ui.results.ResultsView;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class ResultRowsTest {

    @Test
    void coverageSharesBecomePercentages() {
        List<ResultRows.Coverage> rows = ResultRows.coverage(List.of(
                new CoverageRow("North", "gp", "GP surgeries", 10, 4_000_000, 1_000_000, 0.25, 1200.0, 900.0, 0.75),
                new CoverageRow("South", "gp", "GP surgeries", 20, 2_000_000, 2_000_000, 1.0, null, null, null)));
        assertThat(rows.get(0)).isEqualTo(new ResultRows.Coverage("North", "GP surgeries", 10, 25.0, 75.0));
        assertThat(rows.get(1).areaPct()).isEqualTo(100.0);
        assertThat(rows.get(1).residentsPct()).isNull();
    }

    @Test
    void desertsListWardsMissingTypesByLabelAndHectares() throws Exception {
        Geometry square = new WKTReader().read("POLYGON ((0 0, 300 0, 300 200, 0 200, 0 0))");
        Desert d = new Desert(1, square, 60_000, List.of("North", "South"), List.of("gp", "libraries", "pools"),
                List.of("libraries"), 410.0);
        List<ResultRows.DesertRow> rows = ResultRows.deserts(List.of(d),
                Map.of("gp", "GP surgeries", "libraries", "Libraries"));
        ResultRows.DesertRow row = rows.get(0);
        assertThat(row.id()).isEqualTo(1);
        assertThat(row.areaHa()).isCloseTo(6.0, within(1e-12));
        assertThat(row.wards()).isEqualTo("North, South");
        assertThat(row.missing()).as("an unknown type keeps its id").isEqualTo("GP surgeries, Libraries, pools");
        assertThat(row.partly()).isEqualTo("Libraries");
        assertThat(row.residents()).isEqualTo(410.0);
        assertThat(row.desert()).isSameAs(d);
        assertThat(ResultsView.describe(row)).isEqualTo("Desert 1: 6.0 ha, 410 residents in North, South.\n"
                + "Missing: GP surgeries, Libraries, pools.\nMissing in parts: Libraries.");
    }
}
