package org.catchment.overlay;

/**
 * One row of a cross-tabulation of residents in deserts by class of a zone indicator.
 *
 * @param classNo            the class, 1..n
 * @param lowerBound         the class's lower bound: exclusive (the previous class's upper bound),
 *                           except for class 1, where it is the smallest value (inclusive)
 * @param upperBound         the class's upper bound, inclusive
 * @param residents          the residents of the zones in this class
 * @param residentsInDeserts those of them living in deserts
 * @param zones              the number of zones in this class
 * @param lowestValue        the smallest value of a zone in this class, NaN when it has none
 * @param highestValue       the largest value of a zone in this class, NaN when it has none
 */
public record ClassCount(int classNo, double lowerBound, double upperBound, double residents,
                         double residentsInDeserts, int zones, double lowestValue, double highestValue) {
}
