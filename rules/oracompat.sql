-- oracompat: PostgreSQL functions with Oracle's semantics, for converted code.
--
-- deploy.sql runs this script (through psql) before anything else. It is idempotent:
-- every statement is CREATE ... IF NOT EXISTS, CREATE OR REPLACE or COMMENT, so it can
-- run again on a database that already has the schema. (CREATE OR REPLACE cannot change
-- a function's result type or parameter names: a release that does must DROP first.)
-- PostgreSQL 15, core only: no extension is needed.
--
-- Type mapping assumed (rules/types.toml): Oracle DATE -> timestamp(0), TIMESTAMP ->
-- timestamp, TIMESTAMP WITH TIME ZONE -> timestamptz. Each date function has overloads
-- for timestamp, timestamptz and date (an Oracle DATE '...' literal stays a PostgreSQL
-- date), so PostgreSQL's overload resolution picks the right one without the converter
-- knowing types. The date functions return timestamp, as Oracle's functions return DATE
-- whatever the datetime type of the argument; fractional seconds are dropped (truncated), as in
-- Oracle's implicit TIMESTAMP -> DATE conversion. A timestamptz argument is read as
-- wall-clock time in the session's TimeZone, so those overloads are STABLE; the
-- timestamp and date ones are IMMUTABLE.
--
-- Arguments that Oracle converts to an integer (months, positions, occurrences, decimal
-- places) are double precision and truncated toward zero: every PostgreSQL numeric type
-- (smallint, integer, bigint, numeric, real) converts to double precision implicitly,
-- whereas double precision -> numeric is an assignment cast only.
--
-- Every function with arguments is STRICT (NULL in, NULL out, as in Oracle), and an
-- empty string in a text argument also gives NULL, since '' is Oracle's NULL.
--
-- Functions whose names start with an underscore are internal helpers.
-- docs/oracompat.md describes each function; tests/oracompat.rs checks them against
-- Oracle's documented examples in a real PostgreSQL.

CREATE SCHEMA IF NOT EXISTS oracompat;

COMMENT ON SCHEMA oracompat IS
    'Functions with Oracle semantics for code converted by orapg (see docs/oracompat.md).';

--------------------------------------------------------------------------------------
-- Internal helpers
--------------------------------------------------------------------------------------

-- The unit of an Oracle ROUND/TRUNC date format model, or ORA-01821.
CREATE OR REPLACE FUNCTION oracompat._date_unit(fmt text)
    RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
BEGIN
    IF fmt = '' THEN
        RETURN NULL;  -- Oracle's '' is NULL
    END IF;
    CASE upper(fmt)
        WHEN 'CC', 'SCC' THEN RETURN 'CC';
        WHEN 'SYYYY', 'YYYY', 'YEAR', 'SYEAR', 'YYY', 'YY', 'Y' THEN RETURN 'YYYY';
        WHEN 'IYYY', 'IYY', 'IY', 'I' THEN RETURN 'IYYY';
        WHEN 'Q' THEN RETURN 'Q';
        WHEN 'MONTH', 'MON', 'MM', 'RM' THEN RETURN 'MM';
        WHEN 'WW' THEN RETURN 'WW';
        WHEN 'IW' THEN RETURN 'IW';
        WHEN 'W' THEN RETURN 'W';
        WHEN 'DDD', 'DD', 'J' THEN RETURN 'DD';
        WHEN 'DAY', 'DY', 'D' THEN RETURN 'DAY';
        WHEN 'HH', 'HH12', 'HH24' THEN RETURN 'HH';
        WHEN 'MI' THEN RETURN 'MI';
        ELSE
            RAISE EXCEPTION 'ORA-01821: date format not recognized'
                USING ERRCODE = 'invalid_datetime_format',
                      DETAIL = format('%L is not a ROUND/TRUNC date format model.', fmt),
                      HINT = 'Use CC, SCC, SYYYY, YYYY, YEAR, SYEAR, YYY, YY, Y, IYYY, IYY, IY, I, '
                          || 'Q, MONTH, MON, MM, RM, WW, IW, W, DDD, DD, J, DAY, DY, D, '
                          || 'HH, HH12, HH24 or MI.';
    END CASE;
END
$$;

COMMENT ON FUNCTION oracompat._date_unit(text) IS
    'Internal. The unit of an Oracle ROUND/TRUNC date format model (Oracle SQL Language '
    'Reference, "ROUND and TRUNC Date Functions"), case-insensitive; NULL for NULL or '''' '
    '(Oracle''s empty string is NULL); ORA-01821 (SQLSTATE 22007) for anything else.';

-- Day of the week (0 = Sunday) named by an English day name, or ORA-01846.
CREATE OR REPLACE FUNCTION oracompat._weekday(day_name text)
    RETURNS integer
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
BEGIN
    IF day_name = '' THEN
        RETURN NULL;  -- Oracle's '' is NULL
    END IF;
    -- Oracle: at least the abbreviation's letters; characters after it are ignored.
    CASE upper(left(day_name, 3))
        WHEN 'SUN' THEN RETURN 0;
        WHEN 'MON' THEN RETURN 1;
        WHEN 'TUE' THEN RETURN 2;
        WHEN 'WED' THEN RETURN 3;
        WHEN 'THU' THEN RETURN 4;
        WHEN 'FRI' THEN RETURN 5;
        WHEN 'SAT' THEN RETURN 6;
        ELSE
            RAISE EXCEPTION 'ORA-01846: not a valid day of the week'
                USING ERRCODE = 'invalid_datetime_format',
                      DETAIL = format('%L is not an English day name or abbreviation.', day_name);
    END CASE;
END
$$;

COMMENT ON FUNCTION oracompat._weekday(text) IS
    'Internal. 0 (Sunday) to 6 for an English day name as NEXT_DAY reads it (Oracle: full '
    'name or abbreviation, case-insensitive, characters after the three-letter abbreviation '
    'ignored); NULL for NULL or ''''; ORA-01846 (SQLSTATE 22007) otherwise.';

-- Monday of ISO week 1 of an ISO year: the week that holds January 4.
CREATE OR REPLACE FUNCTION oracompat._iso_year_start(iso_year integer)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN date_trunc('week', make_date(iso_year, 1, 4)::timestamp);

COMMENT ON FUNCTION oracompat._iso_year_start(integer) IS
    'Internal. The first day (a Monday) of ISO 8601 year iso_year: the Monday of the week '
    'containing January 4.';

-- lo or hi, whichever d is nearer to; the midpoint rounds up.
CREATE OR REPLACE FUNCTION oracompat._nearer(d timestamp, lo timestamp, hi timestamp)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN d >= lo + (hi - lo) / 2 THEN hi ELSE lo END;

COMMENT ON FUNCTION oracompat._nearer(timestamp, timestamp, timestamp) IS
    'Internal. hi when d is at or past the midpoint of [lo, hi], else lo.';

-- Oracle TRUNC(date, fmt) on a wall-clock timestamp, for a unit from _date_unit.
CREATE OR REPLACE FUNCTION oracompat._trunc_date(d timestamp, unit text)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE unit
    WHEN 'CC' THEN date_trunc('century', d)
    WHEN 'YYYY' THEN date_trunc('year', d)
    WHEN 'IYYY' THEN oracompat._iso_year_start(extract(isoyear FROM d)::integer)
    WHEN 'Q' THEN date_trunc('quarter', d)
    WHEN 'MM' THEN date_trunc('month', d)
    WHEN 'WW' THEN date_trunc('day', d)
        - ((extract(doy FROM d)::integer - 1) % 7) * interval '1 day'
    WHEN 'IW' THEN date_trunc('week', d)
    WHEN 'W' THEN date_trunc('day', d)
        - ((extract(day FROM d)::integer - 1) % 7) * interval '1 day'
    WHEN 'DD' THEN date_trunc('day', d)
    WHEN 'DAY' THEN date_trunc('day', d) - extract(dow FROM d)::integer * interval '1 day'
    WHEN 'HH' THEN date_trunc('hour', d)
    WHEN 'MI' THEN date_trunc('minute', d)
END;

COMMENT ON FUNCTION oracompat._trunc_date(timestamp, text) IS
    'Internal. Oracle TRUNC(date, fmt) for a unit returned by _date_unit.';

-- Oracle ROUND(date, fmt) on a wall-clock timestamp, for a unit from _date_unit.
CREATE OR REPLACE FUNCTION oracompat._round_date(d timestamp, unit text)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE unit
    -- Centuries run from year xx01: the second half starts on January 1 of year xx51.
    WHEN 'CC' THEN date_trunc('century', d)
        + CASE WHEN d >= date_trunc('century', d) + interval '50 years'
               THEN interval '100 years' ELSE interval '0' END
    -- Rounds up on July 1.
    WHEN 'YYYY' THEN date_trunc('year', d)
        + CASE WHEN extract(month FROM d) >= 7 THEN interval '1 year' ELSE interval '0' END
    -- The ISO year starting nearest to the calendar year's rounding (up on July 1).
    WHEN 'IYYY' THEN oracompat._iso_year_start(
        extract(year FROM d)::integer + CASE WHEN extract(month FROM d) >= 7 THEN 1 ELSE 0 END)
    -- Rounds up on the sixteenth day of the second month of the quarter.
    WHEN 'Q' THEN date_trunc('quarter', d)
        + CASE WHEN (extract(month FROM d)::integer - 1) % 3 = 2
                 OR ((extract(month FROM d)::integer - 1) % 3 = 1 AND extract(day FROM d) >= 16)
               THEN interval '3 months' ELSE interval '0' END
    -- Rounds up on the sixteenth day.
    WHEN 'MM' THEN date_trunc('month', d)
        + CASE WHEN extract(day FROM d) >= 16 THEN interval '1 month' ELSE interval '0' END
    -- Weeks: the nearer week start; the last week of a year or month may be short.
    WHEN 'WW' THEN oracompat._nearer(d, oracompat._trunc_date(d, 'WW'),
        least(oracompat._trunc_date(d, 'WW') + interval '7 days',
              date_trunc('year', d) + interval '1 year'))
    WHEN 'IW' THEN oracompat._nearer(d, date_trunc('week', d),
                                     date_trunc('week', d) + interval '7 days')
    WHEN 'W' THEN oracompat._nearer(d, oracompat._trunc_date(d, 'W'),
        least(oracompat._trunc_date(d, 'W') + interval '7 days',
              date_trunc('month', d) + interval '1 month'))
    WHEN 'DD' THEN oracompat._nearer(d, date_trunc('day', d),
                                     date_trunc('day', d) + interval '1 day')
    WHEN 'DAY' THEN oracompat._nearer(d, oracompat._trunc_date(d, 'DAY'),
                                      oracompat._trunc_date(d, 'DAY') + interval '7 days')
    WHEN 'HH' THEN oracompat._nearer(d, date_trunc('hour', d),
                                     date_trunc('hour', d) + interval '1 hour')
    WHEN 'MI' THEN oracompat._nearer(d, date_trunc('minute', d),
                                     date_trunc('minute', d) + interval '1 minute')
END;

COMMENT ON FUNCTION oracompat._round_date(timestamp, text) IS
    'Internal. Oracle ROUND(date, fmt) for a unit returned by _date_unit.';

-- ADD_MONTHS on an Oracle DATE value (whole seconds) and an integer month count.
CREATE OR REPLACE FUNCTION oracompat._add_months(d timestamp, n integer)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
    -- d on the last day of its month: the last day of the resulting month.
    WHEN date_trunc('day', d) = date_trunc('month', d) + interval '1 month' - interval '1 day'
        THEN date_trunc('month', d) + make_interval(months => n + 1) - interval '1 day'
             + (d - date_trunc('day', d))
    -- Otherwise the same day, or the last day when the resulting month is shorter:
    -- PostgreSQL's timestamp + months already clamps the day that way.
    ELSE d + make_interval(months => n)
END;

COMMENT ON FUNCTION oracompat._add_months(timestamp, integer) IS
    'Internal. Oracle ADD_MONTHS on a whole-second timestamp and an integer count.';

-- MONTHS_BETWEEN on Oracle DATE values (whole seconds).
CREATE OR REPLACE FUNCTION oracompat._months_between(d1 timestamp, d2 timestamp)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
    WHEN extract(day FROM d1) = extract(day FROM d2)
      OR (date_trunc('day', d1) = date_trunc('month', d1) + interval '1 month' - interval '1 day'
          AND date_trunc('day', d2) = date_trunc('month', d2) + interval '1 month' - interval '1 day')
        -- Same day of the month, or both last days: a whole number, times ignored.
        THEN (extract(year FROM age(date_trunc('month', d1), date_trunc('month', d2))) * 12
              + extract(month FROM age(date_trunc('month', d1), date_trunc('month', d2))))
    -- Otherwise whole months plus the difference in days and time of day, in 31-day months.
    ELSE trim_scale(round(
              (extract(year FROM age(date_trunc('month', d1), date_trunc('month', d2))) * 12
               + extract(month FROM age(date_trunc('month', d1), date_trunc('month', d2)))) * 2678400
              + (extract(day FROM d1) - extract(day FROM d2)) * 86400
              + extract(epoch FROM (d1 - date_trunc('day', d1)) - (d2 - date_trunc('day', d2))),
              38) / 2678400)
END;

COMMENT ON FUNCTION oracompat._months_between(timestamp, timestamp) IS
    'Internal. Oracle MONTHS_BETWEEN on whole-second timestamps.';

-- A double precision as the decimal number it stands for: PostgreSQL's own cast (15
-- significant digits) below 1e15, where doubles hold decimal data; exactly above that,
-- where the cast would change digits of the integer part.
CREATE OR REPLACE FUNCTION oracompat._float8_numeric(x double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
    WHEN abs(x) < 1e15 THEN x::numeric
    WHEN abs(x) < 9.2e18
        THEN pg_catalog.trunc(x)::bigint::numeric + (x - pg_catalog.trunc(x))::numeric
    ELSE x::numeric
END;

COMMENT ON FUNCTION oracompat._float8_numeric(double precision) IS
    'Internal. double precision -> numeric: PostgreSQL''s cast (15 significant digits) '
    'below 1e15, exact from 1e15 to 9.2e18.';

--------------------------------------------------------------------------------------
-- ADD_MONTHS(date, integer)
--------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION oracompat.add_months(d timestamp, n double precision)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._add_months(date_trunc('second', d), pg_catalog.trunc(n)::integer);

CREATE OR REPLACE FUNCTION oracompat.add_months(d timestamptz, n double precision)
    RETURNS timestamp
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN oracompat._add_months(date_trunc('second', d::timestamp), pg_catalog.trunc(n)::integer);

CREATE OR REPLACE FUNCTION oracompat.add_months(d date, n double precision)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._add_months(d::timestamp, pg_catalog.trunc(n)::integer);

COMMENT ON FUNCTION oracompat.add_months(timestamp, double precision) IS
    'Oracle ADD_MONTHS(date, integer): date plus n months, n truncated to an integer (Oracle '
    'converts it implicitly). If date is the last day of its month, or the resulting month has '
    'fewer days than date''s day, the result is the last day of the resulting month; otherwise '
    'the same day. Time of day kept; returns an Oracle DATE (fractional seconds dropped).';
COMMENT ON FUNCTION oracompat.add_months(timestamptz, double precision) IS
    'Oracle ADD_MONTHS(date, integer) on a TIMESTAMP WITH TIME ZONE, read as wall-clock time in '
    'the session TimeZone (hence STABLE): last day of month stays last day, a day the resulting '
    'month lacks becomes its last day; n truncated; returns an Oracle DATE (timestamp).';
COMMENT ON FUNCTION oracompat.add_months(date, double precision) IS
    'Oracle ADD_MONTHS(date, integer) on a PostgreSQL date (e.g. an Oracle DATE literal): last '
    'day of month stays last day, a day the resulting month lacks becomes its last day; n '
    'truncated; returns an Oracle DATE (timestamp, midnight).';

--------------------------------------------------------------------------------------
-- MONTHS_BETWEEN(date1, date2)
--------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION oracompat.months_between(d1 timestamp, d2 timestamp)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._months_between(date_trunc('second', d1), date_trunc('second', d2));

CREATE OR REPLACE FUNCTION oracompat.months_between(d1 timestamptz, d2 timestamptz)
    RETURNS numeric
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN oracompat._months_between(date_trunc('second', d1::timestamp),
                                 date_trunc('second', d2::timestamp));

CREATE OR REPLACE FUNCTION oracompat.months_between(d1 date, d2 date)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._months_between(d1::timestamp, d2::timestamp);

COMMENT ON FUNCTION oracompat.months_between(timestamp, timestamp) IS
    'Oracle MONTHS_BETWEEN(date1, date2): positive when date1 is later, negative when earlier. '
    'A whole number when both dates have the same day of the month or are both last days of '
    'their months (times ignored); otherwise the fraction is based on a 31-day month and counts '
    'the difference in time of day. Fractional seconds dropped (Oracle DATE); up to 38 decimals.';
COMMENT ON FUNCTION oracompat.months_between(timestamptz, timestamptz) IS
    'Oracle MONTHS_BETWEEN(date1, date2) on TIMESTAMP WITH TIME ZONE values, read as wall-clock '
    'times in the session TimeZone (hence STABLE): whole number for same day of month or both '
    'last days, else a 31-day-month fraction including the time of day.';
COMMENT ON FUNCTION oracompat.months_between(date, date) IS
    'Oracle MONTHS_BETWEEN(date1, date2) on PostgreSQL dates: whole number for same day of month '
    'or both last days, else (day1 - day2) / 31 added to the whole months.';

--------------------------------------------------------------------------------------
-- LAST_DAY(date)
--------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION oracompat.last_day(d timestamp)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN date_trunc('month', d) + interval '1 month' - interval '1 day'
       + (date_trunc('second', d) - date_trunc('day', d));

CREATE OR REPLACE FUNCTION oracompat.last_day(d timestamptz)
    RETURNS timestamp
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN oracompat.last_day(d::timestamp);

CREATE OR REPLACE FUNCTION oracompat.last_day(d date)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat.last_day(d::timestamp);

COMMENT ON FUNCTION oracompat.last_day(timestamp) IS
    'Oracle LAST_DAY(date): the last day of the month that contains date, time of day kept; '
    'returns an Oracle DATE (fractional seconds dropped).';
COMMENT ON FUNCTION oracompat.last_day(timestamptz) IS
    'Oracle LAST_DAY(date) on a TIMESTAMP WITH TIME ZONE, read as wall-clock time in the session '
    'TimeZone (hence STABLE): last day of the month, time of day kept; returns timestamp.';
COMMENT ON FUNCTION oracompat.last_day(date) IS
    'Oracle LAST_DAY(date) on a PostgreSQL date: the last day of its month, as a timestamp.';

--------------------------------------------------------------------------------------
-- NEXT_DAY(date, char)
--------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION oracompat.next_day(d timestamp, day_name text)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN date_trunc('second', d)
       + ((oracompat._weekday(day_name) - extract(dow FROM d)::integer + 6) % 7 + 1)
         * interval '1 day';

CREATE OR REPLACE FUNCTION oracompat.next_day(d timestamptz, day_name text)
    RETURNS timestamp
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN oracompat.next_day(d::timestamp, day_name);

CREATE OR REPLACE FUNCTION oracompat.next_day(d date, day_name text)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat.next_day(d::timestamp, day_name);

COMMENT ON FUNCTION oracompat.next_day(timestamp, text) IS
    'Oracle NEXT_DAY(date, char): the first date later than date (never date itself) that falls '
    'on the named day of the week; time of day kept. Day names are English (NLS_DATE_LANGUAGE '
    'AMERICAN), full or abbreviated, case-insensitive, characters after the abbreviation '
    'ignored; another name raises ORA-01846 (SQLSTATE 22007).';
COMMENT ON FUNCTION oracompat.next_day(timestamptz, text) IS
    'Oracle NEXT_DAY(date, char) on a TIMESTAMP WITH TIME ZONE, read as wall-clock time in the '
    'session TimeZone (hence STABLE): first later date on the named English day; ORA-01846 for '
    'an invalid name; returns timestamp.';
COMMENT ON FUNCTION oracompat.next_day(date, text) IS
    'Oracle NEXT_DAY(date, char) on a PostgreSQL date: first later date on the named English '
    'day; ORA-01846 for an invalid name; returns timestamp.';

--------------------------------------------------------------------------------------
-- TRUNC(date [, fmt]) and ROUND(date [, fmt])
--------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION oracompat.trunc(d timestamp, fmt text)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._trunc_date(d, oracompat._date_unit(fmt));

CREATE OR REPLACE FUNCTION oracompat.trunc(d timestamptz, fmt text)
    RETURNS timestamp
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN oracompat._trunc_date(d::timestamp, oracompat._date_unit(fmt));

CREATE OR REPLACE FUNCTION oracompat.trunc(d date, fmt text)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._trunc_date(d::timestamp, oracompat._date_unit(fmt));

CREATE OR REPLACE FUNCTION oracompat.trunc(d timestamp)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN date_trunc('day', d);

CREATE OR REPLACE FUNCTION oracompat.trunc(d timestamptz)
    RETURNS timestamp
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN date_trunc('day', d::timestamp);

CREATE OR REPLACE FUNCTION oracompat.trunc(d date)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN d::timestamp;

CREATE OR REPLACE FUNCTION oracompat.round(d timestamp, fmt text)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._round_date(d, oracompat._date_unit(fmt));

CREATE OR REPLACE FUNCTION oracompat.round(d timestamptz, fmt text)
    RETURNS timestamp
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN oracompat._round_date(d::timestamp, oracompat._date_unit(fmt));

CREATE OR REPLACE FUNCTION oracompat.round(d date, fmt text)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._round_date(d::timestamp, oracompat._date_unit(fmt));

CREATE OR REPLACE FUNCTION oracompat.round(d timestamp)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat._round_date(d, 'DD');

CREATE OR REPLACE FUNCTION oracompat.round(d timestamptz)
    RETURNS timestamp
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN oracompat._round_date(d::timestamp, 'DD');

CREATE OR REPLACE FUNCTION oracompat.round(d date)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN d::timestamp;

COMMENT ON FUNCTION oracompat.trunc(timestamp, text) IS
    'Oracle TRUNC(date, fmt): date truncated to the unit of the format model (Oracle "ROUND and '
    'TRUNC Date Functions" table): CC SCC century (from year xx01); SYYYY YYYY YEAR SYEAR YYY YY '
    'Y year; IYYY IYY IY I ISO year; Q quarter; MONTH MON MM RM month; WW same weekday as Jan 1; '
    'IW Monday; W same weekday as the 1st of the month; DDD DD J day; DAY DY D week starting '
    'Sunday (as NLS_TERRITORY=AMERICA); HH HH12 HH24 hour; MI minute. Case-insensitive; NULL or '
    ''''' gives NULL; another model raises ORA-01821 (SQLSTATE 22007). Returns an Oracle DATE.';
COMMENT ON FUNCTION oracompat.trunc(timestamptz, text) IS
    'Oracle TRUNC(date, fmt) on a TIMESTAMP WITH TIME ZONE, read as wall-clock time in the '
    'session TimeZone (hence STABLE); format models as for trunc(timestamp, text) (DAY weeks '
    'start on Sunday, NLS_TERRITORY=AMERICA); returns an Oracle DATE (timestamp).';
COMMENT ON FUNCTION oracompat.trunc(date, text) IS
    'Oracle TRUNC(date, fmt) on a PostgreSQL date; format models as for trunc(timestamp, text) '
    '(DAY weeks start on Sunday, NLS_TERRITORY=AMERICA); returns an Oracle DATE (timestamp).';
COMMENT ON FUNCTION oracompat.trunc(timestamp) IS
    'Oracle TRUNC(date): the default format model DD, date at midnight.';
COMMENT ON FUNCTION oracompat.trunc(timestamptz) IS
    'Oracle TRUNC(date) on a TIMESTAMP WITH TIME ZONE: midnight of its wall-clock day in the '
    'session TimeZone (hence STABLE), as a timestamp.';
COMMENT ON FUNCTION oracompat.trunc(date) IS
    'Oracle TRUNC(date) on a PostgreSQL date: the same day at midnight, as a timestamp.';
COMMENT ON FUNCTION oracompat.round(timestamp, text) IS
    'Oracle ROUND(date, fmt): date rounded to the unit of the format model (models as for '
    'trunc). Year rounds up on July 1 (ISO year likewise, to the nearer ISO year start), quarter '
    'on the 16th day of its second month, month on the 16th, century from year xx51; weeks (WW, '
    'IW, W, DAY with Sunday weeks as NLS_TERRITORY=AMERICA), days, hours and minutes at the '
    'midpoint of the unit, half up. ORA-01821 (SQLSTATE 22007) for an unknown model.';
COMMENT ON FUNCTION oracompat.round(timestamptz, text) IS
    'Oracle ROUND(date, fmt) on a TIMESTAMP WITH TIME ZONE, read as wall-clock time in the '
    'session TimeZone (hence STABLE); rules as for round(timestamp, text) (DAY weeks start on '
    'Sunday, NLS_TERRITORY=AMERICA); returns an Oracle DATE (timestamp).';
COMMENT ON FUNCTION oracompat.round(date, text) IS
    'Oracle ROUND(date, fmt) on a PostgreSQL date; rules as for round(timestamp, text) (DAY '
    'weeks start on Sunday, NLS_TERRITORY=AMERICA); returns an Oracle DATE (timestamp).';
COMMENT ON FUNCTION oracompat.round(timestamp) IS
    'Oracle ROUND(date): the default format model DD, the nearer midnight (noon rounds up).';
COMMENT ON FUNCTION oracompat.round(timestamptz) IS
    'Oracle ROUND(date) on a TIMESTAMP WITH TIME ZONE: the nearer midnight of its wall-clock '
    'time in the session TimeZone (hence STABLE), noon rounding up; returns timestamp.';
COMMENT ON FUNCTION oracompat.round(date) IS
    'Oracle ROUND(date) on a PostgreSQL date: the same day at midnight, as a timestamp.';

--------------------------------------------------------------------------------------
-- TRUNC(n [, integer]) and ROUND(n [, integer])
--------------------------------------------------------------------------------------

-- numeric: PostgreSQL's numeric round already rounds half away from zero.
CREATE OR REPLACE FUNCTION oracompat.trunc(n numeric)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.trunc(n);

CREATE OR REPLACE FUNCTION oracompat.trunc(n numeric, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.trunc(n, pg_catalog.trunc(places)::integer);

CREATE OR REPLACE FUNCTION oracompat.round(n numeric)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.round(n);

CREATE OR REPLACE FUNCTION oracompat.round(n numeric, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.round(n, pg_catalog.trunc(places)::integer);

-- double precision and real: PostgreSQL's round(double precision) rounds half to even.
CREATE OR REPLACE FUNCTION oracompat.trunc(n double precision)
    RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
-- + 0 turns IEEE negative zero (trunc(-0.4)) into 0: an Oracle NUMBER has no -0.
RETURN pg_catalog.trunc(n) + 0;

CREATE OR REPLACE FUNCTION oracompat.trunc(n double precision, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.trunc(oracompat._float8_numeric(n), pg_catalog.trunc(places)::integer);

CREATE OR REPLACE FUNCTION oracompat.round(n double precision)
    RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
-- n - trunc(n) is exact in binary floating point, so the half is judged on n itself;
-- + 0 turns negative zero (round(-0.4)) into 0.
RETURN CASE WHEN abs(n - pg_catalog.trunc(n)) >= 0.5
            THEN pg_catalog.trunc(n) + sign(n)
            ELSE pg_catalog.trunc(n) + 0 END;

CREATE OR REPLACE FUNCTION oracompat.round(n double precision, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.round(oracompat._float8_numeric(n), pg_catalog.trunc(places)::integer);

CREATE OR REPLACE FUNCTION oracompat.trunc(n real)
    RETURNS real
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat.trunc(n::double precision)::real;

CREATE OR REPLACE FUNCTION oracompat.round(n real)
    RETURNS real
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat.round(n::double precision)::real;

-- Integer types: exact matches, so that PostgreSQL does not resolve them to the double
-- precision overloads (float8 is the preferred numeric type) and lose bigint digits.
-- Positive places change nothing on an integer, and add no fractional zeros.
CREATE OR REPLACE FUNCTION oracompat.trunc(n smallint)
    RETURNS smallint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN n;

CREATE OR REPLACE FUNCTION oracompat.trunc(n integer)
    RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN n;

CREATE OR REPLACE FUNCTION oracompat.trunc(n bigint)
    RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN n;

CREATE OR REPLACE FUNCTION oracompat.round(n smallint)
    RETURNS smallint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN n;

CREATE OR REPLACE FUNCTION oracompat.round(n integer)
    RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN n;

CREATE OR REPLACE FUNCTION oracompat.round(n bigint)
    RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN n;

CREATE OR REPLACE FUNCTION oracompat.trunc(n smallint, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.trunc(n::numeric, least(pg_catalog.trunc(places), 0)::integer);

CREATE OR REPLACE FUNCTION oracompat.trunc(n integer, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.trunc(n::numeric, least(pg_catalog.trunc(places), 0)::integer);

CREATE OR REPLACE FUNCTION oracompat.trunc(n bigint, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.trunc(n::numeric, least(pg_catalog.trunc(places), 0)::integer);

CREATE OR REPLACE FUNCTION oracompat.round(n smallint, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.round(n::numeric, least(pg_catalog.trunc(places), 0)::integer);

CREATE OR REPLACE FUNCTION oracompat.round(n integer, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.round(n::numeric, least(pg_catalog.trunc(places), 0)::integer);

CREATE OR REPLACE FUNCTION oracompat.round(n bigint, places double precision)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.round(n::numeric, least(pg_catalog.trunc(places), 0)::integer);

COMMENT ON FUNCTION oracompat.trunc(numeric) IS
    'Oracle TRUNC(n): n truncated toward zero to an integer, same type as n (NUMBER).';
COMMENT ON FUNCTION oracompat.trunc(numeric, double precision) IS
    'Oracle TRUNC(n, integer): n truncated to integer decimal places (negative: left of the '
    'point); integer itself truncated to an integer; returns NUMBER.';
COMMENT ON FUNCTION oracompat.round(numeric) IS
    'Oracle ROUND(n) for NUMBER: rounded to an integer, half away from zero '
    '(ROUND(n) = -ROUND(-n) for negative n), same type as n.';
COMMENT ON FUNCTION oracompat.round(numeric, double precision) IS
    'Oracle ROUND(n, integer) for NUMBER: rounded to integer decimal places (negative: left of '
    'the point), half away from zero; integer truncated to an integer; returns NUMBER.';
COMMENT ON FUNCTION oracompat.trunc(double precision) IS
    'Oracle TRUNC(n) for BINARY_DOUBLE/FLOAT: truncated toward zero, same type as n.';
COMMENT ON FUNCTION oracompat.trunc(double precision, double precision) IS
    'Oracle TRUNC(n, integer) on a double: truncated to integer decimal places of the decimal '
    'value n stands for; returns NUMBER (numeric), as Oracle does when integer is given.';
COMMENT ON FUNCTION oracompat.round(double precision) IS
    'Oracle ROUND(n) as documented from 11g on (ROUND(n) = -ROUND(-n), FLOOR(n + 0.5) for '
    'positive n): half away from zero, unlike PostgreSQL''s round(double precision), which '
    'rounds half to even; same type as n.';
COMMENT ON FUNCTION oracompat.round(double precision, double precision) IS
    'Oracle ROUND(n, integer) on a double: the decimal value n stands for, rounded half away '
    'from zero to integer decimal places; returns NUMBER (numeric), as Oracle does when '
    'integer is given.';
COMMENT ON FUNCTION oracompat.trunc(real) IS
    'Oracle TRUNC(n) for BINARY_FLOAT: truncated toward zero, same type as n.';
COMMENT ON FUNCTION oracompat.round(real) IS
    'Oracle ROUND(n) for BINARY_FLOAT: half away from zero (see round(double precision)), '
    'same type as n.';
COMMENT ON FUNCTION oracompat.trunc(smallint) IS
    'Oracle TRUNC(n) on an integer: n itself (exact overload so resolution keeps the type).';
COMMENT ON FUNCTION oracompat.trunc(integer) IS
    'Oracle TRUNC(n) on an integer: n itself (exact overload so resolution keeps the type).';
COMMENT ON FUNCTION oracompat.trunc(bigint) IS
    'Oracle TRUNC(n) on an integer: n itself (exact overload so resolution keeps the type '
    'and does not go through double precision).';
COMMENT ON FUNCTION oracompat.round(smallint) IS
    'Oracle ROUND(n) on an integer: n itself (exact overload so resolution keeps the type).';
COMMENT ON FUNCTION oracompat.round(integer) IS
    'Oracle ROUND(n) on an integer: n itself (exact overload so resolution keeps the type).';
COMMENT ON FUNCTION oracompat.round(bigint) IS
    'Oracle ROUND(n) on an integer: n itself (exact overload so resolution keeps the type '
    'and does not go through double precision).';
COMMENT ON FUNCTION oracompat.trunc(smallint, double precision) IS
    'Oracle TRUNC(n, integer) on an integer: truncated to integer places (negative: left of '
    'the point); returns NUMBER (numeric).';
COMMENT ON FUNCTION oracompat.trunc(integer, double precision) IS
    'Oracle TRUNC(n, integer) on an integer: truncated to integer places (negative: left of '
    'the point); returns NUMBER (numeric).';
COMMENT ON FUNCTION oracompat.trunc(bigint, double precision) IS
    'Oracle TRUNC(n, integer) on an integer: truncated to integer places (negative: left of '
    'the point); returns NUMBER (numeric), exact for every bigint.';
COMMENT ON FUNCTION oracompat.round(smallint, double precision) IS
    'Oracle ROUND(n, integer) on an integer: rounded half away from zero to integer places; '
    'returns NUMBER (numeric), so ROUND(32767, -1) does not overflow.';
COMMENT ON FUNCTION oracompat.round(integer, double precision) IS
    'Oracle ROUND(n, integer) on an integer: rounded half away from zero to integer places; '
    'returns NUMBER (numeric), so rounding near the type''s limit does not overflow.';
COMMENT ON FUNCTION oracompat.round(bigint, double precision) IS
    'Oracle ROUND(n, integer) on an integer: rounded half away from zero to integer places; '
    'returns NUMBER (numeric), exact for every bigint.';

--------------------------------------------------------------------------------------
-- INSTR(string, substring [, position [, occurrence]])
--------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION oracompat.instr(
    string text, sub text, "position" double precision, occurrence double precision)
    RETURNS integer
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    -- Clamped so that an absurd position or occurrence finds nothing instead of failing.
    pos bigint := pg_catalog.trunc(greatest(least("position", 2147483647), -2147483647));
    wanted bigint := pg_catalog.trunc(least(occurrence, 2147483647));
    len integer;
    sub_len integer;
    haystack text := string;
    needle text := sub;
    from_pos bigint;
    hit integer;
BEGIN
    IF wanted < 1 THEN
        RAISE EXCEPTION 'ORA-01428: argument ''%'' is out of range', wanted
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'INSTR occurrence must be a positive integer.';
    END IF;
    IF string = '' OR sub = '' THEN
        RETURN NULL;  -- Oracle's '' is NULL
    END IF;
    IF pos = 0 THEN
        RETURN 0;
    END IF;
    len := length(string);
    sub_len := length(sub);
    IF pos > 0 THEN
        from_pos := pos;
    ELSE
        -- Backward from character len + pos + 1: a forward search in the reversed
        -- strings, where a match starting at i starts at len - i - sub_len + 2.
        IF len + pos + 1 < 1 THEN
            RETURN 0;
        END IF;
        haystack := reverse(string);
        needle := reverse(sub);
        from_pos := greatest(1, len - (len + pos + 1) - sub_len + 2);
    END IF;
    -- Consecutive compared substrings start one character apart, so matches may overlap.
    LOOP
        IF from_pos > len - sub_len + 1 THEN
            RETURN 0;
        END IF;
        hit := strpos(pg_catalog.substr(haystack, from_pos::integer), needle);
        IF hit = 0 THEN
            RETURN 0;
        END IF;
        hit := from_pos::integer + hit - 1;
        wanted := wanted - 1;
        IF wanted = 0 THEN
            RETURN CASE WHEN pos > 0 THEN hit ELSE len - hit - sub_len + 2 END;
        END IF;
        from_pos := hit + 1;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION oracompat.instr(string text, sub text, "position" double precision)
    RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat.instr(string, sub, "position", 1);

CREATE OR REPLACE FUNCTION oracompat.instr(string text, sub text)
    RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN oracompat.instr(string, sub, 1, 1);

COMMENT ON FUNCTION oracompat.instr(text, text, double precision, double precision) IS
    'Oracle INSTR(string, substring, position, occurrence): the 1-based character position of '
    'the occurrence-th match of substring, searching forward from position, or backward from '
    'character length + position + 1 when position is negative (matches may overlap); 0 when '
    'not found or position is 0; position and occurrence truncated to integers; occurrence < 1 '
    'raises ORA-01428 (SQLSTATE 22023); NULL or '''' (Oracle''s NULL) in gives NULL.';
COMMENT ON FUNCTION oracompat.instr(text, text, double precision) IS
    'Oracle INSTR(string, substring, position): the first occurrence from position (negative: '
    'backward from the end); 0 when not found; NULL or '''' in gives NULL.';
COMMENT ON FUNCTION oracompat.instr(text, text) IS
    'Oracle INSTR(string, substring): 1-based position of the first occurrence, 0 when not '
    'found; NULL or '''' in gives NULL.';

--------------------------------------------------------------------------------------
-- SUBSTR(char, position [, substring_length])
--------------------------------------------------------------------------------------

-- The 1-based start of an Oracle SUBSTR, or NULL when it falls outside the string.
CREATE OR REPLACE FUNCTION oracompat._substr_start(len integer, "position" double precision)
    RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (SELECT CASE WHEN s BETWEEN 1 AND len THEN s::integer END
          FROM (SELECT CASE WHEN p = 0 THEN 1
                            WHEN p > 0 THEN p
                            ELSE len + p + 1 END AS s
                  FROM (SELECT pg_catalog.trunc("position") AS p) AS truncated) AS start);

COMMENT ON FUNCTION oracompat._substr_start(integer, double precision) IS
    'Internal. Where Oracle SUBSTR starts in a string of len characters: position 0 is 1, '
    'negative counts from the end; NULL outside 1..len.';

CREATE OR REPLACE FUNCTION oracompat.substr(string text, "position" double precision)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN nullif(pg_catalog.substr(string, oracompat._substr_start(length(string), "position")), '');

CREATE OR REPLACE FUNCTION oracompat.substr(
    string text, "position" double precision, substring_length double precision)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN pg_catalog.trunc(substring_length) >= 1 THEN
    nullif(pg_catalog.substr(string, oracompat._substr_start(length(string), "position"),
                             least(pg_catalog.trunc(substring_length), 2147483647)::integer), '')
END;

COMMENT ON FUNCTION oracompat.substr(text, double precision) IS
    'Oracle SUBSTR(char, position): the characters from position to the end; position 0 is '
    'treated as 1, negative counts back from the end; NULL when position falls outside the '
    'string; position truncated to an integer; an empty result is NULL (Oracle''s '''').';
COMMENT ON FUNCTION oracompat.substr(text, double precision, double precision) IS
    'Oracle SUBSTR(char, position, substring_length): substring_length characters from '
    'position (0 treated as 1, negative counts back from the end); NULL when position falls '
    'outside the string or substring_length < 1; arguments truncated to integers; an empty '
    'result is NULL (Oracle''s '''').';

--------------------------------------------------------------------------------------
-- SYS_GUID()
--------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION oracompat.sys_guid()
    RETURNS bytea
    LANGUAGE sql VOLATILE PARALLEL SAFE
-- A version 4 UUID has 6 fixed bits (bytes 6 and 8); they are replaced by random bytes
-- of a second UUID, so that all 16 bytes are random.
RETURN (SELECT set_byte(set_byte(a, 6, get_byte(b, 0)), 8, get_byte(b, 1))
          FROM (SELECT uuid_send(gen_random_uuid()) AS a,
                       uuid_send(gen_random_uuid()) AS b) AS uuids);

COMMENT ON FUNCTION oracompat.sys_guid() IS
    'Oracle SYS_GUID(): a globally unique 16-byte RAW, here 16 random bytes (from '
    'gen_random_uuid, core since PostgreSQL 13) rather than Oracle''s host/process/counter '
    'layout; volatile, a new value on every call.';

--------------------------------------------------------------------------------------
-- DATE - x, DATE + x where the converter cannot tell x's type (a view's column)
--------------------------------------------------------------------------------------
-- Oracle: DATE - DATE is the number of days between; DATE +/- a number of days or an
-- interval is a DATE. The converter writes oracompat.date_minus / date_plus when x is a
-- column whose type the statement does not show; PostgreSQL picks the overload by x's
-- type. numeric and double precision overloads: a numeric keeps fractional days exact,
-- the other integer and float types convert implicitly to double precision.

