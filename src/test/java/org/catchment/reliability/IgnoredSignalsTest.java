package org.catchment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link IgnoredSignals}: the SigIgn mask read as a shell's background job leaves it (SIGINT and SIGQUIT ignored). */
class IgnoredSignalsTest {

    private static String status(String mask) {
        return "Name:\tjava\nSigBlk:\t0000000000000000\nSigIgn:\t" + mask + "\nSigCgt:\t0000000000004442\n";
    }

    @Test
    void aBackgroundJobsMaskHasSigint() {
        assertThat(IgnoredSignals.ignores(status("0000000000000006"), IgnoredSignals.SIGINT)).isTrue();
        assertThat(IgnoredSignals.ignores(status("0000000080000002"), IgnoredSignals.SIGINT)).isTrue();
    }

    @Test
    void aForegroundMaskHasNot() {
        assertThat(IgnoredSignals.ignores(status("0000000000000000"), IgnoredSignals.SIGINT)).isFalse();
        assertThat(IgnoredSignals.ignores(status("0000000080000004"), IgnoredSignals.SIGINT)).as("SIGQUIT alone").isFalse();
        assertThat(IgnoredSignals.ignores("Name:\tjava\n", IgnoredSignals.SIGINT)).as("no mask").isFalse();
    }
}
