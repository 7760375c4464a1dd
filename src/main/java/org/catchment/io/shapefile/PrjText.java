package org.catchment.io.shapefile;

import org.catchment.layer.Crs;
import org.catchment.layer.WorkingCrs;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * The text of a {@code .prj}: ESRI-style WKT for British National Grid, WGS 84 and the WGS 84 UTM
 * zones, exactly as GDAL writes it (GDAL, QGIS and ArcGIS all identify it by its EPSG code), else
 * the GeoTools WKT of the CRS. GeoTools' own WKT for British National Grid carries a TOWGS84
 * clause, which GDAL reads as a "bound" CRS rather than the plain EPSG one.
 */
final class PrjText {

    static final String BNG = "PROJCS[\"British_National_Grid\",GEOGCS[\"GCS_OSGB_1936\",DATUM[\"D_OSGB_1936\","
            + "SPHEROID[\"Airy_1830\",6377563.396,299.3249646]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
            + "PARAMETER[\"False_Easting\",400000.0],PARAMETER[\"False_Northing\",-100000.0],"
            + "PARAMETER[\"Central_Meridian\",-2.0],PARAMETER[\"Scale_Factor\",0.9996012717],"
            + "PARAMETER[\"Latitude_Of_Origin\",49.0],UNIT[\"Meter\",1.0]]";
    static final String WGS84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private PrjText() {
    }

    static String of(CoordinateReferenceSystem crs) {
        Integer code = Crs.epsgCode(crs);
        if (code != null && code == WorkingCrs.BRITISH_NATIONAL_GRID) {
            return BNG;
        }
        if (code != null && code == Crs.WGS84) {
            return WGS84;
        }
        if (code != null && (code > 32600 && code <= 32660 || code > 32700 && code <= 32760)) {
            return utm(code % 100, code < 32700);
        }
        return Crs.wkt(crs);
    }

    /** @return GDAL's ESRI WKT of a WGS 84 UTM zone, e.g. "WGS_1984_UTM_Zone_32N" */
    static String utm(int zone, boolean north) {
        return "PROJCS[\"WGS_1984_UTM_Zone_" + zone + (north ? "N" : "S") + "\"," + WGS84
                + ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
                + "PARAMETER[\"False_Northing\"," + (north ? "0.0" : "10000000.0") + "],"
                + "PARAMETER[\"Central_Meridian\"," + (6 * zone - 183) + ".0],PARAMETER[\"Scale_Factor\",0.9996],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }
}
