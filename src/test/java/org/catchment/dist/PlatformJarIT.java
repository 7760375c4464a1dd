package org.catchment.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar built for this platform ({@code target/catchment.jar}) carries this platform's JavaFX,
 * SQLite and JLine natives and no other platform's. Runs in {@code verify} (Failsafe), after the
 * shade step; the expected platform is the build's {@code javafx.platform}.
 */
class PlatformJarIT {

    private static String expected;
    private static Map<String, String> natives;

    @BeforeAll
    static void readJar() throws IOException {
        expected = System.getProperty("javafx.platform");
        Path jar = Path.of(System.getProperty("catchment.jar", "target/catchment.jar"));
        assertThat(expected).as("the build passes javafx.platform").isNotBlank();
        assertThat(jar).as("the shaded jar").isRegularFile();
        natives = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                if (!e.isDirectory() && NativeBinary.isNativeLibrary(e.getName())) {
                    try (InputStream in = file.getInputStream(e)) {
                        natives.put(e.getName(), NativeBinary.platform(in.readNBytes(4096)));
                    }
                }
            }
        }
    }

    private static List<String> javafxNatives() {
        return natives.keySet().stream().filter(n -> !n.contains("/")).toList();
    }

    @Test
    void javafxNativesArePacked() {
        assertThat(javafxNatives()).as("JavaFX natives at the jar's root")
                .anyMatch(n -> n.matches("(lib)?glass\\.(so|dll|dylib)"))
                .anyMatch(n -> n.matches("(lib)?prism_sw\\.(so|dll|dylib)"));
    }

    @Test
    void everyNativeIsForThisPlatform() {
        List<String> wrong = new ArrayList<>();
        natives.forEach((name, platform) -> {
            if (!platform.equals(expected)) {
                wrong.add(name + " (" + platform + ")");
            }
        });
        assertThat(wrong).as("natives not for " + expected).isEmpty();
    }

    @Test
    void oneSqliteNativeAndOneJlineNative() {
        assertThat(natives.keySet().stream().filter(n -> n.startsWith("org/sqlite/native/"))).hasSize(1);
        assertThat(natives.keySet().stream().filter(n -> n.startsWith("org/jline/nativ/"))).hasSize(1);
    }
}
