-- Do the two pipelines agree? Compares the pgRouting tables of the last run with Catchment's
-- GeoPackage layers, loaded into the schema "catchment". Variables: :speed (metres a minute),
-- :bands (e.g. '{5,10,20}').
\pset footer off

\echo 'Facilities joined to the network (straight walk to the network, metres):'
SELECT count(c.facility) AS catchment, count(s.fid) AS pgrouting,
       count(*) FILTER (WHERE abs(c.offset_m - s.offset_m) > 1e-6) AS differ_over_1um,
       max(abs(c.offset_m - s.offset_m)) AS max_difference_m
FROM catchment.access_points c FULL JOIN snaps s ON s.name = c.facility;

\echo 'Minutes from the nearest facility at every OS node reached within the largest band:'
SELECT count(c.source_id) AS catchment, count(p.node) AS pgrouting, count(c.source_id) FILTER (WHERE p.node IS NOT NULL) AS both,
       max(abs(c.gp_min - p.minutes)) AS max_difference_min
FROM (SELECT source_id, gp_min FROM catchment.node_times WHERE gp_min IS NOT NULL) c
FULL JOIN (SELECT v.node, r.dist / :speed AS minutes FROM reached r JOIN vertices v ON v.id = r.vid) p
       ON p.node = c.source_id;

\echo 'Length of the reachable network (km) and area of the service area (km2) per band; outline_gap_m is the area'
\echo 'between the two polygons over the length of the outline: the mean width of the slivers where they differ'
\echo '(JTS and GEOS simplify buffer input by 1 % of the distance, each in its own way):'
SELECT b.band,
       round((SELECT sum(length_m) FROM catchment.reachable_network WHERE band_min <= b.band)::numeric / 1000, 6) AS catchment_km,
       round((SELECT sum(length) FROM stretches WHERE band = b.band)::numeric / 1000, 6) AS pgrouting_km,
       round((SELECT area_m2 FROM catchment.service_areas WHERE band_min = b.band)::numeric / 1e6, 6) AS catchment_km2,
       round((SELECT ST_Area(geom) FROM service_areas WHERE band = b.band)::numeric / 1e6, 6) AS pgrouting_km2,
       (SELECT round((ST_Area(ST_SymDifference(c.geom, p.geom)) / ST_Perimeter(p.geom))::numeric, 4)
          FROM catchment.service_areas c, service_areas p WHERE c.band_min = b.band AND p.band = b.band)
         AS outline_gap_m
FROM unnest(:'bands'::float8[]) b (band)
ORDER BY b.band;
