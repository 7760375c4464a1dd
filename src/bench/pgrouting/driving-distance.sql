-- Step 3: exact multi-source driving distance, as Catchment's search (docs/method.md, "Snapping",
-- "Search"). Variables: :speed (walking metres a minute), :max_band (minutes), :snap_tolerance (m).
--
-- Each facility joins the network at the nearest point of the nearest walkable edge within the
-- snap tolerance. The edges it joins are split there (a facility on a node joins that node), and
-- a virtual source, vertex 0, is tied to every joining point by a one-way leg whose cost is the
-- straight walk from the facility to the network (off_network_leg: walk). One pgr_drivingDistance
-- from vertex 0 then gives every vertex its distance from the nearest facility, walk included,
-- up to the largest band.
CREATE TABLE snaps AS
SELECT f.gid AS fid, f.name, e.id AS edge, e.source, e.target,
       ST_LineLocatePoint(e.geom, f.geom) AS frac, ST_Distance(e.geom, f.geom) AS offset_m
FROM facilities f
CROSS JOIN LATERAL (SELECT id, source, target, geom FROM edges ORDER BY geom <-> f.geom LIMIT 1) e
WHERE ST_DWithin(e.geom, f.geom, :snap_tolerance);

CREATE TABLE split_points AS
SELECT edge, frac, (SELECT max(id) FROM vertices) + row_number() OVER (ORDER BY edge, frac) AS vid
FROM (SELECT DISTINCT edge, frac FROM snaps WHERE frac > 0 AND frac < 1) s;

-- The split edges' pieces, between consecutive split points.
CREATE TABLE pieces AS
SELECT -row_number() OVER () AS id, p.vid AS source, p.next_vid AS target,
       (p.next_frac - p.frac) * e.length AS cost, ST_LineSubstring(e.geom, p.frac, p.next_frac) AS geom
FROM (SELECT edge, frac, vid, lead(frac) OVER w AS next_frac, lead(vid) OVER w AS next_vid
      FROM (SELECT id AS edge, 0::float8 AS frac, source AS vid FROM edges WHERE id IN (SELECT edge FROM split_points)
            UNION ALL SELECT edge, frac, vid FROM split_points
            UNION ALL SELECT id, 1::float8, target FROM edges WHERE id IN (SELECT edge FROM split_points)) b
      WINDOW w AS (PARTITION BY edge ORDER BY frac)) p
JOIN edges e ON e.id = p.edge
WHERE p.next_frac IS NOT NULL;

-- The graph: whole edges, pieces, and the legs from the virtual source (one way: reverse cost -1).
CREATE VIEW graph AS
SELECT id, source, target, length AS cost, length AS reverse_cost, geom FROM edges
WHERE id NOT IN (SELECT edge FROM split_points)
UNION ALL
SELECT id, source, target, cost, cost, geom FROM pieces
UNION ALL
SELECT -1000000000 - s.fid, 0, CASE WHEN s.frac = 0 THEN s.source WHEN s.frac = 1 THEN s.target ELSE p.vid END,
       s.offset_m, -1, NULL
FROM snaps s LEFT JOIN split_points p ON p.edge = s.edge AND p.frac = s.frac;

CREATE TABLE reached AS
SELECT node AS vid, agg_cost AS dist
FROM pgr_drivingDistance('SELECT id, source, target, cost, reverse_cost FROM graph', 0,
                         :max_band * :speed, directed => true)
WHERE node <> 0;
CREATE UNIQUE INDEX reached_vid ON reached (vid);
