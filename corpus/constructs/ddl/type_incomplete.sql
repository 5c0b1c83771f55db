-- Exercises: incomplete (forward) type declaration "CREATE TYPE t;" used to build mutually referencing object types with REF
CREATE TYPE hr_org.org_unit_t;
/

CREATE OR REPLACE TYPE hr_org.staff_member_t AS OBJECT
(
  staff_no     NUMBER(8),
  full_name    VARCHAR2(120),
  works_in     REF hr_org.org_unit_t
);
/

CREATE OR REPLACE TYPE hr_org.org_unit_t AS OBJECT
(
  unit_code    VARCHAR2(10),
  unit_name    VARCHAR2(100),
  head_of_unit REF hr_org.staff_member_t
);
/

CREATE TYPE "HR_ORG"."COST_POOL_T";
/
