package org.catchment.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/** The sample town's LSOAs, population, deprivation and postcodes. */
class SampleTownDataTest {

    static SampleTownPlan plan;
    static SampleTownData data;

    @BeforeAll
    static void build() {
        plan = new SampleTownPlan().build();
        data = new SampleTownData(plan);
    }

    @Test
    void lsoasTileTheirWardsExactly() {
        assertThat(data.overlapM2()).isZero();
        for (SampleTownPlan.Zone ward : plan.wards) {
            List<Geometry> parts = data.lsoas.stream().filter(l -> l.wardCode().equals(ward.code()))
                    .map(SampleTownData.Lsoa::area).toList();
            assertThat(parts.size()).as(ward.name()).isBetween(4, 5);
            Geometry union = OverlayNGRobust.union(parts);
            assertThat(union.symDifference(ward.area()).getArea()).as(ward.name()).isZero();
        }
    }

    @Test
    void populationFollowsResidentialLand() {
        for (SampleTownData.Lsoa l : data.lsoas) {
            assertThat((double) l.population()).as(l.name())
                    .isCloseTo(l.residential().getArea() * SampleTownData.RESIDENTS_PER_M2, offset(0.5));
        }
        assertThat(data.population()).isBetween(25_000, 35_000);
    }

    @Test
    void theDesertEstatesLieInTheTwoMostDeprivedLsoas() {
        Coordinate quay = plan.estate("Canal Quay").box().centre();
        Coordinate railside = plan.estate("Railside").box().centre();
        assertThat(data.lsoaAt(quay).imdDecile()).isEqualTo(2);
        assertThat(data.lsoaAt(railside).imdDecile()).isEqualTo(1);
        assertThat(data.lsoas).filteredOn(l -> l.imdDecile() <= 2).hasSize(2);
    }

    @Test
    void postcodesAreUniqueFictionalAndInsideTheirWard() {
        Set<String> seen = new HashSet<>();
        for (SampleTownData.Postcode p : data.postcodes) {
            assertThat(seen.add(p.postcode())).as(p.postcode()).isTrue();
            assertThat(p.postcode()).matches("MB[1-4] [1-5][ABDEFGHJLNPQRSTUWXYZ]{2}");
            assertThat(p.point().x % 1).isZero();
            SampleTownPlan.Zone ward = plan.wards.stream().filter(w -> w.code().equals(p.wardCode())).findFirst()
                    .orElseThrow();
            assertThat(ward.area().covers(SampleTownPlan.point(p.point()))).as(p.postcode()).isTrue();
        }
        assertThat(data.foodbanks).hasSize(7);
    }
}
