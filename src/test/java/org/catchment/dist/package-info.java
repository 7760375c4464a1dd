/**
 * Checks of what is packed for one platform: the natives in {@code target/catchment.jar} (run by
 * Failsafe in {@code verify}, after the jar is built) and the shaded jar's own smoke run.
 */
package org.catchment.dist;
