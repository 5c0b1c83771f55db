-- References the input does not satisfy, each of a different kind: orapg graph and the
-- assessment list every one as unresolved with its file and line. The tests read the
-- lines from this file, so the statements may move.
CREATE OR REPLACE VIEW carto.v_unplaced AS
  SELECT l.landmark_id
    FROM carto.landmark l
   WHERE NOT EXISTS (SELECT 1 FROM carto.placement p WHERE p.landmark_id = l.landmark_id);

CREATE OR REPLACE PROCEDURE carto.place_all IS
  v_box  carto.bbox_t;
BEGIN
  INSERT INTO carto.landmark (landmark_id, label)
  VALUES (carto.placement_seq.NEXTVAL, carto.label_for(0));
  mapping_queue.push(v_box);
  carto.notify_mappers;
END place_all;
/

CREATE OR REPLACE TRIGGER carto.survey_bi
  BEFORE INSERT ON carto.survey
  FOR EACH ROW
BEGIN
  NULL;
END;
/
