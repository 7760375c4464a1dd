-- Step 4: the reachable network of every band, with the partial ends of edges exactly as
-- Catchment cuts them (docs/method.md, "Reachable part of the network"): an edge of length L
-- whose ends are at distances dA and dB is reached within band distance D from A up to
-- min(L, D - dA) and from B up to min(L, D - dB); when the two together cover L the edge is
-- reached whole. Variables: :speed (metres a minute), :bands (e.g. '{5,10,20}').
CREATE TABLE reached_edges AS
SELECT g.id, g.geom, g.cost AS len, rs.dist AS ds, rt.dist AS dt
FROM graph g
LEFT JOIN reached rs ON rs.vid = g.source
LEFT JOIN reached rt ON rt.vid = g.target
WHERE g.geom IS NOT NULL AND (rs.vid IS NOT NULL OR rt.vid IS NOT NULL);

CREATE TABLE stretches AS
WITH r AS (
  SELECT e.id, b.band, e.geom, e.len,
         CASE WHEN e.ds <= b.d THEN least(e.len, b.d - e.ds) ELSE 0 END AS from_s,
         CASE WHEN e.dt <= b.d THEN least(e.len, b.d - e.dt) ELSE 0 END AS from_t
  FROM reached_edges e
  CROSS JOIN (SELECT band, band * :speed AS d FROM unnest(:'bands'::float8[]) band) b
  WHERE e.ds <= b.d OR e.dt <= b.d)
SELECT id, band, geom, len AS length FROM r WHERE from_s + from_t >= len
UNION ALL
SELECT id, band, ST_LineSubstring(geom, 0, from_s / len), from_s FROM r WHERE from_s + from_t < len AND from_s > 0
UNION ALL
SELECT id, band, ST_LineSubstring(geom, 1 - from_t / len, 1), from_t FROM r WHERE from_s + from_t < len AND from_t > 0;
ANALYZE stretches;
