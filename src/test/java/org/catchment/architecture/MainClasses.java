package org.catchment.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;

/**
 * The compiled main classes, imported once for all the architecture tests from Maven's output
 * folder (not by scanning the class path, which reads every library jar). Classes of the libraries
 * are not imported: ArchUnit knows them by name, which is all the rules need
 * ({@code archunit.properties}).
 */
final class MainClasses {

    private static JavaClasses classes;

    private MainClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
        }
        return classes;
    }
}
