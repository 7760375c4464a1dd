package org.catchment.tiling;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes a {@link TilePart} as bytes and reads it back exactly: numbers as IEEE doubles, geometries
 * as WKB (which keeps every coordinate's double), text as UTF-8. A resume folder keeps one per
 * finished tile; a stream that is not a tile part, or one cut short, is refused with an
 * {@link IOException}.
 */
public final class TilePartCodec {

    /**
     * "CTP" and the format's version (2: with the cell's overlay). A part of another version, kept
     * by an earlier build, is refused, and the run says to start over with {@code --restart}.
     */
    private static final int MAGIC = 0x43545032;

    private TilePartCodec() {
    }

    /** Writes a part; the stream is left open. */
    public static void write(TilePart p, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        WKBWriter wkb = new WKBWriter(2);
        out.writeInt(MAGIC);
        out.writeInt(p.tile());
        text(out, p.id());
        text(out, p.network());
        texts(out, p.warnings());
        texts(out, p.notes());
        out.writeInt(p.types().size());
        for (TilePart.TypePart t : p.types()) {
            out.writeInt(t.disks().size());
            for (Geometry g : t.disks()) {
                bytes(out, wkb.write(g));
            }
            out.writeInt(t.access().size());
            for (TilePart.AccessPoint a : t.access()) {
                out.writeInt(a.facility());
                doubles(out, a.x(), a.y(), a.offsetM(), a.startMinutes());
            }
            out.writeInt(t.failures().size());
            for (TilePart.Failure f : t.failures()) {
                out.writeInt(f.facility());
                doubles(out, f.x(), f.y(), f.nearestM(), f.toleranceM());
            }
            texts(out, t.notes());
            out.writeInt(t.reach().size());
            for (TilePart.Reach r : t.reach()) {
                bytes(out, wkb.write(r.line()));
                out.writeInt(r.band());
                out.writeInt(r.facility());
                doubles(out, r.fromMin(), r.toMin(), r.lengthM());
            }
            doubleArray(out, t.postcodeMinutes());
            doubleArray(out, t.residentMinutes());
        }
        TilePart.NodeRows n = p.nodes();
        out.writeInt(n.size());
        for (String s : n.sourceIds()) {
            text(out, s);
        }
        doubleArray(out, n.x());
        doubleArray(out, n.y());
        out.writeInt(n.minutes().length);
        for (int k = 0; k < n.minutes().length; k++) {
            doubleArray(out, n.minutes()[k]);
            intArray(out, n.facility()[k]);
        }
        intArray(out, p.postcodes());
        intArray(out, p.residents());
        overlay(out, wkb, p.overlay());
        out.flush();
    }

    private static void overlay(DataOutputStream out, WKBWriter wkb, TilePart.CellOverlay o) throws IOException {
        out.writeInt(o.served().size());
        for (TilePart.ServedPiece p : o.served()) {
            bytes(out, wkb.write(p.geometry()));
            intArray(out, p.missing());
        }
        out.writeInt(o.deserts().size());
        for (TilePart.DesertPiece d : o.deserts()) {
            bytes(out, wkb.write(d.polygon()));
            out.writeInt(d.missingSets().size());
            for (int[] set : d.missingSets()) {
                intArray(out, set);
            }
            out.writeBoolean(d.atSeam());
        }
        out.writeInt(o.coverage().size());
        for (TilePart.ZoneCover c : o.coverage()) {
            intArray(out, c.zones());
            out.writeInt(c.areaM2().length);
            for (double[] band : c.areaM2()) {
                doubleArray(out, band);
            }
            out.writeBoolean(c.residents() != null);
            if (c.residents() != null) {
                for (double[] band : c.residents()) {
                    doubleArray(out, band);
                }
            }
        }
    }

    private static TilePart.CellOverlay overlay(DataInputStream in, WKBReader wkb) throws IOException {
        List<TilePart.ServedPiece> served = new ArrayList<>();
        for (int n = length(in); n > 0; n--) {
            served.add(new TilePart.ServedPiece(geometry(wkb, in), intArray(in)));
        }
        List<TilePart.DesertPiece> deserts = new ArrayList<>();
        for (int n = length(in); n > 0; n--) {
            Geometry g = geometry(wkb, in);
            if (!(g instanceof Polygon polygon)) {
                throw new IOException("a desert piece that is not a polygon");
            }
            List<int[]> sets = new ArrayList<>();
            for (int k = length(in); k > 0; k--) {
                sets.add(intArray(in));
            }
            deserts.add(new TilePart.DesertPiece(polygon, sets, in.readBoolean()));
        }
        List<TilePart.ZoneCover> coverage = new ArrayList<>();
        for (int n = length(in); n > 0; n--) {
            int[] zones = intArray(in);
            double[][] area = new double[length(in)][];
            for (int b = 0; b < area.length; b++) {
                area[b] = doubleArray(in);
            }
            double[][] residents = null;
            if (in.readBoolean()) {
                residents = new double[area.length][];
                for (int b = 0; b < area.length; b++) {
                    residents[b] = doubleArray(in);
                }
            }
            coverage.add(new TilePart.ZoneCover(zones, area, residents));
        }
        return new TilePart.CellOverlay(served, deserts, coverage);
    }

    /** @return the part the stream holds, its geometries made by {@code factory} */
    public static TilePart read(InputStream stream, GeometryFactory factory) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a tile part");
        }
        WKBReader wkb = new WKBReader(factory);
        int tile = in.readInt();
        String id = text(in);
        String network = text(in);
        List<String> warnings = texts(in);
        List<String> notes = texts(in);
        int typeCount = in.readInt();
        List<TilePart.TypePart> types = new ArrayList<>();
        for (int k = 0; k < typeCount; k++) {
            List<Geometry> disks = new ArrayList<>();
            for (int b = in.readInt(); b > 0; b--) {
                disks.add(geometry(wkb, in));
            }
            List<TilePart.AccessPoint> access = new ArrayList<>();
            for (int a = in.readInt(); a > 0; a--) {
                access.add(new TilePart.AccessPoint(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                        in.readDouble()));
            }
            List<TilePart.Failure> failures = new ArrayList<>();
            for (int f = in.readInt(); f > 0; f--) {
                failures.add(new TilePart.Failure(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                        in.readDouble()));
            }
            List<String> typeNotes = texts(in);
            List<TilePart.Reach> reach = new ArrayList<>();
            for (int r = in.readInt(); r > 0; r--) {
                reach.add(new TilePart.Reach((LineString) geometry(wkb, in), in.readInt(), in.readInt(), in.readDouble(),
                        in.readDouble(), in.readDouble()));
            }
            types.add(new TilePart.TypePart(disks, access, failures, typeNotes, reach, doubleArray(in), doubleArray(in)));
        }
        String[] ids = new String[in.readInt()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = text(in);
        }
        double[] x = doubleArray(in);
        double[] y = doubleArray(in);
        int kinds = in.readInt();
        double[][] minutes = new double[kinds][];
        int[][] facility = new int[kinds][];
        for (int k = 0; k < kinds; k++) {
            minutes[k] = doubleArray(in);
            facility[k] = intArray(in);
        }
        TilePart.NodeRows nodes = new TilePart.NodeRows(ids, x, y, minutes, facility);
        int[] postcodes = intArray(in);
        int[] residents = intArray(in);
        return new TilePart(tile, id, network, warnings, notes, types, nodes, postcodes, residents, overlay(in, wkb));
    }

    private static Geometry geometry(WKBReader wkb, DataInputStream in) throws IOException {
        try {
            return wkb.read(bytes(in));
        } catch (ParseException e) {
            throw new IOException("a damaged geometry: " + e.getMessage(), e);
        }
    }

    private static void doubles(DataOutputStream out, double... values) throws IOException {
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static void doubleArray(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        doubles(out, values);
    }

    private static double[] doubleArray(DataInputStream in) throws IOException {
        double[] v = new double[length(in)];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readDouble();
        }
        return v;
    }

    private static void intArray(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] intArray(DataInputStream in) throws IOException {
        int[] v = new int[length(in)];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readInt();
        }
        return v;
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] b = new byte[length(in)];
        in.readFully(b);
        return b;
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            bytes(out, s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? new String(bytes(in), StandardCharsets.UTF_8) : null;
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int n = length(in); n > 0; n--) {
            out.add(text(in));
        }
        return out;
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("a damaged length: " + n);
        }
        return n;
    }
}
