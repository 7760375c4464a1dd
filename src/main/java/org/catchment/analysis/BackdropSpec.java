package org.catchment.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A line layer drawn under the results on the maps ({@code output.backdrop} of the analysis file).
 *
 * @param layer the lines (e.g. railways)
 * @param label the legend's words for it (default: the file name)
 */
@JsonPropertyOrder({"layer", "label"})
public record BackdropSpec(String layer, String label) {
}
