-- Step 2 of the PostGIS + pgRouting pipeline: the walking graph from the loaded RoadLink table.
-- As Catchment builds it (docs/method.md, "OS Open Roads"): links join where they name the same
-- startnode/endnode identifier (not where their lines touch), every link is walkable both ways
-- except those whose function is Motorway, and an edge's cost is its length in EPSG:27700 metres.
-- Multi-part links whose parts join end to end become one line (ST_LineMerge).
CREATE TABLE vertices (id bigserial PRIMARY KEY, node text UNIQUE);
INSERT INTO vertices (node) SELECT startnode FROM roads UNION SELECT endnode FROM roads;

CREATE TABLE edges AS
SELECT r.gid::bigint AS id, s.id AS source, t.id AS target, g.geom, ST_Length(g.geom) AS length
FROM roads r
CROSS JOIN LATERAL (SELECT ST_LineMerge(r.geom) AS geom) g
JOIN vertices s ON s.node = r.startnode
JOIN vertices t ON t.node = r.endnode
WHERE lower(trim(coalesce(r.function, ''))) <> 'motorway';
CREATE INDEX edges_geom ON edges USING gist (geom);
ANALYZE edges;
