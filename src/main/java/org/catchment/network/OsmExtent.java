package org.catchment.network;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.osm.OSMInputFile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.stream.XMLStreamException;
import org.catchment.InputException;
import org.locationtech.jts.geom.Envelope;
import org.openstreetmap.osmosis.osmbinary.Fileformat;
import org.openstreetmap.osmosis.osmbinary.Osmformat;

/**
 * The longitude/latitude extent of an OpenStreetMap extract, told before it is imported, so that
 * a network that misses the study area is reported at once. A {@code .osm.pbf} names its extent in
 * its header block (Geofabrik's extracts, osmium's output: the box the extract was cut to), which
 * is read alone; an extract without one has its nodes scanned (one pass over the nodes, none of the
 * ways), as has an {@code .osm} XML file. The PBF header is decoded with the OSM binary format
 * classes GraphHopper's own reader uses, its sizes checked against the format's limits first so
 * that a file of another kind is refused without reading it whole.
 */
public final class OsmExtent {

    private static final double NANODEGREES = 1e-9;
    /** The largest blob header the OSM PBF format allows (64 KiB), so a file of another kind is not read as one. */
    private static final int MAX_BLOB_HEADER = 64 * 1024;
    /** The largest blob the OSM PBF format allows (32 MiB), compressed or not. */
    private static final int MAX_BLOB = 32 * 1024 * 1024;

    private OsmExtent() {
    }

    /**
     * @param osm an {@code .osm.pbf} (or {@code .osm}) file
     * @return its extent, longitude as x; a null envelope when it has no node
     * @throws InputException if the file cannot be read as an OpenStreetMap extract
     */
    public static Envelope of(Path osm) {
        if (!Files.isRegularFile(osm)) {
            throw new InputException(osm, null, "the OpenStreetMap file does not exist", "Check the path in the analysis file");
        }
        if (osm.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pbf")) {
            Envelope header = headerBox(osm);
            if (header != null) {
                return header;
            }
        }
        return nodeExtent(osm);
    }

    /** @return the bounding box of a PBF's header block, or null when it has none */
    static Envelope headerBox(Path pbf) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(pbf)))) {
            int headerLength = in.readInt();
            if (headerLength <= 0 || headerLength > MAX_BLOB_HEADER) {
                throw new DataFormatException("it does not start with an OSM PBF blob header");
            }
            byte[] header = new byte[headerLength];
            in.readFully(header);
            Fileformat.BlobHeader blobHeader = Fileformat.BlobHeader.parseFrom(header);
            int size = blobHeader.getDatasize();
            if (!"OSMHeader".equals(blobHeader.getType()) || size <= 0 || size > MAX_BLOB) {
                throw new DataFormatException("its first block is not an OSM PBF header block");
            }
            byte[] data = new byte[size];
            in.readFully(data);
            Osmformat.HeaderBlock block = Osmformat.HeaderBlock.parseFrom(content(Fileformat.Blob.parseFrom(data)));
            if (!block.hasBbox()) {
                return null;
            }
            Osmformat.HeaderBBox b = block.getBbox();
            return new Envelope(b.getLeft() * NANODEGREES, b.getRight() * NANODEGREES, b.getBottom() * NANODEGREES,
                    b.getTop() * NANODEGREES);
        } catch (IOException | DataFormatException | RuntimeException e) {
            throw new InputException(pbf, null, "cannot read the OpenStreetMap extract's header (" + e.getMessage() + ")",
                    "Check that it is an .osm.pbf file, e.g. a Geofabrik extract, and is not truncated", e);
        }
    }

    private static byte[] content(Fileformat.Blob blob) throws DataFormatException {
        if (blob.hasRaw()) {
            return blob.getRaw().toByteArray();
        }
        if (!blob.hasZlibData()) {
            throw new DataFormatException("the header block is compressed in a way other than zlib");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(blob.getZlibData().toByteArray());
            if (blob.getRawSize() <= 0 || blob.getRawSize() > MAX_BLOB) {
                throw new DataFormatException("the header block's size is not that of an OSM PBF block");
            }
            byte[] out = new byte[blob.getRawSize()];
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int read = inflater.inflate(out, n, out.length - n);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the header block is cut short");
                }
                n += read;
            }
            return out;
        } finally {
            inflater.end();
        }
    }

    /** @return the extent of every node of the file (they come before the ways) */
    static Envelope nodeExtent(Path osm) {
        Envelope e = new Envelope();
        try {
            OSMInputFile in = new OSMInputFile(osm.toFile()).setWorkerThreads(1).open();
            try {
                ReaderElement element;
                while ((element = in.getNext()) != null) {
                    if (element instanceof ReaderNode node) {
                        e.expandToInclude(node.getLon(), node.getLat());
                    } else if (element.getType() == ReaderElement.Type.WAY
                            || element.getType() == ReaderElement.Type.RELATION) {
                        break;
                    }
                }
            } finally {
                in.close();
            }
        } catch (IOException | XMLStreamException | RuntimeException ex) {
            throw new InputException(osm, null, "cannot read the nodes of the OpenStreetMap extract (" + ex.getMessage()
                    + ")", "Check that the file is a complete .osm.pbf extract", ex);
        }
        return e;
    }
}
