/**
 * The attribute table feature's view: {@link org.catchment.ui.table.AttributeTableView}, a layer's
 * features as rows under the map (a virtualised table, sortable, with a CQL filter box, a quick
 * search and CSV export), whose selection the window shares with the map.
 *
 * <p>May use: {@code ui.common}, {@code ui.table.model}. Libraries: JavaFX.
 */
package org.catchment.ui.table;
