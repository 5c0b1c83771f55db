-- Exported by a Windows client: accents in comments, strings and identifiers.
-- Société Générale d'Équipement — prix en €
CREATE TABLE tarif (
  code_tarif  VARCHAR2(10),
  libellé     VARCHAR2(100) DEFAULT 'Tarif réduit',
  devise      CHAR(3) DEFAULT '€'
);
COMMENT ON TABLE tarif IS 'Tarifs “spéciaux” de l''année';
