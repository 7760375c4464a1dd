package org.catchment.analysis;

/**
 * What an atlas ({@code output.atlas}) has one page of: none (no atlas, the default), each zone of
 * the study area (wards), or each desert found.
 */
public enum AtlasOf {
    /** No atlas. */
    NONE,
    /** One page per study-area zone (ward), zoomed to it. */
    WARDS,
    /** One page per desert, zoomed to it. */
    DESERTS
}