CREATE OR REPLACE FUNCTION oracompat.date_minus(d1 timestamp, d2 timestamp)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN EXTRACT(EPOCH FROM (d1 - d2)) / 86400;

CREATE OR REPLACE FUNCTION oracompat.date_minus(d timestamp, days numeric)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN d - days * interval '1 day';

CREATE OR REPLACE FUNCTION oracompat.date_minus(d timestamp, days double precision)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN d - days * interval '1 day';

CREATE OR REPLACE FUNCTION oracompat.date_minus(d timestamp, i interval)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN d - i;

CREATE OR REPLACE FUNCTION oracompat.date_plus(d timestamp, days numeric)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN d + days * interval '1 day';

CREATE OR REPLACE FUNCTION oracompat.date_plus(d timestamp, days double precision)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN d + days * interval '1 day';

CREATE OR REPLACE FUNCTION oracompat.date_plus(d timestamp, i interval)
    RETURNS timestamp
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN d + i;

COMMENT ON FUNCTION oracompat.date_minus(timestamp, timestamp) IS
    'Oracle DATE - DATE: the number of days between, with the fraction of a day.';
COMMENT ON FUNCTION oracompat.date_minus(timestamp, numeric) IS
    'Oracle DATE - n: the date n days (fractions allowed) earlier.';
COMMENT ON FUNCTION oracompat.date_minus(timestamp, double precision) IS
    'Oracle DATE - n: the date n days (fractions allowed) earlier.';
COMMENT ON FUNCTION oracompat.date_minus(timestamp, interval) IS
    'Oracle DATE - INTERVAL: the date that interval earlier.';
COMMENT ON FUNCTION oracompat.date_plus(timestamp, numeric) IS
    'Oracle DATE + n: the date n days (fractions allowed) later.';
COMMENT ON FUNCTION oracompat.date_plus(timestamp, double precision) IS
    'Oracle DATE + n: the date n days (fractions allowed) later.';
COMMENT ON FUNCTION oracompat.date_plus(timestamp, interval) IS
    'Oracle DATE + INTERVAL: the date that interval later.';
