package org.catchment.overlay;

/**
 * How {@link Classifier} divides a set of zone values (an indicator such as an IMD score) into
 * classes for a map or a table.
 */
public enum ClassMethod {
    /** Ten classes with equal numbers of values (quantiles at 0.1, 0.2, ... 1.0). */
    DECILES,
    /** A chosen number of classes with equal numbers of values (R type-7 quantiles). */
    QUANTILES,
    /** Classes of equal width from the smallest to the largest value. */
    EQUAL_INTERVALS,
    /** Jenks natural breaks: the classes that minimise the sum of squared deviations from the class means. */
    NATURAL_BREAKS
}
