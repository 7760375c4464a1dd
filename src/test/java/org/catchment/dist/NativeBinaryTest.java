package org.catchment.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The header reader behind the platform check, on headers built byte by byte from the formats' specifications. */
class NativeBinaryTest {

    private static byte[] elf(int machine) {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1});
        b.putShort(18, (short) machine);
        return b.array();
    }

    private static byte[] pe(int machine) {
        ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'M', 'Z'});
        b.putInt(0x3C, 0x80);
        b.putInt(0x80, 0x00004550);
        b.putShort(0x84, (short) machine);
        return b.array();
    }

    private static byte[] macho(int cpu) {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 0xFEEDFACF);
        b.putInt(4, cpu);
        return b.array();
    }

    @Test
    void elfMachinesAreLinuxPlatforms() {
        assertThat(NativeBinary.platform(elf(62))).isEqualTo("linux");
        assertThat(NativeBinary.platform(elf(183))).isEqualTo("linux-aarch64");
        assertThat(NativeBinary.platform(elf(40))).isEqualTo("unknown");
    }

    @Test
    void peMachinesAreWindowsPlatforms() {
        assertThat(NativeBinary.platform(pe(0x8664))).isEqualTo("win");
        assertThat(NativeBinary.platform(pe(0xAA64))).isEqualTo("win-aarch64");
        assertThat(NativeBinary.platform(pe(0x14C))).isEqualTo("unknown");
    }

    @Test
    void machoCpuTypesAreMacPlatforms() {
        assertThat(NativeBinary.platform(macho(0x01000007))).isEqualTo("mac");
        assertThat(NativeBinary.platform(macho(0x0100000C))).isEqualTo("mac-aarch64");
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(NativeBinary.platform(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0})).isEqualTo("unknown");
        assertThat(NativeBinary.platform(new byte[0])).isEqualTo("unknown");
    }

    @Test
    void nativeLibrariesAreKnownByTheirExtension() {
        assertThat(NativeBinary.isNativeLibrary("libglass.so")).isTrue();
        assertThat(NativeBinary.isNativeLibrary("glass.DLL")).isTrue();
        assertThat(NativeBinary.isNativeLibrary("org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib")).isTrue();
        assertThat(NativeBinary.isNativeLibrary("org/example/So.class")).isFalse();
    }
}
