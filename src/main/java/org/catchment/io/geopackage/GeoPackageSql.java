package org.catchment.io.geopackage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.catchment.InputException;
import org.catchment.io.InputFiles;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/** SQLite plumbing shared by the GeoPackage reader and writer: opening, quoting, error wording. */
public final class GeoPackageSql {

    /** 'GPKG' as the SQLite application_id. */
    static final int APPLICATION_ID = 0x47504B47;
    /** GeoPackage 1.3, which GDAL 3.6 reads without a warning (1.4 makes it warn). */
    static final int USER_VERSION = 10300;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 500;

    private GeoPackageSql() {
    }

    /**
     * Opens an existing file read-only (no journal, WAL or lock file is created by reading).
     *
     * @throws InputException if the file is missing, empty or not an SQLite database
     */
    public static Connection openReadOnly(Path file) {
        checkHeader(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw failure(file, null, e);
        }
    }

    /** Opens (creating) a new database for writing. */
    static Connection openForWriting(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        config.setOpenMode(SQLiteOpenMode.CREATE);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** @return an SQL identifier in double quotes */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** @return a user-facing error for an SQLite failure while reading */
    static InputException failure(Path file, String where, SQLException e) {
        int primary = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : -1;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new InputException(file, where, "the file is locked by another program",
                    "Close it in QGIS, ArcGIS or any other program that is editing it, then try again", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return notAGeoPackage(file, e);
        }
        return new InputException(file, where, "the GeoPackage cannot be read (" + e.getMessage() + ")",
                "Check that the file is a complete GeoPackage, e.g. by opening it in QGIS", e);
    }

    private static void checkHeader(Path file) {
        InputFiles.requireRegularFile(file, "a GeoPackage file (.gpkg)");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SQLITE_MAGIC.length);
        } catch (NoSuchFileException e) {
            throw new InputException(file, null, "the file does not exist", "Check the path", e);
        } catch (IOException e) {
            throw new InputException(file, null, "the file cannot be opened (" + e.getMessage() + ")",
                    "Check that it exists and that you may read it", e);
        }
        if (head.length == 0) {
            throw new InputException(file, null, "the file is empty (0 bytes), not a GeoPackage",
                    "The copy or download may have failed: get the file again");
        }
        if (!Arrays.equals(head, SQLITE_MAGIC)) {
            throw notAGeoPackage(file, null);
        }
    }

    private static InputException notAGeoPackage(Path file, Throwable cause) {
        return new InputException(file, null, "the file is not a GeoPackage (it is not an SQLite database)",
                "Check the file: a GeoPackage is written by QGIS, GDAL or ArcGIS with the extension .gpkg", cause);
    }
}
