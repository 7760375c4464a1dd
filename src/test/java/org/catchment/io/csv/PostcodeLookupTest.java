package org.catchment.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.catchment.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** The Code-Point Open lookup on the real WA area file and on hand-made files. */
class PostcodeLookupTest {

    @TempDir
    Path dir;

    @Test
    void readsTheRealWaAreaFile() {
        PostcodeLookup wa = PostcodeLookup.read(CsvPointReaderTest.WA);
        assertThat(wa.size()).isEqualTo(17948);
        // "WA1 1AG",10,360240,387940 and "WA9 1AD",10,352132,395454 and "WA101HP",10,351294,395518
        assertThat(wa.find("WA1 1AG")).contains(new Coordinate(360240, 387940));
        assertThat(wa.find("wa91ad")).contains(new Coordinate(352132, 395454));
        assertThat(wa.find("WA10  1HP")).contains(new Coordinate(351294, 395518));
        assertThat(wa.find("WA99 9ZZ")).isEmpty();
        assertThat(wa.find(null)).isEmpty();
    }

    @Test
    void aHeadedFileAndZeroRowsAreUnderstood() throws Exception {
        Path f = Files.writeString(dir.resolve("pc.csv"), "pcds,oseast1m,osnrth1m\nWA9 1AB,352000,395000\nWA9 9XX,0,0\n");
        PostcodeLookup lookup = PostcodeLookup.read(f);
        assertThat(lookup.size()).isEqualTo(1);
        assertThat(lookup.find("WA91AB")).contains(new Coordinate(352000, 395000));
        assertThat(lookup.find("WA9 9XX")).isEmpty();
    }

    @Test
    void theCodePointColumnHeadersAreAHeader() throws Exception {
        Path f = Files.writeString(dir.resolve("h.csv"), "PC,PQ,EA,NO\n\"WA9 1AB\",10,352000,395000\n");
        assertThat(PostcodeLookup.read(f).find("WA9 1AB")).contains(new Coordinate(352000, 395000));
    }

    @Test
    void aRowWithoutNumbersIsAnError() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.csv"), "\"WA9 1AB\",10,352000,395000\n\"WA9 1AD\",10,east,395000\n");
        assertThatThrownBy(() -> PostcodeLookup.read(f))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(f + ": row 2: expected a postcode, an easting and a northing but found 'WA9 1AD', 'east', '395000'.");
    }

    @Test
    void normalisingRemovesSpacesAndUpperCases() {
        assertThat(PostcodeLookup.normalise(" wa9\t 1ab ")).isEqualTo("WA91AB");
    }
}
