package org.catchment.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.junit.jupiter.api.Test;

class CrsWarmUpTest {

    @Test
    void aCallDuringTheWarmUpWaitsForItAndGetsTheSameCrs() throws Exception {
        CrsWarmUp.start();
        CoordinateReferenceSystem grid = Crs.epsg(WorkingCrs.BRITISH_NATIONAL_GRID);
        assertFalse(CrsWarmUp.running(), "the first call waits until the warm-up has ended");
        CrsWarmUp.start();
        assertFalse(CrsWarmUp.running(), "a second start does nothing");
        assertSame(grid, Crs.epsg(WorkingCrs.BRITISH_NATIONAL_GRID));
        assertSame(grid, Crs.fromWkt(Crs.wkt(grid)), "the .prj of the grid is recognised as EPSG:27700");
        assertEquals(Integer.valueOf(WorkingCrs.BRITISH_NATIONAL_GRID), Crs.epsgCode(grid));
    }
}
