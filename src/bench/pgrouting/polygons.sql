-- Step 5: the service-area polygon of one band: its reachable stretches buffered by the trim
-- distance and dissolved (ST_Buffer's default 8 segments a quarter circle, as JTS's default in
-- Catchment). PostgreSQL runs the ST_Union aggregate in parallel (a worker and the leader each
-- union part of the buffers, then the parts are joined). Variables: :band, :trim (metres).
INSERT INTO service_areas (band, geom)
SELECT :band, ST_Multi(ST_Union(ST_Buffer(geom, :trim))) FROM stretches WHERE band = :band;
