-- Exercises: SDO_GEOMETRY column (owner-qualified and not), spatial metadata insert and spatial index
CREATE TABLE logi.depot_location
(
  depot_id      NUMBER(8)      NOT NULL PRIMARY KEY,
  depot_name    VARCHAR2(80)   NOT NULL,
  geo_point     SDO_GEOMETRY,
  service_area  MDSYS.SDO_GEOMETRY
);

INSERT INTO user_sdo_geom_metadata (table_name, column_name, diminfo, srid)
VALUES ('DEPOT_LOCATION', 'GEO_POINT',
        MDSYS.SDO_DIM_ARRAY(
          MDSYS.SDO_DIM_ELEMENT('LONG', -180, 180, 0.005),
          MDSYS.SDO_DIM_ELEMENT('LAT',  -90,  90,  0.005)),
        4326);

INSERT INTO logi.depot_location (depot_id, depot_name, geo_point)
VALUES (101, 'Rotterdam Maasvlakte',
        SDO_GEOMETRY(2001, 4326, SDO_POINT_TYPE(4.0312, 51.9563, NULL), NULL, NULL));

CREATE INDEX logi.depot_location_geo_sx ON logi.depot_location (geo_point)
  INDEXTYPE IS MDSYS.SPATIAL_INDEX
  PARAMETERS ('layer_gtype=POINT');
