package org.catchment.bench;

/**
 * The two-letter names of British National Grid's 100 km squares ({@code SU}, {@code TQ},
 * {@code NT}...), which name OS Open Roads' tiles ({@code SU_RoadLink.shp}). The first letter
 * is the 500 km square, the second the 100 km square within it, each from a 5 x 5 grid of the
 * letters A-Z without I, lettered from the north-west corner (Ordnance Survey, "A guide to
 * coordinate systems in Great Britain", section on the National Grid).
 */
final class GridSquares {

    static final int SQUARE_M = 100_000;

    private GridSquares() {
    }

    /**
     * @param easting  metres of British National Grid, 0 to 700,000
     * @param northing metres, 0 to 1,300,000
     * @return the name of the 100 km square holding the point
     */
    static String name(double easting, double northing) {
        int e = (int) Math.floor(easting / SQUARE_M);
        int n = (int) Math.floor(northing / SQUARE_M);
        int first = (19 - n) - (19 - n) % 5 + (e + 10) / 5;
        int second = (19 - n) * 5 % 25 + e % 5;
        return String.valueOf(letter(first)) + letter(second);
    }

    private static char letter(int index) {
        return (char) ('A' + (index > 7 ? index + 1 : index));
    }
}
