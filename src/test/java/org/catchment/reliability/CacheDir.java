package org.catchment.reliability;

import java.nio.file.Path;

/** Points the per-user cache folder ({@code catchment.cache.dir}) at a test's own folder until closed. */
final class CacheDir implements AutoCloseable {

    private static final String PROPERTY = "catchment.cache.dir";
    private final String previous;

    CacheDir(Path dir) {
        previous = System.setProperty(PROPERTY, dir.toString());
    }

    @Override
    public void close() {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }
}
