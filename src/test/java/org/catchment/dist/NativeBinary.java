package org.catchment.dist;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * The platform a native library was compiled for, read from its header (ELF, PE or Mach-O), named
 * as JavaFX names its classifiers: {@code linux}, {@code linux-aarch64}, {@code win},
 * {@code mac}, {@code mac-aarch64}. Used to check what the jar carries, not to load anything.
 */
final class NativeBinary {

    private static final int ELF_X86_64 = 62;
    private static final int ELF_AARCH64 = 183;
    private static final int PE_AMD64 = 0x8664;
    private static final int PE_ARM64 = 0xAA64;
    private static final int MACHO_X86_64 = 0x01000007;
    private static final int MACHO_ARM64 = 0x0100000C;

    private NativeBinary() {
    }

    /**
     * @param header the first bytes of the file (at least 64, and past the PE header offset for a DLL)
     * @return the JavaFX platform name, or {@code "unknown"} when the header is none of the five
     */
    static String platform(byte[] header) {
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if (header.length >= 20 && header[0] == 0x7F && header[1] == 'E' && header[2] == 'L' && header[3] == 'F') {
            int machine = b.getShort(18) & 0xFFFF;
            return machine == ELF_X86_64 ? "linux" : machine == ELF_AARCH64 ? "linux-aarch64" : "unknown";
        }
        if (header.length >= 64 && header[0] == 'M' && header[1] == 'Z') {
            int pe = b.getInt(0x3C);
            if (pe > 0 && pe + 6 <= header.length && b.getInt(pe) == 0x00004550) {
                int machine = b.getShort(pe + 4) & 0xFFFF;
                return machine == PE_AMD64 ? "win" : machine == PE_ARM64 ? "win-aarch64" : "unknown";
            }
            return "unknown";
        }
        if (header.length >= 8 && b.getInt(0) == 0xFEEDFACF) {
            int cpu = b.getInt(4);
            return cpu == MACHO_X86_64 ? "mac" : cpu == MACHO_ARM64 ? "mac-aarch64" : "unknown";
        }
        return "unknown";
    }

    /** @return true when the entry name is a native library (by its extension) */
    static boolean isNativeLibrary(String entryName) {
        String n = entryName.toLowerCase(Locale.ROOT);
        return n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib") || n.endsWith(".jnilib");
    }
}
