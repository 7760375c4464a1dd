package org.catchment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user folders of each platform, from a given home folder and environment. */
class UserDirsTest {

    @TempDir
    Path home;

    @Test
    void linuxFollowsTheXdgDefaultsUnderHome() {
        UserDirs d = UserDirs.of("Linux", Map.of(), home);
        assertThat(d.config()).isEqualTo(home.resolve(".config").resolve("catchment"));
        assertThat(d.data()).isEqualTo(home.resolve(".local").resolve("share").resolve("catchment"));
        assertThat(d.cache()).isEqualTo(home.resolve(".cache").resolve("catchment"));
        assertThat(d.logs()).isEqualTo(home.resolve(".local").resolve("state").resolve("catchment"));
        assertThat(d.documents()).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void linuxDocumentsFollowTheUsersXdgUserDirs() throws IOException {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config").resolve("user-dirs.dirs"), "# written by xdg-user-dirs-update\n"
                + "XDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
        assertThat(UserDirs.of("Linux", Map.of(), home).documents()).isEqualTo(home.resolve("Dokumente"));
        Path elsewhere = home.resolve("work").resolve("docs");
        assertThat(UserDirs.of("Linux", Map.of("XDG_DOCUMENTS_DIR", elsewhere.toString()), home).documents())
                .as("the environment first").isEqualTo(elsewhere);
        Files.writeString(home.resolve(".config").resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
        assertThat(UserDirs.of("Linux", Map.of(), home).documents()).as("set to home: none, so ~/Documents")
                .isEqualTo(home.resolve("Documents"));
    }

    @Test
    void linuxHonoursAbsoluteXdgVariablesAndIgnoresRelativeOrBlankOnes() {
        Path cfg = home.resolve("cfg");
        UserDirs d = UserDirs.of("Linux", Map.of("XDG_CONFIG_HOME", cfg.toString(), "XDG_CACHE_HOME", "relative/cache",
                "XDG_STATE_HOME", " "), home);
        assertThat(d.config()).isEqualTo(cfg.resolve("catchment"));
        assertThat(d.cache()).isEqualTo(home.resolve(".cache").resolve("catchment"));
        assertThat(d.logs()).isEqualTo(home.resolve(".local").resolve("state").resolve("catchment"));
    }

    @Test
    void windowsUsesLocalAndRoamingAppData() {
        Path local = home.resolve("Local");
        Path roaming = home.resolve("Roaming");
        UserDirs d = UserDirs.of("Windows 11", Map.of("LOCALAPPDATA", local.toString(), "APPDATA", roaming.toString()), home);
        assertThat(d.config()).isEqualTo(roaming.resolve("Catchment"));
        assertThat(d.data()).isEqualTo(local.resolve("Catchment"));
        assertThat(d.cache()).isEqualTo(local.resolve("Catchment").resolve("Cache"));
        assertThat(d.logs()).isEqualTo(local.resolve("Catchment").resolve("Logs"));
        assertThat(d.documents()).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void windowsDocumentsAreInOneDriveWhenOneDriveKeepsThem() throws IOException {
        Path oneDrive = Files.createDirectories(home.resolve("OneDrive - Council").resolve("Documents")).getParent();
        UserDirs d = UserDirs.of("Windows 11", Map.of("OneDrive", oneDrive.toString()), home);
        assertThat(d.documents()).isEqualTo(oneDrive.resolve("Documents"));
        assertThat(UserDirs.of("Windows 11", Map.of("OneDrive", home.resolve("absent").toString()), home).documents())
                .as("no OneDrive documents folder").isEqualTo(home.resolve("Documents"));
    }

    @Test
    void windowsWithoutTheVariablesFallsBackToAppDataUnderHome() {
        UserDirs d = UserDirs.of("Windows 10", Map.of(), home);
        assertThat(d.logs()).isEqualTo(home.resolve("AppData").resolve("Local").resolve("Catchment").resolve("Logs"));
        assertThat(d.config()).isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("Catchment"));
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        UserDirs d = UserDirs.of("Mac OS X", Map.of("XDG_CONFIG_HOME", home.resolve("x").toString()), home);
        Path library = home.resolve("Library");
        assertThat(d.config()).isEqualTo(library.resolve("Application Support").resolve("Catchment"));
        assertThat(d.cache()).isEqualTo(library.resolve("Caches").resolve("Catchment"));
        assertThat(d.logs()).isEqualTo(library.resolve("Logs").resolve("Catchment"));
        assertThat(d.documents()).isEqualTo(home.resolve("Documents"));
    }
}
