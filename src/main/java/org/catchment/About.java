package org.catchment;

import java.util.List;

/**
 * What {@code catchment --version} (and the app's About box) says: the version, the Java runtime it
 * runs on, the licence and the data credits. Plain text, no toolkit.
 */
public final class About {

    /**
     * Where the project is published: the contact address tile servers see in the User-Agent. A
     * placeholder until the project has a public home; set it here (one place) before a release.
     */
    public static final String HOMEPAGE = "https://example.org/catchment";

    private About() {
    }

    /**
     * @param contact the user's own contact (an e-mail or web address, setting {@code basemap.contact}),
     *                or null
     * @return the {@code User-Agent} of the app's web requests, naming it, its version and where to find
     *     it, as tile servers' usage policies ask: {@code Catchment/0.1.0 (+https://...; contact)}
     */
    public static String userAgent(String contact) {
        String v = About.class.getPackage().getImplementationVersion();
        String extra = contact == null || contact.isBlank() ? "" : "; " + contact.strip().replaceAll("[\\s()]+", " ");
        return "Catchment/" + (v == null ? "dev" : v.replaceAll("\\s+", "")) + " (+" + HOMEPAGE + extra + ")";
    }

    /** @return the version from the jar's manifest, or "development build" when run from classes */
    public static String version() {
        String v = About.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    /** @return the Java runtime: version, vendor, VM, platform */
    public static String runtime() {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ", "
                + System.getProperty("java.vm.name", "unknown VM") + ") on " + System.getProperty("os.name", "?") + " "
                + System.getProperty("os.arch", "?");
    }

    /** @return the licence of Catchment and of the libraries it bundles */
    public static String licence() {
        return "Licence: Apache-2.0 (https://www.apache.org/licenses/LICENSE-2.0). Bundled libraries keep their own"
                + " licences: GeoTools LGPL-2.1, H2GIS LGPL-3.0, the others Apache-2.0, MIT, EPL or BSD.";
    }

    /** @return the credits of the sample data and of the data sets Catchment's maps are made from */
    public static String credits() {
        return "Data credits: the Millbrook sample town is synthetic (Apache-2.0 or CC0; no real place, postcode or"
                + " survey). Maps of OS Open Roads carry \"Contains OS data \u00a9 Crown copyright and database"
                + " right\"; maps of OpenStreetMap data \"\u00a9 OpenStreetMap contributors (ODbL)\"; the Rutland"
                + " example is \u00a9 OpenStreetMap contributors, ODbL 1.0, extract by Geofabrik GmbH.";
    }

    /** @return the lines to show, version first */
    public static List<String> lines() {
        return List.of("catchment " + version(), runtime(), licence(), credits());
    }
}
