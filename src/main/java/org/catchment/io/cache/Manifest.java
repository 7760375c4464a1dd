package org.catchment.io.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.catchment.io.FileOps;

/**
 * The checksum file of a cache folder ({@value #FILE}): the CRC32C and size of every file in it,
 * a line describing what the folder holds, and the CRC32C of the lines before it, so that a change to
 * any byte of any file (the manifest included), a missing file or an added one is found before the
 * folder is used. CRC32C is computed by the processor on current machines: checking costs about
 * one read of the files, which the operating system then keeps for the reader.
 */
final class Manifest {

    static final String FILE = "manifest.crc32c";
    private static final String HEADER = "catchment-cache 1";

    private Manifest() {
    }

    /** Writes the manifest of every file now in the folder. */
    static void write(Path folder, String about, FileOps ops) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("about ").append(about.replace('\n', ' ')).append('\n');
        for (Path file : files(folder)) {
            text.append(String.format(Locale.ROOT, "file %08x %d %s\n", crc(file), Files.size(file),
                    folder.relativize(file).toString().replace('\\', '/')));
        }
        text.append(String.format(Locale.ROOT, "end %08x\n", crc(text.toString())));
        ops.write(folder.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @return what is wrong with the folder ("edges: its checksum does not match"), or empty when every
     *     file is as the manifest says
     */
    static Optional<String> check(Path folder) {
        List<String> lines;
        try {
            lines = Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.of(FILE + ": missing or unreadable");
        }
        if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).startsWith("end ")) {
            return Optional.of(FILE + ": not a complete checksum file");
        }
        StringBuilder body = new StringBuilder();
        lines.subList(0, lines.size() - 1).forEach(l -> body.append(l).append('\n'));
        if (!lines.get(lines.size() - 1).equals(String.format(Locale.ROOT, "end %08x", crc(body.toString())))) {
            return Optional.of(FILE + ": its own checksum does not match");
        }
        Set<String> listed = new HashSet<>();
        listed.add(FILE);
        try {
            for (String line : lines.subList(2, lines.size() - 1)) {
                String[] parts = line.split(" ", 4);
                if (parts.length != 4 || !parts[0].equals("file")) {
                    return Optional.of(FILE + ": a line is not understood");
                }
                String name = parts[3];
                listed.add(name);
                Path file = folder.resolve(name);
                if (!Files.isRegularFile(file)) {
                    return Optional.of(name + ": missing");
                }
                if (Files.size(file) != Long.parseLong(parts[2])) {
                    return Optional.of(name + ": its size has changed");
                }
                if (crc(file) != Long.parseLong(parts[1], 16)) {
                    return Optional.of(name + ": its checksum does not match");
                }
            }
            for (Path file : files(folder)) {
                if (!listed.contains(folder.relativize(file).toString().replace('\\', '/'))) {
                    return Optional.of(folder.relativize(file) + ": a file the cache did not write");
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.of("a file cannot be read (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /** @return the line describing what the folder holds, or "" */
    static String about(Path folder) {
        try (Stream<String> lines = Files.lines(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("about ")).findFirst().map(l -> l.substring(6)).orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return new ArrayList<>(all.filter(Files::isRegularFile).filter(p -> !p.equals(folder.resolve(FILE)))
                    .sorted().toList());
        }
    }

    private static long crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static long crc(String text) {
        CRC32C crc = new CRC32C();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
