#!/usr/bin/env bash
# Regenerates the installers' icons from the app's own icon (org.catchment.ui.common.AppIcon, drawn
# with Java2D): catchment.png (Linux), catchment.ico (Windows) and catchment.icns (macOS). The
# results are committed; run this after changing AppIcon, from the checkout, with the jar built.
set -euo pipefail
cd "$(dirname "$0")"
jar=../../../target/catchment.jar
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/Draw.java" <<'JAVA'
import java.io.File;
import javax.imageio.ImageIO;
import org.catchment.ui.common.AppIcon;

public class Draw {
    public static void main(String[] args) throws Exception {
        for (String s : args) {
            int size = Integer.parseInt(s);
            ImageIO.write(AppIcon.draw(size), "png", new File(System.getProperty("out"), "icon-" + size + ".png"));
        }
    }
}
JAVA
java -Djava.awt.headless=true -Dout="$tmp" -cp "$jar" "$tmp/Draw.java" 16 32 48 64 128 256 512
cp "$tmp/icon-256.png" catchment.png
python3 - "$tmp" <<'PY'
import struct, sys
d = sys.argv[1]
png = {s: open(f"{d}/icon-{s}.png", "rb").read() for s in (16, 32, 48, 64, 128, 256, 512)}
# .ico with PNG-compressed entries (Windows Vista and later): header, directory, images.
sizes = (16, 32, 48, 64, 128, 256)
out = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
for s in sizes:
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(png[s]), offset)
    offset += len(png[s])
out += b"".join(png[s] for s in sizes)
open("catchment.ico", "wb").write(out)
# .icns with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512.
types = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512))
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png[s])) + png[s] for t, s in types)
open("catchment.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
ls -l catchment.png catchment.ico catchment.icns
