-- Exercises: character types: VARCHAR2(n BYTE), VARCHAR2(n CHAR), NVARCHAR2, CHAR, NCHAR, VARCHAR2 without semantics
create table crm.customer_name_variant (
    variant_id     number(10)               not null,
    customer_id    number(10)               not null,
    legal_name     varchar2(200 byte)       not null,
    display_name   varchar2(120 char),
    short_code     varchar2(12),
    local_script   nvarchar2(200),
    country_code   char(2),
    title_code     char(4 char),
    flag_yn        char(1 byte) default 'N',
    kana_initial   nchar(1),
    sort_key       nchar(40),
    search_text    varchar2(4000 byte)
);
