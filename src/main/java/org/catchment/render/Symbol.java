package org.catchment.render;

/** The shapes a point layer can be drawn with; sizes are the symbol's width in points. */
public enum Symbol {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR, CROSS, HEXAGON
}
