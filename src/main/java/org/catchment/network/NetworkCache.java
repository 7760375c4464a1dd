package org.catchment.network;

import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RAMDirectory;
import com.graphhopper.storage.index.LocationIndexTree;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.catchment.layer.Crs;

/**
 * Keeps built networks on disk so that a national network is built once: GraphHopper's own
 * storage files plus one file of Catchment's side data (geometry in the working CRS, source ids).
 *
 * <p>A cached network is found by a fingerprint of its inputs (path, size and modification time
 * of every file) and the build settings; change any of them and the network is rebuilt. Where the
 * folders live, their checksums and their eviction are the business of {@code io.cache.CacheStore},
 * which {@code analysis} puts together with this class; a folder given to {@link #load} has been
 * checked against its checksums, and anything it cannot read is reported as no cache.
 */
public final class NetworkCache {

    private static final String SIDE_FILE = "catchment-network.bin";
    private static final int FORMAT = 2;
    /** Doubles read or written at a time. */
    private static final int BLOCK_DOUBLES = 8192;

    private NetworkCache() {
    }

    /**
     * @param inputs   the input files
     * @param settings the build settings that change the graph (tolerances, noding...)
     * @return a hex fingerprint
     */
    public static String fingerprint(List<Path> inputs, String settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(("catchment-network-" + FORMAT + "|" + settings).getBytes(StandardCharsets.UTF_8));
            for (Path p : inputs) {
                Path abs = p.toAbsolutePath().normalize();
                md.update(("|" + abs + "|" + Files.size(abs) + "|" + Files.getLastModifiedTime(abs).toMillis())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 24);
        } catch (IOException e) {
            return "unreadable-" + System.nanoTime();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** @return the folder of one cached network under a cache root */
    public static Path folder(Path root, String fingerprint) {
        return root.resolve(fingerprint);
    }

    /**
     * Loads a cached network.
     *
     * @return the network, or empty when there is no complete cache in that folder
     */
    public static Optional<WalkingNetwork> load(Path folder, NetworkProjection projection) {
        Path side = folder.resolve(SIDE_FILE);
        if (!Files.isRegularFile(side)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(side), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            WalkingNetwork.Source source = WalkingNetwork.Source.valueOf(in.readUTF());
            if (!in.readUTF().equals(Crs.label(projection.crs()))) {
                return Optional.empty();
            }
            double[] nodeXy = doubles(in);
            String[] nodeIds = strings(in);
            String[] edgeIds = strings(in);
            BitSet footpaths = BitSet.valueOf(longs(in));
            EdgeGeometries geometries = EdgeGeometries.of(doubles(in), ints(in), doubles(in));
            if (source == WalkingNetwork.Source.OPENSTREETMAP) {
                WalkingNetwork osm = OsmNetworkBuilder.load(folder, nodeIds, projection);
                return Optional.ofNullable(osm);
            }
            EncodingManager em = GraphWriter.encodingManager();
            RAMDirectory dir = new RAMDirectory(folder.toString(), true);
            BaseGraph graph = new BaseGraph.Builder(em).setDir(dir).build();
            if (!graph.loadExisting()) {
                return Optional.empty();
            }
            LocationIndexTree index = new LocationIndexTree(graph, dir);
            if (!index.loadExisting()) {
                graph.close();
                return Optional.empty();
            }
            return Optional.of(new WalkingNetwork(source, graph, em,
                    em.getBooleanEncodedValue(com.graphhopper.routing.ev.VehicleAccess.key(GraphWriter.VEHICLE)),
                    em.getDecimalEncodedValue(com.graphhopper.routing.ev.VehicleSpeed.key(GraphWriter.VEHICLE)),
                    index, geometries, nodeXy, nodeIds, edgeIds, footpaths, projection));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a network built to be cached ({@link OpenRoadsNetworkBuilder#storeIn}, or an OpenStreetMap
     * import that stored its files) into its folder: GraphHopper's files and the side data.
     *
     * @throws IOException if a file cannot be written (a full disk); the network in memory is unharmed
     */
    public static void save(WalkingNetwork network, Path folder) throws IOException {
        if (network.source() != WalkingNetwork.Source.OPENSTREETMAP) {
            try {
                network.flushStorage();
            } catch (RuntimeException e) {
                throw new IOException("cannot write the graph's files", e);
            }
        }
        saveSideData(network, folder);
    }

    /** Writes a network's side data into the folder holding its GraphHopper files. */
    static void saveSideData(WalkingNetwork network, Path folder) throws IOException {
        Path side = folder.resolve(SIDE_FILE);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(side), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeUTF(network.source().name());
            out.writeUTF(Crs.label(network.crs()));
            write(out, network.nodeXyArray());
            write(out, network.nodeIdArray());
            write(out, network.edgeIdArray());
            long[] bits = network.footpathEdgeSet().toLongArray();
            out.writeInt(bits.length);
            for (long b : bits) {
                out.writeLong(b);
            }
            Object[] g = network.geometries().arrays();
            write(out, (double[]) g[0]);
            int[] start = (int[]) g[1];
            out.writeInt(start.length);
            for (int v : start) {
                out.writeInt(v);
            }
            write(out, (double[]) g[2]);
        }
    }

    /** Writes a length and the values, big-endian as {@link DataOutputStream#writeDouble} would, in blocks. */
    private static void write(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer block = ByteBuffer.allocate(BLOCK_DOUBLES * Double.BYTES);
        for (int i = 0; i < a.length; i += BLOCK_DOUBLES) {
            int k = Math.min(BLOCK_DOUBLES, a.length - i);
            block.clear();
            block.asDoubleBuffer().put(a, i, k);
            out.write(block.array(), 0, k * Double.BYTES);
        }
    }

    private static void write(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String s : a) {
            out.writeUTF(s);
        }
    }

    /** Reads what {@link #write(DataOutputStream, double[])} wrote, in blocks (value by value cost most of a reload). */
    private static double[] doubles(DataInputStream in) throws IOException {
        double[] a = new double[in.readInt()];
        byte[] block = new byte[BLOCK_DOUBLES * Double.BYTES];
        for (int i = 0; i < a.length; i += BLOCK_DOUBLES) {
            int k = Math.min(BLOCK_DOUBLES, a.length - i);
            in.readFully(block, 0, k * Double.BYTES);
            ByteBuffer.wrap(block, 0, k * Double.BYTES).asDoubleBuffer().get(a, i, k);
        }
        return a;
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static long[] longs(DataInputStream in) throws IOException {
        long[] a = new long[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readLong();
        }
        return a;
    }

    private static String[] strings(DataInputStream in) throws IOException {
        String[] a = new String[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readUTF();
        }
        return a;
    }
}
