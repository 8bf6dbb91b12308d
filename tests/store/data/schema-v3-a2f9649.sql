--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: acronyms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.acronyms (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    short text NOT NULL,
    long text NOT NULL
);


--
-- Name: citations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.citations (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    type text NOT NULL,
    raw text NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    dossier text,
    number integer,
    year text,
    target_id text
);


--
-- Name: dates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dates (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    text text NOT NULL,
    date text NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    date_end text
);


--
-- Name: entities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entities (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    type text NOT NULL,
    text text NOT NULL,
    name text NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    role text,
    party text
);


--
-- Name: footnotes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.footnotes (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    mark text NOT NULL,
    text text NOT NULL
);


--
-- Name: letters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.letters (
    id text NOT NULL,
    source_path text NOT NULL,
    sha256 text NOT NULL,
    format text NOT NULL,
    kind text NOT NULL,
    dossier text,
    dossier_title text,
    number integer,
    date text,
    title text,
    addressee text,
    senders_text text NOT NULL,
    text text NOT NULL,
    ingested_at text NOT NULL,
    record text NOT NULL
);


--
-- Name: meetings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meetings (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    body text,
    location text
);


--
-- Name: meetings_dates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meetings_dates (
    letter_id text NOT NULL,
    item_ord integer NOT NULL,
    ord integer NOT NULL,
    value text NOT NULL
);


--
-- Name: record_tables; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.record_tables (
    name text NOT NULL,
    signature text NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    description text NOT NULL,
    applied_at text NOT NULL
);


--
-- Name: sections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sections (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    heading text,
    span_start integer NOT NULL,
    span_end integer NOT NULL
);


--
-- Name: senders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.senders (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    ministry text NOT NULL
);


--
-- Name: signatories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.signatories (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    name text NOT NULL,
    function text
);


--
-- Name: statements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.statements (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    kind text NOT NULL,
    actor text,
    text text NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    section text
);


--
-- Name: warnings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.warnings (
    letter_id text NOT NULL,
    ord integer NOT NULL,
    message text NOT NULL
);


--
-- Data for Name: acronyms; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.acronyms VALUES ('sha-d30d988a6492', 0, 'NAR', 'Noord Atlantische Raad');
INSERT INTO public.acronyms VALUES ('sha-d30d988a6492', 1, 'RSM', 'Resolute Support Mission');
INSERT INTO public.acronyms VALUES ('sha-d30d988a6492', 2, 'NRR', 'NAVO Rusland Raad');
INSERT INTO public.acronyms VALUES ('sha-d30d988a6492', 3, 'ANP', 'Annual National Plan');
INSERT INTO public.acronyms VALUES ('sha-d30d988a6492', 4, 'TAA', 'Train, Advice and Assist');
INSERT INTO public.acronyms VALUES ('sha-d30d988a6492', 5, 'SOAT', 'Special Operations Advisory Team');
INSERT INTO public.acronyms VALUES ('sha-d30d988a6492', 6, 'ATF', 'Afghan Task Force');
INSERT INTO public.acronyms VALUES ('sha-751b5cfb4500', 0, 'MAP', 'Membership Action Plan');
INSERT INTO public.acronyms VALUES ('kst-28676-512', 0, 'WPS', 'Women, Peace and Security');


--
-- Data for Name: citations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.citations VALUES ('sha-d30d988a6492', 0, 'handelingen', 'Handelingen II 2018/19, nr. 32', 4094, 4124, NULL, 32, '2018-2019', 'h-tk-20182019-32');
INSERT INTO public.citations VALUES ('sha-d30d988a6492', 1, 'kamerstuk', 'Kamerstuk 33 694, nr. 34', 4338, 4362, '33694', 34, NULL, 'kst-33694-34');
INSERT INTO public.citations VALUES ('sha-d30d988a6492', 2, 'motie', 'motie Voordewind (Kamerstuk 33 694, nr. 30)', 4528, 4571, '33694', 30, NULL, 'kst-33694-30');
INSERT INTO public.citations VALUES ('sha-d30d988a6492', 3, 'kamerstuk', 'Kamerstuk 28 676, nr. 106', 10503, 10506, '28676', 106, NULL, 'kst-28676-106');
INSERT INTO public.citations VALUES ('sha-d30d988a6492', 4, 'kamerstuk', 'Kamerstuk 27 925, nr. 630', 12798, 12823, '27925', 630, NULL, 'kst-27925-630');
INSERT INTO public.citations VALUES ('sha-751b5cfb4500', 0, 'kamerstuk', 'Kamerstuk 28676, nr. 353', 4172, 4196, '28676', 353, NULL, 'kst-28676-353');


--
-- Data for Name: dates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.dates VALUES ('sha-d30d988a6492', 0, '12 december 2018', '2018-12-12', 0, 0, NULL);
INSERT INTO public.dates VALUES ('sha-d30d988a6492', 1, '4 en 5 december 2018', '2018-12-04', 86, 106, '2018-12-05');
INSERT INTO public.dates VALUES ('sha-d30d988a6492', 2, '5 december jl.', '2018-12-05', 3948, 3962, NULL);
INSERT INTO public.dates VALUES ('sha-d30d988a6492', 3, '27 november jl.', '2018-11-27', 4200, 4215, NULL);
INSERT INTO public.dates VALUES ('sha-d30d988a6492', 4, '31 oktober jl.', '2018-10-31', 6350, 6364, NULL);
INSERT INTO public.dates VALUES ('sha-d30d988a6492', 5, '1 november jl.', '2018-11-01', 7561, 7575, NULL);
INSERT INTO public.dates VALUES ('sha-d30d988a6492', 6, 'oktober jl.', '2018-10', 11156, 11167, NULL);
INSERT INTO public.dates VALUES ('sha-d30d988a6492', 7, 'april 2019', '2019-04', 11496, 11506, NULL);
INSERT INTO public.dates VALUES ('sha-d30d988a6492', 8, 'juni 2018', '2018-06', 11924, 11933, NULL);
INSERT INTO public.dates VALUES ('sha-751b5cfb4500', 0, '14 april 2021', '2021-04-14', 188, 201, NULL);
INSERT INTO public.dates VALUES ('sha-751b5cfb4500', 1, '1 mei', '2021-05-01', 884, 889, NULL);
INSERT INTO public.dates VALUES ('sha-751b5cfb4500', 2, '11 september', '2021-09-11', 929, 941, NULL);
INSERT INTO public.dates VALUES ('sha-751b5cfb4500', 3, '4 februari jl.', '2021-02-04', 4019, 4033, NULL);
INSERT INTO public.dates VALUES ('sha-751b5cfb4500', 4, '4 februari 2021', '2021-02-04', 4203, 4218, NULL);
INSERT INTO public.dates VALUES ('kst-28676-512', 0, '27 mei 2025', '2025-05-27', 0, 0, NULL);
INSERT INTO public.dates VALUES ('kst-28676-512', 1, 'oktober 2025', '2025-10', 733, 745, NULL);


--
-- Data for Name: entities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.entities VALUES ('sha-d30d988a6492', 0, 'place', 'Brussel', 'Brussel', 110, 117, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 1, 'country', 'Oekraïense', 'Oekraïne', 227, 237, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 2, 'country', 'Georgische', 'Georgië', 241, 251, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 3, 'treaty', 'INF-verdrag', 'INF-verdrag', 359, 370, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 4, 'country', 'Rusland', 'Rusland', 374, 381, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 5, 'organisation', 'NAVO', 'NAVO', 465, 469, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 6, 'mission', 'Resolute Support Mission', 'Resolute Support Mission', 646, 670, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 7, 'country', 'Afghanistan', 'Afghanistan', 677, 688, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 8, 'country', 'Oekraïne', 'Oekraïne', 691, 699, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 9, 'country', 'Georgië', 'Georgië', 703, 710, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 10, 'country', 'Oekraïne', 'Oekraïne', 731, 739, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 11, 'country', 'Georgië', 'Georgië', 743, 750, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 12, 'organisation', 'NAVO', 'NAVO', 848, 852, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 13, 'country', 'Rusland', 'Rusland', 918, 925, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 14, 'country', 'Oekraïense', 'Oekraïne', 932, 942, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 15, 'country', 'Rusland', 'Rusland', 1032, 1039, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 16, 'country', 'Oekraïense', 'Oekraïne', 1071, 1081, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 17, 'country', 'Oekraïne', 'Oekraïne', 1137, 1145, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 18, 'country', 'Nederland', 'Nederland', 1266, 1275, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 19, 'country', 'Nederland', 'Nederland', 1357, 1366, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 20, 'country', 'Rusland', 'Rusland', 1499, 1506, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 21, 'country', 'Oekraïense', 'Oekraïne', 1537, 1547, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 22, 'organisation', 'NAVO', 'NAVO', 1669, 1673, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 23, 'country', 'Nederland', 'Nederland', 1733, 1742, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 24, 'country', 'Oekraïne', 'Oekraïne', 1801, 1809, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 25, 'country', 'Georgië', 'Georgië', 1814, 1821, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 26, 'country', 'Nederland', 'Nederland', 2018, 2027, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 27, 'organisation', 'NAVO', 'NAVO', 2103, 2107, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 28, 'treaty', 'INF-verdrag', 'INF-verdrag', 2121, 2132, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 29, 'organisation', 'NAVO', 'NAVO', 2167, 2171, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 30, 'treaty', 'INF-verdrag', 'INF-verdrag', 2222, 2233, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 31, 'country', 'Russische', 'Rusland', 2295, 2304, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 32, 'country', 'VS', 'Verenigde Staten', 2394, 2396, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 33, 'organisation', 'NAVO', 'NAVO', 2407, 2411, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 34, 'country', 'Rusland', 'Rusland', 2502, 2509, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 35, 'country', 'VS', 'Verenigde Staten', 2639, 2641, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 36, 'country', 'Rusland', 'Rusland', 2787, 2794, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 37, 'organisation', 'NAVO', 'NAVO', 2816, 2820, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 38, 'country', 'Nederland', 'Nederland', 3148, 3157, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 39, 'country', 'Nederlandse', 'Nederland', 3199, 3210, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 40, 'country', 'Rusland', 'Rusland', 3234, 3241, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 41, 'treaty', 'INF-verdrag', 'INF-verdrag', 3246, 3257, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 42, 'country', 'Rusland', 'Rusland', 3324, 3331, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 43, 'organisation', 'NAVO', 'NAVO', 3446, 3450, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 44, 'country', 'Rusland', 'Rusland', 3478, 3485, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 45, 'country', 'Nederland', 'Nederland', 3537, 3546, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 46, 'country', 'VS', 'Verenigde Staten', 3664, 3666, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 47, 'country', 'Rusland', 'Rusland', 3686, 3693, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 48, 'country', 'VS', 'Verenigde Staten', 3795, 3797, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 49, 'country', 'Rusland', 'Rusland', 3875, 3882, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 50, 'person', 'Karabulut', 'Karabulut', 3980, 3989, 'lid', 'SP');
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 51, 'organisation', 'SP', 'SP', 3991, 3993, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 52, 'country', 'Nederlandse', 'Nederland', 4047, 4058, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 53, 'treaty', 'INF-verdrag', 'INF-verdrag', 4081, 4092, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 54, 'country', 'Nederlandse', 'Nederland', 4243, 4254, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 55, 'country', 'Russische', 'Rusland', 4288, 4297, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 56, 'treaty', 'INF-verdrag', 'INF-verdrag', 4316, 4327, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 57, 'country', 'Nederland', 'Nederland', 4365, 4374, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 58, 'person', 'Voordewind', 'Voordewind', 4534, 4544, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 59, 'country', 'Amerikaanse', 'Verenigde Staten', 4861, 4872, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 60, 'person', 'Pompeo', 'Pompeo', 4905, 4911, 'Amerikaanse Minister van Buitenlandse Zaken', NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 61, 'organisation', 'NAVO', 'NAVO', 5002, 5006, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 62, 'organisation', 'NAVO', 'NAVO', 5080, 5084, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 63, 'place', 'Brussel', 'Brussel', 5092, 5099, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 64, 'country', 'Nederlandse', 'Nederland', 5247, 5258, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 65, 'organisation', 'NAVO', 'NAVO', 5344, 5348, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 66, 'organisation', 'EU', 'EU', 5352, 5354, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 67, 'organisation', 'EU', 'EU', 5463, 5465, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 68, 'organisation', 'EU', 'EU', 5548, 5550, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 69, 'organisation', 'EU', 'EU', 5645, 5647, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 70, 'organisation', 'NAVO', 'NAVO', 5691, 5695, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 71, 'organisation', 'NAVO', 'NAVO', 5700, 5704, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 72, 'country', 'Verenigde Staten', 'Verenigde Staten', 5852, 5868, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 73, 'country', 'Rusland', 'Rusland', 5871, 5878, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 74, 'treaty', 'INF-verdrag', 'INF-verdrag', 5922, 5933, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 75, 'organisation', 'NAVO', 'NAVO', 5963, 5967, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 76, 'country', 'Rusland', 'Rusland', 5972, 5979, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 77, 'country', 'Rusland', 'Rusland', 6217, 6224, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 78, 'organisation', 'NAVO', 'NAVO', 6323, 6327, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 79, 'country', 'Rusland', 'Rusland', 6328, 6335, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 80, 'organisation', 'NAVO', 'NAVO', 6521, 6525, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 81, 'country', 'Nederland', 'Nederland', 6666, 6675, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 82, 'organisation', 'NAVO', 'NAVO', 6704, 6708, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 83, 'organisation', 'NAVO', 'NAVO', 6782, 6786, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 84, 'organisation', 'NAVO', 'NAVO', 6913, 6917, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 85, 'country', 'Irak', 'Irak', 6928, 6932, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 86, 'country', 'Libische', 'Libië', 6955, 6963, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 87, 'person', 'Serraj', 'Serraj', 6983, 6989, 'Libische Minister-President', NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 88, 'organisation', 'NAVO', 'NAVO', 6997, 7001, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 89, 'country', 'Libië', 'Libië', 7064, 7069, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 90, 'country', 'Nederland', 'Nederland', 7076, 7085, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 91, 'organisation', 'NAVO', 'NAVO', 7188, 7192, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 92, 'country', 'Libië', 'Libië', 7216, 7221, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 93, 'country', 'Tunesië', 'Tunesië', 7291, 7298, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 94, 'organisation', 'NAVO', 'NAVO', 7322, 7326, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 95, 'organisation', 'EU', 'EU', 7442, 7444, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 96, 'organisation', 'VN', 'VN', 7446, 7448, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 97, 'organisation', 'NAVO', 'NAVO', 7517, 7521, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 98, 'country', 'Irak', 'Irak', 7532, 7536, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 99, 'country', 'Iraakse', 'Irak', 7651, 7658, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 100, 'organisation', 'ISIS', 'ISIS', 7800, 7804, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 101, 'organisation', 'EU', 'EU', 7920, 7922, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 102, 'organisation', 'EU', 'EU', 8062, 8064, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 103, 'organisation', 'NAVO', 'NAVO', 8065, 8069, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 104, 'organisation', 'NAVO', 'NAVO', 8177, 8181, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 105, 'country', 'Macedonië', 'Macedonië', 8197, 8206, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 106, 'organisation', 'NAVO', 'NAVO', 8229, 8233, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 107, 'country', 'Bosnië-Herzegovina', 'Bosnië-Herzegovina', 8237, 8255, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 108, 'country', 'Kosovo', 'Kosovo', 8298, 8304, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 109, 'country', 'Servië', 'Servië', 8308, 8314, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 110, 'country', 'Nederland', 'Nederland', 8316, 8325, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 111, 'country', 'Nederland', 'Nederland', 8548, 8557, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 112, 'country', 'Nederland', 'Nederland', 8600, 8609, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 113, 'treaty', 'Verdrag van Washington', 'Verdrag van Washington', 8766, 8788, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 114, 'place', 'Washington', 'Washington', 8778, 8788, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 115, 'country', 'Griekenland', 'Griekenland', 8982, 8993, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 116, 'country', 'Macedonië', 'Macedonië', 8997, 9006, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 117, 'treaty', 'Prespa-akkoord', 'Prespa-akkoord', 9018, 9032, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 118, 'organisation', 'NAVO', 'NAVO', 9034, 9038, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 119, 'treaty', 'Verdrag van Washington', 'Verdrag van Washington', 9176, 9198, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 120, 'place', 'Washington', 'Washington', 9188, 9198, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 121, 'country', 'Macedonië', 'Macedonië', 9304, 9313, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 122, 'organisation', 'NAVO', 'NAVO', 9319, 9323, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 123, 'country', 'Kosovo', 'Kosovo', 9386, 9392, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 124, 'country', 'Servië', 'Servië', 9396, 9402, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 125, 'country', 'Kosovaarse', 'Kosovo', 9429, 9439, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 126, 'country', 'Kosovaarse', 'Kosovo', 9551, 9561, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 127, 'country', 'Kosovaars', 'Kosovo', 9588, 9597, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 128, 'organisation', 'EU', 'EU', 9861, 9863, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 129, 'place', 'Pristina', 'Pristina', 9894, 9902, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 130, 'place', 'Belgrado', 'Belgrado', 9906, 9914, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 131, 'country', 'Bosnië-Herzegovina', 'Bosnië-Herzegovina', 9981, 9999, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 132, 'organisation', 'NAVO', 'NAVO', 10069, 10073, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 133, 'country', 'Bosnië-Herzegovina', 'Bosnië-Herzegovina', 10105, 10123, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 134, 'organisation', 'NAVO', 'NAVO', 10198, 10202, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 135, 'country', 'Bosnië-Herzegovina', 'Bosnië-Herzegovina', 10203, 10221, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 136, 'organisation', 'NAVO', 'NAVO', 10321, 10325, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 137, 'organisation', 'NAVO', 'NAVO', 10412, 10416, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 138, 'country', 'Bosnië-Herzegovina', 'Bosnië-Herzegovina', 10431, 10449, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 139, 'place', 'Tallinn', 'Tallinn', 10486, 10493, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 140, 'place', 'Sarajevo', 'Sarajevo', 10601, 10609, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 141, 'country', 'Nederland', 'Nederland', 10611, 10620, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 142, 'country', 'Bosnië-Herzegovina', 'Bosnië-Herzegovina', 10694, 10712, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 143, 'organisation', 'NAVO', 'NAVO', 10720, 10724, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 144, 'country', 'Afghanistan', 'Afghanistan', 10820, 10831, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 145, 'country', 'Afghaanse', 'Afghanistan', 10856, 10865, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 146, 'mission', 'Resolute Support Mission', 'Resolute Support Mission', 10937, 10961, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 147, 'country', 'Afghanistan', 'Afghanistan', 11041, 11052, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 148, 'country', 'Afghaanse', 'Afghanistan', 11258, 11267, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 149, 'country', 'Afghaanse', 'Afghanistan', 11404, 11413, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 150, 'country', 'Nederland', 'Nederland', 11549, 11558, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 151, 'country', 'Pakistan', 'Pakistan', 11778, 11786, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 152, 'organisation', 'Taliban', 'Taliban', 11825, 11832, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 153, 'country', 'Afghaanse', 'Afghanistan', 11948, 11957, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 154, 'organisation', 'NAVO', 'NAVO', 12184, 12188, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 155, 'country', 'Duitsland', 'Duitsland', 12255, 12264, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 156, 'country', 'VS', 'Verenigde Staten', 12271, 12273, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 157, 'country', 'Afghaanse', 'Afghanistan', 12442, 12451, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 158, 'country', 'Afghaanse', 'Afghanistan', 12551, 12560, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 159, 'country', 'Afghaanse', 'Afghanistan', 12579, 12588, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 160, 'country', 'Nederlandse', 'Nederland', 12613, 12624, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 161, 'country', 'Duitsland', 'Duitsland', 12708, 12717, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 162, 'country', 'Nederland', 'Nederland', 12726, 12735, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 163, 'country', 'Afghanistan', 'Afghanistan', 12766, 12777, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 164, 'country', 'Nederland', 'Nederland', 12826, 12835, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 165, 'country', 'Afghaanse', 'Afghanistan', 12921, 12930, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 166, 'country', 'Afghaanse', 'Afghanistan', 12968, 12977, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 167, 'country', 'Duits', 'Duitsland', 13012, 13017, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 168, 'country', 'Nederlands', 'Nederland', 13018, 13028, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 169, 'place', 'Mazar-e-Sharif', 'Mazar-e-Sharif', 13140, 13154, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 170, 'country', 'Afghanistan', 'Afghanistan', 13337, 13348, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 171, 'country', 'Afghanistan', 'Afghanistan', 13376, 13387, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 172, 'mission', 'Resolute Support', 'Resolute Support', 13468, 13484, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 173, 'country', 'Nederlandse', 'Nederland', 13498, 13509, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 174, 'country', 'Duitse', 'Duitsland', 13531, 13537, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 175, 'country', 'Afghanistan', 'Afghanistan', 13628, 13639, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 176, 'country', 'Nederlandse', 'Nederland', 13716, 13727, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 177, 'country', 'Duitse', 'Duitsland', 13731, 13737, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 178, 'country', 'Noorwegen', 'Noorwegen', 13937, 13946, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 179, 'country', 'Verenigd Koninkrijk', 'Verenigd Koninkrijk', 13954, 13973, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-d30d988a6492', 180, 'person', 'S.A. Blok', 'S.A. Blok', 14095, 14104, 'Minister van Buitenlandse Zaken', NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 0, 'organisation', 'NAVO', 'NAVO', 175, 179, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 1, 'country', 'Afghanistan', 'Afghanistan', 207, 218, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 2, 'country', 'Oekraïne', 'Oekraïne', 222, 230, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 3, 'country', 'VS', 'Verenigde Staten', 287, 289, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 4, 'mission', 'Resolute Support-missie', 'Resolute Support-missie', 361, 384, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 5, 'country', 'Duitsland', 'Duitsland', 385, 394, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 6, 'country', 'Italië', 'Italië', 396, 402, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 7, 'country', 'Turkije', 'Turkije', 406, 413, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 8, 'country', 'VK', 'Verenigd Koninkrijk', 422, 424, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 9, 'place', 'Brussel', 'Brussel', 462, 469, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 10, 'country', 'Nederland', 'Nederland', 534, 543, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 11, 'country', 'Afghanistan', 'Afghanistan', 624, 635, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 12, 'country', 'Amerikaanse', 'Verenigde Staten', 640, 651, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 13, 'person', 'Blinken', 'Blinken', 686, 693, 'Amerikaanse minister van Buitenlandse Zaken', NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 14, 'person', 'Austin', 'Austin', 708, 714, 'Amerikaanse minister van Defensie', NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 15, 'organisation', 'NAVO', 'NAVO', 725, 729, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 16, 'person', 'Biden', 'Biden', 787, 792, 'President', NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 17, 'country', 'Amerikaanse', 'Verenigde Staten', 801, 812, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 18, 'country', 'Afghanistan', 'Afghanistan', 825, 836, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 19, 'person', 'Biden', 'Biden', 982, 987, 'President', NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 20, 'country', 'VS', 'Verenigde Staten', 1047, 1049, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 21, 'organisation', 'Taliban', 'Taliban', 1068, 1075, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 22, 'country', 'VS', 'Verenigde Staten', 1086, 1088, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 23, 'organisation', 'Taliban', 'Taliban', 1140, 1147, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 24, 'country', 'Afghanistan', 'Afghanistan', 1192, 1203, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 25, 'organisation', 'Taliban', 'Taliban', 1309, 1316, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 26, 'country', 'Afghanistan', 'Afghanistan', 1357, 1368, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 27, 'country', 'VS', 'Verenigde Staten', 1409, 1411, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 28, 'person', 'Biden', 'Biden', 1423, 1428, 'President', NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 29, 'country', 'VS', 'Verenigde Staten', 1531, 1533, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 30, 'organisation', 'NAVO', 'NAVO', 1625, 1629, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 31, 'country', 'Amerikaanse', 'Verenigde Staten', 1762, 1773, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 32, 'mission', 'Resolute Support-missie', 'Resolute Support-missie', 1790, 1813, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 33, 'country', 'Afghanistan', 'Afghanistan', 2026, 2037, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 34, 'country', 'Afghaanse', 'Afghanistan', 2119, 2128, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 35, 'organisation', 'NAVO', 'NAVO', 2192, 2196, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 36, 'organisation', 'NAVO', 'NAVO', 2217, 2221, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 37, 'mission', 'Resolute Support-missie', 'Resolute Support-missie', 2222, 2245, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 38, 'organisation', 'NAVO', 'NAVO', 2265, 2269, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 39, 'country', 'Afghanistan', 'Afghanistan', 2286, 2297, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 40, 'organisation', 'NAVO', 'NAVO', 2317, 2321, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 41, 'country', 'VS', 'Verenigde Staten', 2440, 2442, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 42, 'organisation', 'NAVO', 'NAVO', 2491, 2495, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 43, 'country', 'Afghanistan', 'Afghanistan', 2532, 2543, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 44, 'country', 'Afghanistan', 'Afghanistan', 2622, 2633, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 45, 'country', 'Afghanistan', 'Afghanistan', 2744, 2755, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 46, 'country', 'Afghaanse', 'Afghanistan', 2896, 2905, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 47, 'country', 'Afghanistan', 'Afghanistan', 3069, 3080, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 48, 'country', 'Afghanistan', 'Afghanistan', 3114, 3125, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 49, 'organisation', 'NAVO', 'NAVO', 3137, 3141, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 50, 'country', 'Nederland', 'Nederland', 3206, 3215, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 51, 'country', 'Afghanistan', 'Afghanistan', 3419, 3430, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 52, 'country', 'Afghanistan', 'Afghanistan', 3546, 3557, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 53, 'country', 'Nederlandse', 'Nederland', 3598, 3609, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 54, 'person', 'Austin', 'Austin', 3859, 3865, 'Secretary', NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 55, 'organisation', 'NAVO', 'NAVO', 3879, 3883, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 56, 'mission', 'Resolute Support-missie', 'Resolute Support-missie', 4482, 4505, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 57, 'country', 'Nederland', 'Nederland', 4567, 4576, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 58, 'country', 'Afghanistan', 'Afghanistan', 4580, 4591, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 59, 'country', 'Nederlandse', 'Nederland', 4628, 4639, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 60, 'country', 'Afghanistan', 'Afghanistan', 4649, 4660, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 61, 'country', 'Oekraïne', 'Oekraïne', 4935, 4943, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 62, 'country', 'Russische', 'Rusland', 5012, 5021, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 63, 'country', 'Oekraïne', 'Oekraïne', 5067, 5075, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 64, 'country', 'Oekraïne', 'Oekraïne', 5120, 5128, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 65, 'country', 'Nederland', 'Nederland', 5153, 5162, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 66, 'country', 'Russische', 'Rusland', 5188, 5197, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 67, 'country', 'Nederland', 'Nederland', 5289, 5298, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 68, 'country', 'Nederlandse', 'Nederland', 5325, 5336, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 69, 'country', 'Oekraïne', 'Oekraïne', 5398, 5406, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 70, 'organisation', 'NAVO', 'NAVO', 5411, 5415, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 71, 'country', 'Oekraïne', 'Oekraïne', 5431, 5439, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 72, 'organisation', 'EU', 'EU', 5535, 5537, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 73, 'organisation', 'OVSE', 'OVSE', 5544, 5548, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 74, 'organisation', 'NAVO', 'NAVO', 5606, 5610, NULL, NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 75, 'person', 'Stef Blok', 'Stef Blok', 5685, 5694, 'minister van Buitenlandse Zaken', NULL);
INSERT INTO public.entities VALUES ('sha-751b5cfb4500', 76, 'person', 'Ank Bijleveld-Schouten', 'Ank Bijleveld-Schouten', 5723, 5745, 'minister van Defensie', NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 0, 'person', 'Boswijk', 'Boswijk', 0, 0, 'lid', NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 1, 'person', 'Dobbe', 'Dobbe', 0, 0, 'lid', NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 2, 'organisation', 'NAVO', 'NAVO', 141, 145, NULL, NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 3, 'organisation', 'VN', 'VN', 269, 271, NULL, NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 4, 'organisation', 'NAVO', 'NAVO', 293, 297, NULL, NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 5, 'country', 'VS', 'Verenigde Staten', 498, 500, NULL, NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 6, 'organisation', 'NAVO', 'NAVO', 549, 553, NULL, NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 7, 'organisation', 'NAVO', 'NAVO', 667, 671, NULL, NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 8, 'organisation', 'NAVO', 'NAVO', 902, 906, NULL, NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 9, 'person', 'Boswijk', 'Boswijk', 1208, 1215, NULL, NULL);
INSERT INTO public.entities VALUES ('kst-28676-512', 10, 'person', 'Dobbe', 'Dobbe', 1217, 1222, NULL, NULL);


--
-- Data for Name: footnotes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.footnotes VALUES ('sha-d30d988a6492', 0, '1', 'Raadpleegbaar via www.tweedekamer.nl.');
INSERT INTO public.footnotes VALUES ('sha-d30d988a6492', 1, '2', 'Zie verslag van de NAVO ministeriële in Tallinn (23-23 april 2010), Kamerstuk 28 676, nr. 106.');


--
-- Data for Name: letters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.letters VALUES ('sha-d30d988a6492', '/work/wt-reliability/samples/002_ad9ccb4a6e4e1731.txt', 'd30d988a6492827da7c0d4a46b1e6ecba66d1d068e815bb31d0c81962c098700', 'text', 'brief', NULL, NULL, 307, '2018-12-12', NULL, 'Voorzitter van de Tweede Kamer der Staten-Generaal', 'Buitenlandse Zaken', 'Hierbij informeer ik u over de bijeenkomst van de Noord Atlantische Raad (NAR) die op 4 en 5 december 2018 in Brussel bijeen kwam op het niveau van de Ministers van Buitenlandse Zaken. De Ministers hadden een ontmoeting met de Oekraïense en Georgische Ministers van Buitenlandse Zaken. Hierna volgde een werksessie over de trans-Atlantische betrekkingen, het INF-verdrag en Rusland. Tijdens het werkdiner is gesproken over de ontwikkelingen aan de Zuidflank van de NAVO. Op de tweede dag van de ministeriële NAR vond eerst een werksessie plaats over de Westelijke Balkan, die werd gevolgd door een bijeenkomst met de operationele partners van de Resolute Support Mission (RSM) Afghanistan.

Oekraïne en Georgië

De bijeenkomst met Oekraïne en Georgië stond voor een groot deel in het teken van de recente gebeurtenissen in de Straat van Kertsj. De NAVO-bondgenoten waren eensgezind in hun oordeel dat het optreden van Rusland tegen Oekraïense marineschepen een schending van het internationale recht betekent. Het is van belang dat Rusland onverwijld de gevangen genomen Oekraïense zeelieden vrijlaat en de marineschepen retourneert aan Oekraïne. Het incident betekent een verdere verslechtering van de veiligheidssituatie in de Zwarte Zee regio. Om die reden heeft Nederland tijdens de bijeenkomst dan ook opgeroepen tot terughoudendheid en de-escalatie.

Nederland heeft in de vergadering eveneens aangegeven dat het incident in de Straat van Kertsj een belemmering is van navigatierechten en dat Rusland direct ervoor moet zorgen dat Oekraïense havens weer bereikbaar zijn. Potentieel kan een soortgelijke situatie zich ook elders voordoen. Het is belangrijk dat de NAVO zich op een dergelijke situatie voorbereidt.

Verder heeft Nederland steun uitgesproken voor de bereikte hervormingen in zowel Oekraïne als Georgië als het gaat om modernisering van de veiligheidssector, het tegengaan van corruptie en het versterken van democratische instituties en de rechtsstaat. Hierbij is echter nog een lange weg te gaan. Nederland is bereid daarvoor bijstand te blijven geven door financiële bijdragen aan NAVO Trustfunds.

INF-verdrag

Tijdens de bijeenkomst hebben de NAVO-bondgenoten een verklaring uit doen gaan over het INF-verdrag (zie bijlage bij dit verslag)[1]. Hierin werd de aanhoudende Russische schending van dit belangrijke verdrag bevestigd, ondanks herhaaldelijk aandringen van de VS en andere NAVO-bondgenoten om een oprechte dialoog aan te gaan over dit onderwerp. De bondgenoten riepen Rusland op om onverwijld terug te keren naar een volledige en verifieerbare naleving van het verdrag, want een situatie waarin alleen de VS zich houdt aan wapenbeheersingsverplichtingen is niet houdbaar. Voorts spraken de bondgenoten de intentie uit voor een constructieve relatie met Rusland en herhaalden dat de NAVO open blijft staan voor dialoog. Ten slotte committeerden bondgenoten zich stevig aan het behoud van effectieve internationale wapenbeheersing, ontwapening en non-proliferatie, als hoofdelementen voor de veiligheid en stabiliteit van Europa. Zij committeerden zich dan ook aan handhaving, steun en verdere versterking hiervan.

Nederland heeft in de vergadering de eigenstandige Nederlandse conclusie herhaald dat Rusland het INF-verdrag schendt en verantwoordelijk is voor de huidige situatie, maar dat Rusland voldoende kans moet worden geboden om tot inkeer te komen en het verdrag alsnog te redden. Tegelijkertijd moet de NAVO er rekening mee houden dat Rusland ook deze oproep aan zich voorbij laat gaan, stelde Nederland, en alvast mogelijke implicaties daarvan in kaart brengen om de veiligheid van het bondgenootschap te waarborgen. De VS heeft aangekondigd Rusland nog zestig dagen te bieden, voordat het zich ook niet langer door het verdrag laat binden. Zo zet de VS de deur een laatste keer open voor een diplomatieke oplossing. Het is nu aan Rusland om hierop te reageren.

Tijdens de Regeling van Werkzaamheden op 5 december jl. verzocht het lid Karabulut (SP) informatie over de feiten die op tafel liggen en de Nederlandse inzet wat betreft het INF-verdrag (Handelingen II 2018/19, nr. 32, Regeling van werkzaamheden). Naast bovenstaande informatie is uw Kamer op 27 november jl. een brief toegegaan die de Nederlandse eigenstandige appreciatie van de Russische schending van het INF-verdrag toelicht (Kamerstuk 33 694, nr. 34). Nederland blijft zich de komende tijd inspannen om dit belangrijke verdrag voor de Europese veiligheid en stabiliteit overeind te houden, mede in het licht van de motie Voordewind (Kamerstuk 33 694, nr. 30).

Trans-Atlantische betrekkingen

In de werksessie over de trans-Atlantische betrekkingen is kort gesproken over de implementatie van de Wales-afspraken om in 2024 te komen tot 2% uitgaven voor defensie, waarbinnen 20% ten goede moet komen aan investeringen voor defensie-capaciteiten. De Amerikaanse Minister van Buitenlandse Zaken Pompeo riep opnieuw op om voor het einde van het jaar de geloofwaardige nationale plannen bij de NAVO aan te leveren, zoals door de regeringsleiders is afgesproken tijdens de NAVO Top in Brussel. De plannen beschrijven hoe aan deze afspraken binnen het bondgenootschap invulling kan worden gegeven. Zoals eerder is gemeld zal het kabinet het Nederlandse nationale plan met uw Kamer delen.

Voorts is gesproken over de verhouding tussen de NAVO en EU als het gaat om inspanningen op defensiegebied. De Ministers verwelkomden de toenemende activiteiten van de EU op het gebied van veiligheid en defensie. Een grotere verantwoordelijkheid van de EU op dit gebied is wenselijk. Tegelijkertijd was er consensus onder Ministers dat de rol van de EU complementair dient te zijn aan die van de NAVO. De NAVO is en blijft de hoeksteen van de collectieve verdediging, niet in de laatste plaats dankzij de politieke, financiële en militaire bijdragen van de Verenigde Staten.

Rusland

Vanwege de uitvoerige discussies over het INF-verdrag is de bredere relatie van de NAVO met Rusland tijdens deze ministeriële slechts beperkt aan bod gekomen. Tijdens de vergadering werd benadrukt dat eenheid binnen het bondgenootschap van belang is teneinde het hoofd te kunnen bieden aan de brede dreiging op veiligheidsgebied die van Rusland uitgaat. Echter, ook contacten en dialoog blijven van belang, zoals de recente bijeenkomst van de NAVO Rusland Raad (NRR) op 31 oktober jl. (waarover uw Kamer reeds is geïnformeerd) heeft laten zien.

Zuidflank

Tijdens het werkdiner over de Zuidflank spraken bondgenoten over de bijdrage die de NAVO levert aan stabiliteit en weerbaarheid in partnerlanden. Bondgenoten onderstreepten het belang van continue aandacht voor de Zuidflank. Ook Nederland vindt het belangrijk dat de NAVO een bijdrage levert aan internationale inspanningen aan de Zuidflank. De NAVO heeft specifieke expertise in de opbouw van een sterke en integere veiligheidssector.

Concreet werd gesproken over de nieuwe NAVO-missie in Irak en het verzoek van de Libische Minister-President Serraj aan de NAVO om de veiligheidsarchitectuur te versterken. Voor wat betreft Libië heeft Nederland aangegeven dat de politieke en de veiligheidssituatie op dit moment nog onvoldoende stabiel is om als NAVO trainingen te geven in Libië. Wel zou gekeken kunnen worden naar activiteiten vanuit bijvoorbeeld Tunesië. Op deze manier zou de NAVO nu al een relevant netwerk kunnen opbouwen voor wanneer de situatie in het land verbetert. Ook samenwerking met de EU, VN en andere (civiele) actoren is van belang.

Voor het eerst sinds de NAVO-missie in Irak van start is gegaan, op 1 november jl., werd gesproken over de missie. De missie richt zich op versterking van de Iraakse veiligheidssector door training en advies. Bondgenoten onderstreepten het belang van de missie als onderdeel van een duurzame overwinning op ISIS.

Westelijke Balkan

Op de tweede dag vond een werksessie plaats over de Westelijke Balkan, in aanwezigheid van de EU Hoge Vertegenwoordiger, waarbij Ministers hun zorgen uitten over de stabiliteit in delen van de regio. Zij spraken hun waardering uit voor EU-NAVO samenwerking, met name op het gebied van strategische communicatie. De NAR sprak onder meer over mogelijke NAVO toetreding van Macedonië, de relatie tussen de NAVO en Bosnië-Herzegovina en de ontwikkelingen in de relatie tussen Kosovo en Servië. Nederland steunt de uitgangspunten van het Open Deur beleid. Dit beleid heeft een belangrijke bijdrage geleverd aan stabiliteit en veiligheid in de regio en van het Europese continent. Voor het succes van het Open Deur beleid hecht Nederland belang aan de conditionaliteit. Dit heeft Nederland ook herhaald in de Noord-Atlantische Raad. Nieuwe leden moeten bijdragen aan de veiligheid van het Noord-Atlantisch verdragsgebied, conform art. 10 van het Verdrag van Washington. Ook is het belangrijk dat voldoende vooruitgang is geboekt met hervormingen op het gebied van de rechtsstaat en in de veiligheidssector.

Er bestond veel lof voor het getoonde leiderschap van Griekenland en Macedonië inzake het Prespa-akkoord. NAVO-landen hoopten op een snelle implementatie van het akkoord in beide landen, opdat binnen afzienbare tijd het toetredingsprotocol bij het Verdrag van Washington kan worden getekend. Tevens hechtten Bondgenoten aan de implementatie van de voorgenomen hervormingen in Macedonië.

De NAVO maakt zich zorgen over de ontwikkelingen in de relatie tussen Kosovo en Servië, met name over de recente Kosovaarse stap om een importheffing van 100% in te stellen op producten uit enkele buurlanden en de transformatie van de Kosovaarse veiligheidsmacht naar een Kosovaars leger. Inzake de transformatie benadrukten Ministers het belang van een constitutioneel en transparant proces, betrokkenheid van alle belanghebbende partijen en consultatie met de internationale gemeenschap. De genoemde zorgelijke ontwikkelingen geven de door de EU gefaciliteerde dialoog tussen Pristina en Belgrado extra relevantie.

Daarnaast spraken bondgenoten hun steun uit om Bosnië-Herzegovina uit te nodigen om een Annual National Plan (ANP) in te dienen bij de NAVO. Het is aan de autoriteiten in Bosnië-Herzegovina om in te gaan op de uitnodiging. Met het starten van de ANP-cyclus kan de NAVO Bosnië-Herzegovina beter ondersteunen bij hervormingen en bijdragen aan het verder intensiveren van de relatie met de NAVO. Samenwerking aan de hand van een ANP betekent nadrukkelijk geen automatisme richting NAVO-lidmaatschap. Bosnië-Herzegovina voldoet nog niet aan het zogenoemde Tallinn criterium[2]: het registeren van militaire onroerende goederen onder het gezag van de centrale regering in Sarajevo. Nederland wil vasthouden aan deze voorwaarde in het verdere toetredingstraject van Bosnië-Herzegovina tot de NAVO en heeft dit tijdens de bijeenkomst krachtig uitgedragen, evenals diverse andere bondgenoten.

Afghanistan

In aanwezigheid van de Afghaanse Minister van Buitenlandse Zaken en andere operationele partners van de Resolute Support Mission (RSM) spraken de Ministers over de huidige politieke en veiligheidssituatie in Afghanistan. Op dit gebied zijn er zoals bekend tal van uitdagingen. Positief is dat de parlementsverkiezingen van oktober jl. relatief veilig zijn verlopen in vergelijking met eerdere verkiezingen. Bovendien zijn de Afghaanse nationale strijdkrachten in staat gebleken zelfstandig de veiligheid te verzorgen tijdens de verkiezingen. Tegelijk is duidelijk dat de Afghaanse regering aanzienlijke stappen te zetten heeft om de presidentsverkiezingen die in april 2019 gepland staan, soepel te laten verlopen.

Nederland heeft in deze sessie naar voren gebracht dat duurzame vrede en stabiliteit uiteindelijk alleen door middel van onderhandelingen tot stand kan komen. Daarvoor is het wel noodzakelijk dat ook regionale spelers, waaronder Pakistan, een grotere inspanning leveren om de Taliban aan de onderhandelingstafel te krijgen. Het historische staakt-het-vuren dat plaatsvond in juni 2018 toonde dat de Afghaanse bevolking snakt naar een einde aan het geweld. De bereidheid van partijen om tijdelijk de wapens neer te leggen maakt verder duidelijk dat er een potentieel voor vrede is waarop kan worden gebouwd.

Blijvend commitment van de NAVO en de internationale gemeenschap blijft volgens bondgenoten zoals Duitsland en de VS nodig om de juiste voorwaarden voor vrede te scheppen, waaronder een duurzaam en zelfredzaam veiligheidsapparaat. De verdere professionalisering en versterking van het Afghaanse leger en politie is daarbij van belang, ook met het oog op het vergroten van het vertrouwen van de Afghaanse bevolking in deze Afghaanse staatsinstellingen.

De Nederlandse bijdrage aan RSM geeft uiting aan dit commitment. In nauwe samenwerking met vooral Duitsland, levert Nederland hieraan een bijdrage in Noord-Afghanistan (zie desgewenst ook Kamerstuk 27 925, nr. 630). Nederland verzorgt zowel Train, Advice and Assist (TAA)-activiteiten ten behoeve van reguliere Afghaanse strijdkrachten als ondersteuning van Afghaanse speciale politie-eenheden via een Duits-Nederlands Special Operations Advisory Team (SOAT). Het SOAT richt zich op de leden van de Afghan Task Force (ATF) 888 in Mazar-e-Sharif.

De training van ATF 888 is nog gaande en de eenheid is daarom nog niet volledig operationeel. In 2019 worden daarom naar verwachting speciale politie-eenheden uit andere delen van Afghanistan tijdelijk ingezet in Noord-Afghanistan indien de situatie daar om vraagt. Het kabinet heeft op verzoek van leiding van Resolute Support besloten dat Nederlandse trainers, net als de Duitse trainers, ook ondersteuning kunnen verlenen aan deze eenheden in geval van inzet in Noord-Afghanistan. Zo wordt voorkomen dat er een verschil ontstaat in de ondersteuning die de Nederlandse en Duitse trainers binnen het SOAT kunnen leveren. Het betreft hier met de ATF 888 vergelijkbare eenheden die zijn gestationeerd in andere delen van het land en daar ondersteund worden door RSM-partners zoals Noorwegen of het Verenigd Koninkrijk. De werkwijze van en de voorwaarden rondom inzet van het SOAT blijven ongewijzigd.

De Minister van Buitenlandse Zaken,

S.A. Blok', '2026-12-03T20:29:50.404140+00:00', '{"id": "sha-d30d988a6492", "source": {"path": "/work/wt-reliability/samples/002_ad9ccb4a6e4e1731.txt", "sha256": "d30d988a6492827da7c0d4a46b1e6ecba66d1d068e815bb31d0c81962c098700", "format": "text"}, "kind": "brief", "dossier": null, "dossier_title": null, "number": 307, "date": "2018-12-12", "title": null, "senders": ["Buitenlandse Zaken"], "addressee": "Voorzitter van de Tweede Kamer der Staten-Generaal", "signatories": [{"name": "S.A. Blok", "function": "De Minister van Buitenlandse Zaken"}], "text": "Hierbij informeer ik u over de bijeenkomst van de Noord Atlantische Raad (NAR) die op 4 en 5 december 2018 in Brussel bijeen kwam op het niveau van de Ministers van Buitenlandse Zaken. De Ministers hadden een ontmoeting met de Oekraïense en Georgische Ministers van Buitenlandse Zaken. Hierna volgde een werksessie over de trans-Atlantische betrekkingen, het INF-verdrag en Rusland. Tijdens het werkdiner is gesproken over de ontwikkelingen aan de Zuidflank van de NAVO. Op de tweede dag van de ministeriële NAR vond eerst een werksessie plaats over de Westelijke Balkan, die werd gevolgd door een bijeenkomst met de operationele partners van de Resolute Support Mission (RSM) Afghanistan.\n\nOekraïne en Georgië\n\nDe bijeenkomst met Oekraïne en Georgië stond voor een groot deel in het teken van de recente gebeurtenissen in de Straat van Kertsj. De NAVO-bondgenoten waren eensgezind in hun oordeel dat het optreden van Rusland tegen Oekraïense marineschepen een schending van het internationale recht betekent. Het is van belang dat Rusland onverwijld de gevangen genomen Oekraïense zeelieden vrijlaat en de marineschepen retourneert aan Oekraïne. Het incident betekent een verdere verslechtering van de veiligheidssituatie in de Zwarte Zee regio. Om die reden heeft Nederland tijdens de bijeenkomst dan ook opgeroepen tot terughoudendheid en de-escalatie.\n\nNederland heeft in de vergadering eveneens aangegeven dat het incident in de Straat van Kertsj een belemmering is van navigatierechten en dat Rusland direct ervoor moet zorgen dat Oekraïense havens weer bereikbaar zijn. Potentieel kan een soortgelijke situatie zich ook elders voordoen. Het is belangrijk dat de NAVO zich op een dergelijke situatie voorbereidt.\n\nVerder heeft Nederland steun uitgesproken voor de bereikte hervormingen in zowel Oekraïne als Georgië als het gaat om modernisering van de veiligheidssector, het tegengaan van corruptie en het versterken van democratische instituties en de rechtsstaat. Hierbij is echter nog een lange weg te gaan. Nederland is bereid daarvoor bijstand te blijven geven door financiële bijdragen aan NAVO Trustfunds.\n\nINF-verdrag\n\nTijdens de bijeenkomst hebben de NAVO-bondgenoten een verklaring uit doen gaan over het INF-verdrag (zie bijlage bij dit verslag)[1]. Hierin werd de aanhoudende Russische schending van dit belangrijke verdrag bevestigd, ondanks herhaaldelijk aandringen van de VS en andere NAVO-bondgenoten om een oprechte dialoog aan te gaan over dit onderwerp. De bondgenoten riepen Rusland op om onverwijld terug te keren naar een volledige en verifieerbare naleving van het verdrag, want een situatie waarin alleen de VS zich houdt aan wapenbeheersingsverplichtingen is niet houdbaar. Voorts spraken de bondgenoten de intentie uit voor een constructieve relatie met Rusland en herhaalden dat de NAVO open blijft staan voor dialoog. Ten slotte committeerden bondgenoten zich stevig aan het behoud van effectieve internationale wapenbeheersing, ontwapening en non-proliferatie, als hoofdelementen voor de veiligheid en stabiliteit van Europa. Zij committeerden zich dan ook aan handhaving, steun en verdere versterking hiervan.\n\nNederland heeft in de vergadering de eigenstandige Nederlandse conclusie herhaald dat Rusland het INF-verdrag schendt en verantwoordelijk is voor de huidige situatie, maar dat Rusland voldoende kans moet worden geboden om tot inkeer te komen en het verdrag alsnog te redden. Tegelijkertijd moet de NAVO er rekening mee houden dat Rusland ook deze oproep aan zich voorbij laat gaan, stelde Nederland, en alvast mogelijke implicaties daarvan in kaart brengen om de veiligheid van het bondgenootschap te waarborgen. De VS heeft aangekondigd Rusland nog zestig dagen te bieden, voordat het zich ook niet langer door het verdrag laat binden. Zo zet de VS de deur een laatste keer open voor een diplomatieke oplossing. Het is nu aan Rusland om hierop te reageren.\n\nTijdens de Regeling van Werkzaamheden op 5 december jl. verzocht het lid Karabulut (SP) informatie over de feiten die op tafel liggen en de Nederlandse inzet wat betreft het INF-verdrag (Handelingen II 2018/19, nr. 32, Regeling van werkzaamheden). Naast bovenstaande informatie is uw Kamer op 27 november jl. een brief toegegaan die de Nederlandse eigenstandige appreciatie van de Russische schending van het INF-verdrag toelicht (Kamerstuk 33 694, nr. 34). Nederland blijft zich de komende tijd inspannen om dit belangrijke verdrag voor de Europese veiligheid en stabiliteit overeind te houden, mede in het licht van de motie Voordewind (Kamerstuk 33 694, nr. 30).\n\nTrans-Atlantische betrekkingen\n\nIn de werksessie over de trans-Atlantische betrekkingen is kort gesproken over de implementatie van de Wales-afspraken om in 2024 te komen tot 2% uitgaven voor defensie, waarbinnen 20% ten goede moet komen aan investeringen voor defensie-capaciteiten. De Amerikaanse Minister van Buitenlandse Zaken Pompeo riep opnieuw op om voor het einde van het jaar de geloofwaardige nationale plannen bij de NAVO aan te leveren, zoals door de regeringsleiders is afgesproken tijdens de NAVO Top in Brussel. De plannen beschrijven hoe aan deze afspraken binnen het bondgenootschap invulling kan worden gegeven. Zoals eerder is gemeld zal het kabinet het Nederlandse nationale plan met uw Kamer delen.\n\nVoorts is gesproken over de verhouding tussen de NAVO en EU als het gaat om inspanningen op defensiegebied. De Ministers verwelkomden de toenemende activiteiten van de EU op het gebied van veiligheid en defensie. Een grotere verantwoordelijkheid van de EU op dit gebied is wenselijk. Tegelijkertijd was er consensus onder Ministers dat de rol van de EU complementair dient te zijn aan die van de NAVO. De NAVO is en blijft de hoeksteen van de collectieve verdediging, niet in de laatste plaats dankzij de politieke, financiële en militaire bijdragen van de Verenigde Staten.\n\nRusland\n\nVanwege de uitvoerige discussies over het INF-verdrag is de bredere relatie van de NAVO met Rusland tijdens deze ministeriële slechts beperkt aan bod gekomen. Tijdens de vergadering werd benadrukt dat eenheid binnen het bondgenootschap van belang is teneinde het hoofd te kunnen bieden aan de brede dreiging op veiligheidsgebied die van Rusland uitgaat. Echter, ook contacten en dialoog blijven van belang, zoals de recente bijeenkomst van de NAVO Rusland Raad (NRR) op 31 oktober jl. (waarover uw Kamer reeds is geïnformeerd) heeft laten zien.\n\nZuidflank\n\nTijdens het werkdiner over de Zuidflank spraken bondgenoten over de bijdrage die de NAVO levert aan stabiliteit en weerbaarheid in partnerlanden. Bondgenoten onderstreepten het belang van continue aandacht voor de Zuidflank. Ook Nederland vindt het belangrijk dat de NAVO een bijdrage levert aan internationale inspanningen aan de Zuidflank. De NAVO heeft specifieke expertise in de opbouw van een sterke en integere veiligheidssector.\n\nConcreet werd gesproken over de nieuwe NAVO-missie in Irak en het verzoek van de Libische Minister-President Serraj aan de NAVO om de veiligheidsarchitectuur te versterken. Voor wat betreft Libië heeft Nederland aangegeven dat de politieke en de veiligheidssituatie op dit moment nog onvoldoende stabiel is om als NAVO trainingen te geven in Libië. Wel zou gekeken kunnen worden naar activiteiten vanuit bijvoorbeeld Tunesië. Op deze manier zou de NAVO nu al een relevant netwerk kunnen opbouwen voor wanneer de situatie in het land verbetert. Ook samenwerking met de EU, VN en andere (civiele) actoren is van belang.\n\nVoor het eerst sinds de NAVO-missie in Irak van start is gegaan, op 1 november jl., werd gesproken over de missie. De missie richt zich op versterking van de Iraakse veiligheidssector door training en advies. Bondgenoten onderstreepten het belang van de missie als onderdeel van een duurzame overwinning op ISIS.\n\nWestelijke Balkan\n\nOp de tweede dag vond een werksessie plaats over de Westelijke Balkan, in aanwezigheid van de EU Hoge Vertegenwoordiger, waarbij Ministers hun zorgen uitten over de stabiliteit in delen van de regio. Zij spraken hun waardering uit voor EU-NAVO samenwerking, met name op het gebied van strategische communicatie. De NAR sprak onder meer over mogelijke NAVO toetreding van Macedonië, de relatie tussen de NAVO en Bosnië-Herzegovina en de ontwikkelingen in de relatie tussen Kosovo en Servië. Nederland steunt de uitgangspunten van het Open Deur beleid. Dit beleid heeft een belangrijke bijdrage geleverd aan stabiliteit en veiligheid in de regio en van het Europese continent. Voor het succes van het Open Deur beleid hecht Nederland belang aan de conditionaliteit. Dit heeft Nederland ook herhaald in de Noord-Atlantische Raad. Nieuwe leden moeten bijdragen aan de veiligheid van het Noord-Atlantisch verdragsgebied, conform art. 10 van het Verdrag van Washington. Ook is het belangrijk dat voldoende vooruitgang is geboekt met hervormingen op het gebied van de rechtsstaat en in de veiligheidssector.\n\nEr bestond veel lof voor het getoonde leiderschap van Griekenland en Macedonië inzake het Prespa-akkoord. NAVO-landen hoopten op een snelle implementatie van het akkoord in beide landen, opdat binnen afzienbare tijd het toetredingsprotocol bij het Verdrag van Washington kan worden getekend. Tevens hechtten Bondgenoten aan de implementatie van de voorgenomen hervormingen in Macedonië.\n\nDe NAVO maakt zich zorgen over de ontwikkelingen in de relatie tussen Kosovo en Servië, met name over de recente Kosovaarse stap om een importheffing van 100% in te stellen op producten uit enkele buurlanden en de transformatie van de Kosovaarse veiligheidsmacht naar een Kosovaars leger. Inzake de transformatie benadrukten Ministers het belang van een constitutioneel en transparant proces, betrokkenheid van alle belanghebbende partijen en consultatie met de internationale gemeenschap. De genoemde zorgelijke ontwikkelingen geven de door de EU gefaciliteerde dialoog tussen Pristina en Belgrado extra relevantie.\n\nDaarnaast spraken bondgenoten hun steun uit om Bosnië-Herzegovina uit te nodigen om een Annual National Plan (ANP) in te dienen bij de NAVO. Het is aan de autoriteiten in Bosnië-Herzegovina om in te gaan op de uitnodiging. Met het starten van de ANP-cyclus kan de NAVO Bosnië-Herzegovina beter ondersteunen bij hervormingen en bijdragen aan het verder intensiveren van de relatie met de NAVO. Samenwerking aan de hand van een ANP betekent nadrukkelijk geen automatisme richting NAVO-lidmaatschap. Bosnië-Herzegovina voldoet nog niet aan het zogenoemde Tallinn criterium[2]: het registeren van militaire onroerende goederen onder het gezag van de centrale regering in Sarajevo. Nederland wil vasthouden aan deze voorwaarde in het verdere toetredingstraject van Bosnië-Herzegovina tot de NAVO en heeft dit tijdens de bijeenkomst krachtig uitgedragen, evenals diverse andere bondgenoten.\n\nAfghanistan\n\nIn aanwezigheid van de Afghaanse Minister van Buitenlandse Zaken en andere operationele partners van de Resolute Support Mission (RSM) spraken de Ministers over de huidige politieke en veiligheidssituatie in Afghanistan. Op dit gebied zijn er zoals bekend tal van uitdagingen. Positief is dat de parlementsverkiezingen van oktober jl. relatief veilig zijn verlopen in vergelijking met eerdere verkiezingen. Bovendien zijn de Afghaanse nationale strijdkrachten in staat gebleken zelfstandig de veiligheid te verzorgen tijdens de verkiezingen. Tegelijk is duidelijk dat de Afghaanse regering aanzienlijke stappen te zetten heeft om de presidentsverkiezingen die in april 2019 gepland staan, soepel te laten verlopen.\n\nNederland heeft in deze sessie naar voren gebracht dat duurzame vrede en stabiliteit uiteindelijk alleen door middel van onderhandelingen tot stand kan komen. Daarvoor is het wel noodzakelijk dat ook regionale spelers, waaronder Pakistan, een grotere inspanning leveren om de Taliban aan de onderhandelingstafel te krijgen. Het historische staakt-het-vuren dat plaatsvond in juni 2018 toonde dat de Afghaanse bevolking snakt naar een einde aan het geweld. De bereidheid van partijen om tijdelijk de wapens neer te leggen maakt verder duidelijk dat er een potentieel voor vrede is waarop kan worden gebouwd.\n\nBlijvend commitment van de NAVO en de internationale gemeenschap blijft volgens bondgenoten zoals Duitsland en de VS nodig om de juiste voorwaarden voor vrede te scheppen, waaronder een duurzaam en zelfredzaam veiligheidsapparaat. De verdere professionalisering en versterking van het Afghaanse leger en politie is daarbij van belang, ook met het oog op het vergroten van het vertrouwen van de Afghaanse bevolking in deze Afghaanse staatsinstellingen.\n\nDe Nederlandse bijdrage aan RSM geeft uiting aan dit commitment. In nauwe samenwerking met vooral Duitsland, levert Nederland hieraan een bijdrage in Noord-Afghanistan (zie desgewenst ook Kamerstuk 27 925, nr. 630). Nederland verzorgt zowel Train, Advice and Assist (TAA)-activiteiten ten behoeve van reguliere Afghaanse strijdkrachten als ondersteuning van Afghaanse speciale politie-eenheden via een Duits-Nederlands Special Operations Advisory Team (SOAT). Het SOAT richt zich op de leden van de Afghan Task Force (ATF) 888 in Mazar-e-Sharif.\n\nDe training van ATF 888 is nog gaande en de eenheid is daarom nog niet volledig operationeel. In 2019 worden daarom naar verwachting speciale politie-eenheden uit andere delen van Afghanistan tijdelijk ingezet in Noord-Afghanistan indien de situatie daar om vraagt. Het kabinet heeft op verzoek van leiding van Resolute Support besloten dat Nederlandse trainers, net als de Duitse trainers, ook ondersteuning kunnen verlenen aan deze eenheden in geval van inzet in Noord-Afghanistan. Zo wordt voorkomen dat er een verschil ontstaat in de ondersteuning die de Nederlandse en Duitse trainers binnen het SOAT kunnen leveren. Het betreft hier met de ATF 888 vergelijkbare eenheden die zijn gestationeerd in andere delen van het land en daar ondersteund worden door RSM-partners zoals Noorwegen of het Verenigd Koninkrijk. De werkwijze van en de voorwaarden rondom inzet van het SOAT blijven ongewijzigd.\n\nDe Minister van Buitenlandse Zaken,\n\nS.A. Blok", "sections": [{"heading": null, "start": 0, "end": 689}, {"heading": "Oekraïne en Georgië", "start": 691, "end": 2119}, {"heading": "INF-verdrag", "start": 2121, "end": 4572}, {"heading": "Trans-Atlantische betrekkingen", "start": 4574, "end": 5869}, {"heading": "Rusland", "start": 5871, "end": 6424}, {"heading": "Zuidflank", "start": 6426, "end": 7805}, {"heading": "Westelijke Balkan", "start": 7807, "end": 10818}, {"heading": "Afghanistan", "start": 10820, "end": 14056}], "footnotes": [{"mark": "1", "text": "Raadpleegbaar via www.tweedekamer.nl."}, {"mark": "2", "text": "Zie verslag van de NAVO ministeriële in Tallinn (23-23 april 2010), Kamerstuk 28 676, nr. 106."}], "references": [{"type": "handelingen", "raw": "Handelingen II 2018/19, nr. 32", "span": [4094, 4124], "dossier": null, "number": 32, "year": "2018-2019", "target_id": "h-tk-20182019-32"}, {"type": "kamerstuk", "raw": "Kamerstuk 33 694, nr. 34", "span": [4338, 4362], "dossier": "33694", "number": 34, "year": null, "target_id": "kst-33694-34"}, {"type": "motie", "raw": "motie Voordewind (Kamerstuk 33 694, nr. 30)", "span": [4528, 4571], "dossier": "33694", "number": 30, "year": null, "target_id": "kst-33694-30"}, {"type": "kamerstuk", "raw": "Kamerstuk 28 676, nr. 106", "span": [10503, 10506], "dossier": "28676", "number": 106, "year": null, "target_id": "kst-28676-106"}, {"type": "kamerstuk", "raw": "Kamerstuk 27 925, nr. 630", "span": [12798, 12823], "dossier": "27925", "number": 630, "year": null, "target_id": "kst-27925-630"}], "dates": [{"text": "12 december 2018", "date": "2018-12-12", "span": [0, 0], "date_end": null}, {"text": "4 en 5 december 2018", "date": "2018-12-04", "span": [86, 106], "date_end": "2018-12-05"}, {"text": "5 december jl.", "date": "2018-12-05", "span": [3948, 3962], "date_end": null}, {"text": "27 november jl.", "date": "2018-11-27", "span": [4200, 4215], "date_end": null}, {"text": "31 oktober jl.", "date": "2018-10-31", "span": [6350, 6364], "date_end": null}, {"text": "1 november jl.", "date": "2018-11-01", "span": [7561, 7575], "date_end": null}, {"text": "oktober jl.", "date": "2018-10", "span": [11156, 11167], "date_end": null}, {"text": "april 2019", "date": "2019-04", "span": [11496, 11506], "date_end": null}, {"text": "juni 2018", "date": "2018-06", "span": [11924, 11933], "date_end": null}], "entities": [{"type": "place", "text": "Brussel", "name": "Brussel", "span": [110, 117], "role": null, "party": null}, {"type": "country", "text": "Oekraïense", "name": "Oekraïne", "span": [227, 237], "role": null, "party": null}, {"type": "country", "text": "Georgische", "name": "Georgië", "span": [241, 251], "role": null, "party": null}, {"type": "treaty", "text": "INF-verdrag", "name": "INF-verdrag", "span": [359, 370], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [374, 381], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [465, 469], "role": null, "party": null}, {"type": "mission", "text": "Resolute Support Mission", "name": "Resolute Support Mission", "span": [646, 670], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [677, 688], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [691, 699], "role": null, "party": null}, {"type": "country", "text": "Georgië", "name": "Georgië", "span": [703, 710], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [731, 739], "role": null, "party": null}, {"type": "country", "text": "Georgië", "name": "Georgië", "span": [743, 750], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [848, 852], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [918, 925], "role": null, "party": null}, {"type": "country", "text": "Oekraïense", "name": "Oekraïne", "span": [932, 942], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [1032, 1039], "role": null, "party": null}, {"type": "country", "text": "Oekraïense", "name": "Oekraïne", "span": [1071, 1081], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [1137, 1145], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [1266, 1275], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [1357, 1366], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [1499, 1506], "role": null, "party": null}, {"type": "country", "text": "Oekraïense", "name": "Oekraïne", "span": [1537, 1547], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [1669, 1673], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [1733, 1742], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [1801, 1809], "role": null, "party": null}, {"type": "country", "text": "Georgië", "name": "Georgië", "span": [1814, 1821], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [2018, 2027], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2103, 2107], "role": null, "party": null}, {"type": "treaty", "text": "INF-verdrag", "name": "INF-verdrag", "span": [2121, 2132], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2167, 2171], "role": null, "party": null}, {"type": "treaty", "text": "INF-verdrag", "name": "INF-verdrag", "span": [2222, 2233], "role": null, "party": null}, {"type": "country", "text": "Russische", "name": "Rusland", "span": [2295, 2304], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [2394, 2396], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2407, 2411], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [2502, 2509], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [2639, 2641], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [2787, 2794], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2816, 2820], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [3148, 3157], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [3199, 3210], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [3234, 3241], "role": null, "party": null}, {"type": "treaty", "text": "INF-verdrag", "name": "INF-verdrag", "span": [3246, 3257], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [3324, 3331], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [3446, 3450], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [3478, 3485], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [3537, 3546], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [3664, 3666], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [3686, 3693], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [3795, 3797], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [3875, 3882], "role": null, "party": null}, {"type": "person", "text": "Karabulut", "name": "Karabulut", "span": [3980, 3989], "role": "lid", "party": "SP"}, {"type": "organisation", "text": "SP", "name": "SP", "span": [3991, 3993], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [4047, 4058], "role": null, "party": null}, {"type": "treaty", "text": "INF-verdrag", "name": "INF-verdrag", "span": [4081, 4092], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [4243, 4254], "role": null, "party": null}, {"type": "country", "text": "Russische", "name": "Rusland", "span": [4288, 4297], "role": null, "party": null}, {"type": "treaty", "text": "INF-verdrag", "name": "INF-verdrag", "span": [4316, 4327], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [4365, 4374], "role": null, "party": null}, {"type": "person", "text": "Voordewind", "name": "Voordewind", "span": [4534, 4544], "role": null, "party": null}, {"type": "country", "text": "Amerikaanse", "name": "Verenigde Staten", "span": [4861, 4872], "role": null, "party": null}, {"type": "person", "text": "Pompeo", "name": "Pompeo", "span": [4905, 4911], "role": "Amerikaanse Minister van Buitenlandse Zaken", "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [5002, 5006], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [5080, 5084], "role": null, "party": null}, {"type": "place", "text": "Brussel", "name": "Brussel", "span": [5092, 5099], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [5247, 5258], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [5344, 5348], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [5352, 5354], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [5463, 5465], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [5548, 5550], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [5645, 5647], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [5691, 5695], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [5700, 5704], "role": null, "party": null}, {"type": "country", "text": "Verenigde Staten", "name": "Verenigde Staten", "span": [5852, 5868], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [5871, 5878], "role": null, "party": null}, {"type": "treaty", "text": "INF-verdrag", "name": "INF-verdrag", "span": [5922, 5933], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [5963, 5967], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [5972, 5979], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [6217, 6224], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [6323, 6327], "role": null, "party": null}, {"type": "country", "text": "Rusland", "name": "Rusland", "span": [6328, 6335], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [6521, 6525], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [6666, 6675], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [6704, 6708], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [6782, 6786], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [6913, 6917], "role": null, "party": null}, {"type": "country", "text": "Irak", "name": "Irak", "span": [6928, 6932], "role": null, "party": null}, {"type": "country", "text": "Libische", "name": "Libië", "span": [6955, 6963], "role": null, "party": null}, {"type": "person", "text": "Serraj", "name": "Serraj", "span": [6983, 6989], "role": "Libische Minister-President", "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [6997, 7001], "role": null, "party": null}, {"type": "country", "text": "Libië", "name": "Libië", "span": [7064, 7069], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [7076, 7085], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [7188, 7192], "role": null, "party": null}, {"type": "country", "text": "Libië", "name": "Libië", "span": [7216, 7221], "role": null, "party": null}, {"type": "country", "text": "Tunesië", "name": "Tunesië", "span": [7291, 7298], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [7322, 7326], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [7442, 7444], "role": null, "party": null}, {"type": "organisation", "text": "VN", "name": "VN", "span": [7446, 7448], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [7517, 7521], "role": null, "party": null}, {"type": "country", "text": "Irak", "name": "Irak", "span": [7532, 7536], "role": null, "party": null}, {"type": "country", "text": "Iraakse", "name": "Irak", "span": [7651, 7658], "role": null, "party": null}, {"type": "organisation", "text": "ISIS", "name": "ISIS", "span": [7800, 7804], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [7920, 7922], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [8062, 8064], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [8065, 8069], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [8177, 8181], "role": null, "party": null}, {"type": "country", "text": "Macedonië", "name": "Macedonië", "span": [8197, 8206], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [8229, 8233], "role": null, "party": null}, {"type": "country", "text": "Bosnië-Herzegovina", "name": "Bosnië-Herzegovina", "span": [8237, 8255], "role": null, "party": null}, {"type": "country", "text": "Kosovo", "name": "Kosovo", "span": [8298, 8304], "role": null, "party": null}, {"type": "country", "text": "Servië", "name": "Servië", "span": [8308, 8314], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [8316, 8325], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [8548, 8557], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [8600, 8609], "role": null, "party": null}, {"type": "treaty", "text": "Verdrag van Washington", "name": "Verdrag van Washington", "span": [8766, 8788], "role": null, "party": null}, {"type": "place", "text": "Washington", "name": "Washington", "span": [8778, 8788], "role": null, "party": null}, {"type": "country", "text": "Griekenland", "name": "Griekenland", "span": [8982, 8993], "role": null, "party": null}, {"type": "country", "text": "Macedonië", "name": "Macedonië", "span": [8997, 9006], "role": null, "party": null}, {"type": "treaty", "text": "Prespa-akkoord", "name": "Prespa-akkoord", "span": [9018, 9032], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [9034, 9038], "role": null, "party": null}, {"type": "treaty", "text": "Verdrag van Washington", "name": "Verdrag van Washington", "span": [9176, 9198], "role": null, "party": null}, {"type": "place", "text": "Washington", "name": "Washington", "span": [9188, 9198], "role": null, "party": null}, {"type": "country", "text": "Macedonië", "name": "Macedonië", "span": [9304, 9313], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [9319, 9323], "role": null, "party": null}, {"type": "country", "text": "Kosovo", "name": "Kosovo", "span": [9386, 9392], "role": null, "party": null}, {"type": "country", "text": "Servië", "name": "Servië", "span": [9396, 9402], "role": null, "party": null}, {"type": "country", "text": "Kosovaarse", "name": "Kosovo", "span": [9429, 9439], "role": null, "party": null}, {"type": "country", "text": "Kosovaarse", "name": "Kosovo", "span": [9551, 9561], "role": null, "party": null}, {"type": "country", "text": "Kosovaars", "name": "Kosovo", "span": [9588, 9597], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [9861, 9863], "role": null, "party": null}, {"type": "place", "text": "Pristina", "name": "Pristina", "span": [9894, 9902], "role": null, "party": null}, {"type": "place", "text": "Belgrado", "name": "Belgrado", "span": [9906, 9914], "role": null, "party": null}, {"type": "country", "text": "Bosnië-Herzegovina", "name": "Bosnië-Herzegovina", "span": [9981, 9999], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [10069, 10073], "role": null, "party": null}, {"type": "country", "text": "Bosnië-Herzegovina", "name": "Bosnië-Herzegovina", "span": [10105, 10123], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [10198, 10202], "role": null, "party": null}, {"type": "country", "text": "Bosnië-Herzegovina", "name": "Bosnië-Herzegovina", "span": [10203, 10221], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [10321, 10325], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [10412, 10416], "role": null, "party": null}, {"type": "country", "text": "Bosnië-Herzegovina", "name": "Bosnië-Herzegovina", "span": [10431, 10449], "role": null, "party": null}, {"type": "place", "text": "Tallinn", "name": "Tallinn", "span": [10486, 10493], "role": null, "party": null}, {"type": "place", "text": "Sarajevo", "name": "Sarajevo", "span": [10601, 10609], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [10611, 10620], "role": null, "party": null}, {"type": "country", "text": "Bosnië-Herzegovina", "name": "Bosnië-Herzegovina", "span": [10694, 10712], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [10720, 10724], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [10820, 10831], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [10856, 10865], "role": null, "party": null}, {"type": "mission", "text": "Resolute Support Mission", "name": "Resolute Support Mission", "span": [10937, 10961], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [11041, 11052], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [11258, 11267], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [11404, 11413], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [11549, 11558], "role": null, "party": null}, {"type": "country", "text": "Pakistan", "name": "Pakistan", "span": [11778, 11786], "role": null, "party": null}, {"type": "organisation", "text": "Taliban", "name": "Taliban", "span": [11825, 11832], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [11948, 11957], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [12184, 12188], "role": null, "party": null}, {"type": "country", "text": "Duitsland", "name": "Duitsland", "span": [12255, 12264], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [12271, 12273], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [12442, 12451], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [12551, 12560], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [12579, 12588], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [12613, 12624], "role": null, "party": null}, {"type": "country", "text": "Duitsland", "name": "Duitsland", "span": [12708, 12717], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [12726, 12735], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [12766, 12777], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [12826, 12835], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [12921, 12930], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [12968, 12977], "role": null, "party": null}, {"type": "country", "text": "Duits", "name": "Duitsland", "span": [13012, 13017], "role": null, "party": null}, {"type": "country", "text": "Nederlands", "name": "Nederland", "span": [13018, 13028], "role": null, "party": null}, {"type": "place", "text": "Mazar-e-Sharif", "name": "Mazar-e-Sharif", "span": [13140, 13154], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [13337, 13348], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [13376, 13387], "role": null, "party": null}, {"type": "mission", "text": "Resolute Support", "name": "Resolute Support", "span": [13468, 13484], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [13498, 13509], "role": null, "party": null}, {"type": "country", "text": "Duitse", "name": "Duitsland", "span": [13531, 13537], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [13628, 13639], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [13716, 13727], "role": null, "party": null}, {"type": "country", "text": "Duitse", "name": "Duitsland", "span": [13731, 13737], "role": null, "party": null}, {"type": "country", "text": "Noorwegen", "name": "Noorwegen", "span": [13937, 13946], "role": null, "party": null}, {"type": "country", "text": "Verenigd Koninkrijk", "name": "Verenigd Koninkrijk", "span": [13954, 13973], "role": null, "party": null}, {"type": "person", "text": "S.A. Blok", "name": "S.A. Blok", "span": [14095, 14104], "role": "Minister van Buitenlandse Zaken", "party": null}], "acronyms": [{"short": "NAR", "long": "Noord Atlantische Raad"}, {"short": "RSM", "long": "Resolute Support Mission"}, {"short": "NRR", "long": "NAVO Rusland Raad"}, {"short": "ANP", "long": "Annual National Plan"}, {"short": "TAA", "long": "Train, Advice and Assist"}, {"short": "SOAT", "long": "Special Operations Advisory Team"}, {"short": "ATF", "long": "Afghan Task Force"}], "meetings": [{"body": "Noord Atlantische Raad (NAR), Ministers van Buitenlandse Zaken", "dates": ["2018-12-04", "2018-12-05"], "location": "Brussel"}], "statements": [{"kind": "position", "actor": "Nederland", "text": "Om die reden heeft Nederland tijdens de bijeenkomst dan ook opgeroepen tot terughoudendheid en de-escalatie.", "span": [1247, 1355], "section": "Oekraïne en Georgië"}, {"kind": "position", "actor": "Nederland", "text": "Nederland heeft in de vergadering eveneens aangegeven dat het incident in de Straat van Kertsj een belemmering is van navigatierechten en dat Rusland direct ervoor moet zorgen dat Oekraïense havens weer bereikbaar zijn.", "span": [1357, 1576], "section": "Oekraïne en Georgië"}, {"kind": "position", "actor": "Nederland", "text": "Verder heeft Nederland steun uitgesproken voor de bereikte hervormingen in zowel Oekraïne als Georgië als het gaat om modernisering van de veiligheidssector, het tegengaan van corruptie en het versterken van democratische instituties en de rechtsstaat.", "span": [1720, 1972], "section": "Oekraïne en Georgië"}, {"kind": "position", "actor": "Nederland", "text": "Nederland is bereid daarvoor bijstand te blijven geven door financiële bijdragen aan NAVO Trustfunds.", "span": [2018, 2119], "section": "Oekraïne en Georgië"}, {"kind": "decision", "actor": "NAVO-bondgenoten", "text": "Tijdens de bijeenkomst hebben de NAVO-bondgenoten een verklaring uit doen gaan over het INF-verdrag (zie bijlage bij dit verslag)[1].", "span": [2134, 2267], "section": "INF-verdrag"}, {"kind": "position", "actor": "Nederland", "text": "Nederland heeft in de vergadering de eigenstandige Nederlandse conclusie herhaald dat Rusland het INF-verdrag schendt en verantwoordelijk is voor de huidige situatie, maar dat Rusland voldoende kans moet worden geboden om tot inkeer te komen en het verdrag alsnog te redden.", "span": [3148, 3422], "section": "INF-verdrag"}, {"kind": "position", "actor": "Nederland", "text": "Tegelijkertijd moet de NAVO er rekening mee houden dat Rusland ook deze oproep aan zich voorbij laat gaan, stelde Nederland, en alvast mogelijke implicaties daarvan in kaart brengen om de veiligheid van het bondgenootschap te waarborgen.", "span": [3423, 3660], "section": "INF-verdrag"}, {"kind": "position", "actor": "Nederland", "text": "Nederland blijft zich de komende tijd inspannen om dit belangrijke verdrag voor de Europese veiligheid en stabiliteit overeind te houden, mede in het licht van de motie Voordewind (Kamerstuk 33 694, nr. 30).", "span": [4365, 4572], "section": "INF-verdrag"}, {"kind": "commitment", "actor": "het kabinet", "text": "Zoals eerder is gemeld zal het kabinet het Nederlandse nationale plan met uw Kamer delen.", "span": [5204, 5293], "section": "Trans-Atlantische betrekkingen"}, {"kind": "position", "actor": "Nederland", "text": "Ook Nederland vindt het belangrijk dat de NAVO een bijdrage levert aan internationale inspanningen aan de Zuidflank.", "span": [6662, 6778], "section": "Zuidflank"}, {"kind": "position", "actor": "Nederland", "text": "Voor wat betreft Libië heeft Nederland aangegeven dat de politieke en de veiligheidssituatie op dit moment nog onvoldoende stabiel is om als NAVO trainingen te geven in Libië.", "span": [7047, 7222], "section": "Zuidflank"}, {"kind": "position", "actor": "Nederland", "text": "Nederland steunt de uitgangspunten van het Open Deur beleid.", "span": [8316, 8376], "section": "Westelijke Balkan"}, {"kind": "position", "actor": "Nederland", "text": "Voor het succes van het Open Deur beleid hecht Nederland belang aan de conditionaliteit.", "span": [8501, 8589], "section": "Westelijke Balkan"}, {"kind": "position", "actor": "Nederland", "text": "Dit heeft Nederland ook herhaald in de Noord-Atlantische Raad.", "span": [8590, 8652], "section": "Westelijke Balkan"}, {"kind": "position", "actor": "Nederland", "text": "Nederland wil vasthouden aan deze voorwaarde in het verdere toetredingstraject van Bosnië-Herzegovina tot de NAVO en heeft dit tijdens de bijeenkomst krachtig uitgedragen, evenals diverse andere bondgenoten.", "span": [10611, 10818], "section": "Westelijke Balkan"}, {"kind": "position", "actor": "Nederland", "text": "Nederland heeft in deze sessie naar voren gebracht dat duurzame vrede en stabiliteit uiteindelijk alleen door middel van onderhandelingen tot stand kan komen.", "span": [11549, 11707], "section": "Afghanistan"}, {"kind": "position", "actor": "Nederland", "text": "In nauwe samenwerking met vooral Duitsland, levert Nederland hieraan een bijdrage in Noord-Afghanistan (zie desgewenst ook Kamerstuk 27 925, nr. 630).", "span": [12675, 12825], "section": "Afghanistan"}, {"kind": "position", "actor": "Nederland", "text": "Nederland verzorgt zowel Train, Advice and Assist (TAA)-activiteiten ten behoeve van reguliere Afghaanse strijdkrachten als ondersteuning van Afghaanse speciale politie-eenheden via een Duits-Nederlands Special Operations Advisory Team (SOAT).", "span": [12826, 13069], "section": "Afghanistan"}, {"kind": "decision", "actor": "het kabinet", "text": "Het kabinet heeft op verzoek van leiding van Resolute Support besloten dat Nederlandse trainers, net als de Duitse trainers, ook ondersteuning kunnen verlenen aan deze eenheden in geval van inzet in Noord-Afghanistan.", "span": [13423, 13640], "section": "Afghanistan"}], "warnings": []}');
INSERT INTO public.letters VALUES ('sha-751b5cfb4500', '/work/wt-reliability/samples/000_50034ceebe6a1b15.txt', '751b5cfb45001de60b48be79c9148d6b95168dce489d2fb046cd129619725f4d', 'text', 'brief', NULL, NULL, NULL, NULL, NULL, 'Voorzitter', 'Buitenlandse Zaken; Defensie', 'Geachte voorzitter,

Hierbij ontvangt u, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, het verslag van een extra ingelaste bijeenkomst van de NAVO-Raad op 14 april 2021 over Afghanistan en Oekraïne. De ministers van Buitenlandse Zaken en Defensie van de VS en de ministers van Buitenlandse Zaken van de framework nations van de Resolute Support-missie Duitsland, Italië en Turkije, en het VK woonden de vergadering fysiek bij in Brussel. De overige bondgenoten namen deel via videoconferentie. Namens Nederland namen de ministers van Buitenlandse Zaken en Defensie deel aan de bijeenkomst.

Afghanistan

De Amerikaanse ministers van Buitenlandse Zaken, Blinken, en Defensie, Austin, gaven de NAVO-bondgenoten een toelichting op het besluit van President Biden om alle Amerikaanse troepen uit Afghanistan terug te trekken. De terugtrekking begint rond 1 mei en het voornemen is deze uiterlijk per 11 september af te ronden. Het besluit van President Biden is het gevolg van de herbeoordeling van het akkoord dat de VS vorig jaar met de Taliban sloot. De VS meldde dat het niet mogelijk is gebleken om met de Taliban tot nadere afspraken te komen over vrede in Afghanistan. Het stellen van aanvullende voorwaarden voor terugtrekking zou daarmee een terugkeer naar oorlog met de Taliban en een voortzetting van het verblijf in Afghanistan voor onbepaalde tijd inhouden, aldus de VS. President Biden heeft daarom besloten tot een beperkte verlenging van de militaire aanwezigheid. Het besluit geeft de VS en bondgenoten tijd om de militaire aanwezigheid op een ordelijke manier af te bouwen.

De NAVO-bondgenoten herhaalden tijdens de bijeenkomst het in together, adjust together, out together-principe en besloten om in lijn met de Amerikaanse aankondiging de Resolute Support-missie te beëindigen. Verschillende ministers benadrukten het belang van onderlinge coördinatie om te komen tot een veilige en ordelijke terugtrekking van de militairen. Ook benoemden meerdere bondgenoten het belang om Afghanistan op andere manieren te blijven steunen, bijvoorbeeld middels betrokkenheid bij de Afghaanse vredesonderhandelingen en via ontwikkelingssamenwerking. De SG NAVO concludeerde dat de NAVO Resolute Support-missie eindigt, en dat de NAVO-bondgenoten bij Afghanistan betrokken blijven. NAVO-bondgenoten spreken in een later stadium over de exacte planning van de troepenreductie in lijn met de plannen van de VS. Daarbij komt ook de vraag aan bod welke rol de NAVO kan spelen bij de ondersteuning van Afghanistan nadat de terugtrekking is afgerond. Bondgenoten namen een verklaring aan over Afghanistan die uw Kamer in bijlage toegaat.

De minister van Buitenlandse Zaken benadrukte in zijn reactie het belang om Afghanistan ook na een militaire terugtrekking te blijven steunen om de vooruitgang te behouden die de afgelopen twintig jaar is geboekt. Steun voor de Afghaanse vredesonderhandelingen is daarbij van groot belang. Een overeenkomst tussen de partijen in het conflict blijft de beste manier om duurzame vrede en stabiliteit in Afghanistan te bereiken. Hij stelde vast dat Afghanistan na 20 jaar NAVO-inzet geen uitvalsbasis meer is voor internationaal terrorisme. Nederland heeft benadrukt dat het van belang is om hiervoor ook na een militaire terugtrekking aandacht te houden.

De minister van Defensie stond uitgebreid stil bij de offers die we de afgelopen twintig jaar in Afghanistan hebben gebracht. Veel militairen van het bondgenootschap hebben hun leven verloren voor vrijheid en stabiliteit in Afghanistan. De minister noemde ook de 25 overleden Nederlandse militairen en zij die tijdens hun uitzending gewond zijn geraakt. De minister van Defensie zei dat het in de komende periode onze gezamenlijke zorg is om het uitgezonden personeel zo goed mogelijk te beschermen. Ze herhaalde de oproep van Secretary Austin om binnen de NAVO onze inspanningen te coördineren om ervoor te zorgen dat de militaire terugtrekking op een veilige en ordelijke manier plaatsvindt. Op 4 februari jl. is uw Kamer geïnformeerd over de gereedstelling van ca. 80 militairen voor mogelijke inzet ter versterking van de beveiligingscapaciteit (Kamerstuk 28676, nr. 353, d.d. 4 februari 2021). Zoals eerder gemeld zal uw Kamer op zeer korte termijn conform het Toetsingskader met een aanvullende Artikel 100-brief nader worden geïnformeerd. De veiligheid van onze troepen blijft immers ook tijdens de terugtrekking van groot belang.

Met het einde van de Resolute Support-missie komt er ook een einde aan de huidige militaire presentie van Nederland in Afghanistan. De komende tijd zal de toekomstige Nederlandse inzet in Afghanistan nader in kaart worden gebracht. Continuering van deze inzet is afhankelijk van de ontwikkelingen in het land, het vredesproces, de veiligheidssituatie en de intenties van andere partners en organisaties. De Kamer zal hierover op een later moment nader worden geïnformeerd.

Oekraïne

Tijdens de Raad spraken bondgenoten hun zorgen uit over de recente Russische troepenopbouw op de Krim en bij de grens met Oekraïne. Ze onderstreepten hun politieke steun voor Oekraïne in deze crisissituatie. Nederland sprak zorgen uit over de Russische militaire activiteiten en de ondermijning van de veiligheidssituatie in Europa als geheel. Nederland bevestigde de aanhoudende Nederlandse steun voor de soevereiniteit en territoriale integriteit van Oekraïne. De NAVO steunt de door Oekraïne gewenste diplomatieke oplossing, in afstemming met andere internationale organisaties zoals de EU en de OVSE. Stappen richting Membership Action Plan- (MAP)status of NAVO-lidmaatschap zijn niet aan de orde.

De minister van Buitenlandse Zaken,

Stef Blok

De minister van Defensie,

Ank Bijleveld-Schouten', '2026-12-03T20:29:50.495607+00:00', '{"id": "sha-751b5cfb4500", "source": {"path": "/work/wt-reliability/samples/000_50034ceebe6a1b15.txt", "sha256": "751b5cfb45001de60b48be79c9148d6b95168dce489d2fb046cd129619725f4d", "format": "text"}, "kind": "brief", "dossier": null, "dossier_title": null, "number": null, "date": null, "title": null, "senders": ["Buitenlandse Zaken", "Defensie"], "addressee": "Voorzitter", "signatories": [{"name": "Stef Blok", "function": "De minister van Buitenlandse Zaken"}, {"name": "Ank Bijleveld-Schouten", "function": "De minister van Defensie"}], "text": "Geachte voorzitter,\n\nHierbij ontvangt u, mede namens de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, het verslag van een extra ingelaste bijeenkomst van de NAVO-Raad op 14 april 2021 over Afghanistan en Oekraïne. De ministers van Buitenlandse Zaken en Defensie van de VS en de ministers van Buitenlandse Zaken van de framework nations van de Resolute Support-missie Duitsland, Italië en Turkije, en het VK woonden de vergadering fysiek bij in Brussel. De overige bondgenoten namen deel via videoconferentie. Namens Nederland namen de ministers van Buitenlandse Zaken en Defensie deel aan de bijeenkomst.\n\nAfghanistan\n\nDe Amerikaanse ministers van Buitenlandse Zaken, Blinken, en Defensie, Austin, gaven de NAVO-bondgenoten een toelichting op het besluit van President Biden om alle Amerikaanse troepen uit Afghanistan terug te trekken. De terugtrekking begint rond 1 mei en het voornemen is deze uiterlijk per 11 september af te ronden. Het besluit van President Biden is het gevolg van de herbeoordeling van het akkoord dat de VS vorig jaar met de Taliban sloot. De VS meldde dat het niet mogelijk is gebleken om met de Taliban tot nadere afspraken te komen over vrede in Afghanistan. Het stellen van aanvullende voorwaarden voor terugtrekking zou daarmee een terugkeer naar oorlog met de Taliban en een voortzetting van het verblijf in Afghanistan voor onbepaalde tijd inhouden, aldus de VS. President Biden heeft daarom besloten tot een beperkte verlenging van de militaire aanwezigheid. Het besluit geeft de VS en bondgenoten tijd om de militaire aanwezigheid op een ordelijke manier af te bouwen.\n\nDe NAVO-bondgenoten herhaalden tijdens de bijeenkomst het in together, adjust together, out together-principe en besloten om in lijn met de Amerikaanse aankondiging de Resolute Support-missie te beëindigen. Verschillende ministers benadrukten het belang van onderlinge coördinatie om te komen tot een veilige en ordelijke terugtrekking van de militairen. Ook benoemden meerdere bondgenoten het belang om Afghanistan op andere manieren te blijven steunen, bijvoorbeeld middels betrokkenheid bij de Afghaanse vredesonderhandelingen en via ontwikkelingssamenwerking. De SG NAVO concludeerde dat de NAVO Resolute Support-missie eindigt, en dat de NAVO-bondgenoten bij Afghanistan betrokken blijven. NAVO-bondgenoten spreken in een later stadium over de exacte planning van de troepenreductie in lijn met de plannen van de VS. Daarbij komt ook de vraag aan bod welke rol de NAVO kan spelen bij de ondersteuning van Afghanistan nadat de terugtrekking is afgerond. Bondgenoten namen een verklaring aan over Afghanistan die uw Kamer in bijlage toegaat.\n\nDe minister van Buitenlandse Zaken benadrukte in zijn reactie het belang om Afghanistan ook na een militaire terugtrekking te blijven steunen om de vooruitgang te behouden die de afgelopen twintig jaar is geboekt. Steun voor de Afghaanse vredesonderhandelingen is daarbij van groot belang. Een overeenkomst tussen de partijen in het conflict blijft de beste manier om duurzame vrede en stabiliteit in Afghanistan te bereiken. Hij stelde vast dat Afghanistan na 20 jaar NAVO-inzet geen uitvalsbasis meer is voor internationaal terrorisme. Nederland heeft benadrukt dat het van belang is om hiervoor ook na een militaire terugtrekking aandacht te houden.\n\nDe minister van Defensie stond uitgebreid stil bij de offers die we de afgelopen twintig jaar in Afghanistan hebben gebracht. Veel militairen van het bondgenootschap hebben hun leven verloren voor vrijheid en stabiliteit in Afghanistan. De minister noemde ook de 25 overleden Nederlandse militairen en zij die tijdens hun uitzending gewond zijn geraakt. De minister van Defensie zei dat het in de komende periode onze gezamenlijke zorg is om het uitgezonden personeel zo goed mogelijk te beschermen. Ze herhaalde de oproep van Secretary Austin om binnen de NAVO onze inspanningen te coördineren om ervoor te zorgen dat de militaire terugtrekking op een veilige en ordelijke manier plaatsvindt. Op 4 februari jl. is uw Kamer geïnformeerd over de gereedstelling van ca. 80 militairen voor mogelijke inzet ter versterking van de beveiligingscapaciteit (Kamerstuk 28676, nr. 353, d.d. 4 februari 2021). Zoals eerder gemeld zal uw Kamer op zeer korte termijn conform het Toetsingskader met een aanvullende Artikel 100-brief nader worden geïnformeerd. De veiligheid van onze troepen blijft immers ook tijdens de terugtrekking van groot belang.\n\nMet het einde van de Resolute Support-missie komt er ook een einde aan de huidige militaire presentie van Nederland in Afghanistan. De komende tijd zal de toekomstige Nederlandse inzet in Afghanistan nader in kaart worden gebracht. Continuering van deze inzet is afhankelijk van de ontwikkelingen in het land, het vredesproces, de veiligheidssituatie en de intenties van andere partners en organisaties. De Kamer zal hierover op een later moment nader worden geïnformeerd.\n\nOekraïne\n\nTijdens de Raad spraken bondgenoten hun zorgen uit over de recente Russische troepenopbouw op de Krim en bij de grens met Oekraïne. Ze onderstreepten hun politieke steun voor Oekraïne in deze crisissituatie. Nederland sprak zorgen uit over de Russische militaire activiteiten en de ondermijning van de veiligheidssituatie in Europa als geheel. Nederland bevestigde de aanhoudende Nederlandse steun voor de soevereiniteit en territoriale integriteit van Oekraïne. De NAVO steunt de door Oekraïne gewenste diplomatieke oplossing, in afstemming met andere internationale organisaties zoals de EU en de OVSE. Stappen richting Membership Action Plan- (MAP)status of NAVO-lidmaatschap zijn niet aan de orde.\n\nDe minister van Buitenlandse Zaken,\n\nStef Blok\n\nDe minister van Defensie,\n\nAnk Bijleveld-Schouten", "sections": [{"heading": null, "start": 0, "end": 622}, {"heading": "Afghanistan", "start": 624, "end": 4933}, {"heading": "Oekraïne", "start": 4935, "end": 5646}], "footnotes": [], "references": [{"type": "kamerstuk", "raw": "Kamerstuk 28676, nr. 353", "span": [4172, 4196], "dossier": "28676", "number": 353, "year": null, "target_id": "kst-28676-353"}], "dates": [{"text": "14 april 2021", "date": "2021-04-14", "span": [188, 201], "date_end": null}, {"text": "1 mei", "date": "2021-05-01", "span": [884, 889], "date_end": null}, {"text": "11 september", "date": "2021-09-11", "span": [929, 941], "date_end": null}, {"text": "4 februari jl.", "date": "2021-02-04", "span": [4019, 4033], "date_end": null}, {"text": "4 februari 2021", "date": "2021-02-04", "span": [4203, 4218], "date_end": null}], "entities": [{"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [175, 179], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [207, 218], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [222, 230], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [287, 289], "role": null, "party": null}, {"type": "mission", "text": "Resolute Support-missie", "name": "Resolute Support-missie", "span": [361, 384], "role": null, "party": null}, {"type": "country", "text": "Duitsland", "name": "Duitsland", "span": [385, 394], "role": null, "party": null}, {"type": "country", "text": "Italië", "name": "Italië", "span": [396, 402], "role": null, "party": null}, {"type": "country", "text": "Turkije", "name": "Turkije", "span": [406, 413], "role": null, "party": null}, {"type": "country", "text": "VK", "name": "Verenigd Koninkrijk", "span": [422, 424], "role": null, "party": null}, {"type": "place", "text": "Brussel", "name": "Brussel", "span": [462, 469], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [534, 543], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [624, 635], "role": null, "party": null}, {"type": "country", "text": "Amerikaanse", "name": "Verenigde Staten", "span": [640, 651], "role": null, "party": null}, {"type": "person", "text": "Blinken", "name": "Blinken", "span": [686, 693], "role": "Amerikaanse minister van Buitenlandse Zaken", "party": null}, {"type": "person", "text": "Austin", "name": "Austin", "span": [708, 714], "role": "Amerikaanse minister van Defensie", "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [725, 729], "role": null, "party": null}, {"type": "person", "text": "Biden", "name": "Biden", "span": [787, 792], "role": "President", "party": null}, {"type": "country", "text": "Amerikaanse", "name": "Verenigde Staten", "span": [801, 812], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [825, 836], "role": null, "party": null}, {"type": "person", "text": "Biden", "name": "Biden", "span": [982, 987], "role": "President", "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [1047, 1049], "role": null, "party": null}, {"type": "organisation", "text": "Taliban", "name": "Taliban", "span": [1068, 1075], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [1086, 1088], "role": null, "party": null}, {"type": "organisation", "text": "Taliban", "name": "Taliban", "span": [1140, 1147], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [1192, 1203], "role": null, "party": null}, {"type": "organisation", "text": "Taliban", "name": "Taliban", "span": [1309, 1316], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [1357, 1368], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [1409, 1411], "role": null, "party": null}, {"type": "person", "text": "Biden", "name": "Biden", "span": [1423, 1428], "role": "President", "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [1531, 1533], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [1625, 1629], "role": null, "party": null}, {"type": "country", "text": "Amerikaanse", "name": "Verenigde Staten", "span": [1762, 1773], "role": null, "party": null}, {"type": "mission", "text": "Resolute Support-missie", "name": "Resolute Support-missie", "span": [1790, 1813], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [2026, 2037], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [2119, 2128], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2192, 2196], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2217, 2221], "role": null, "party": null}, {"type": "mission", "text": "Resolute Support-missie", "name": "Resolute Support-missie", "span": [2222, 2245], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2265, 2269], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [2286, 2297], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2317, 2321], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [2440, 2442], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [2491, 2495], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [2532, 2543], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [2622, 2633], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [2744, 2755], "role": null, "party": null}, {"type": "country", "text": "Afghaanse", "name": "Afghanistan", "span": [2896, 2905], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [3069, 3080], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [3114, 3125], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [3137, 3141], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [3206, 3215], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [3419, 3430], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [3546, 3557], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [3598, 3609], "role": null, "party": null}, {"type": "person", "text": "Austin", "name": "Austin", "span": [3859, 3865], "role": "Secretary", "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [3879, 3883], "role": null, "party": null}, {"type": "mission", "text": "Resolute Support-missie", "name": "Resolute Support-missie", "span": [4482, 4505], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [4567, 4576], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [4580, 4591], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [4628, 4639], "role": null, "party": null}, {"type": "country", "text": "Afghanistan", "name": "Afghanistan", "span": [4649, 4660], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [4935, 4943], "role": null, "party": null}, {"type": "country", "text": "Russische", "name": "Rusland", "span": [5012, 5021], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [5067, 5075], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [5120, 5128], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [5153, 5162], "role": null, "party": null}, {"type": "country", "text": "Russische", "name": "Rusland", "span": [5188, 5197], "role": null, "party": null}, {"type": "country", "text": "Nederland", "name": "Nederland", "span": [5289, 5298], "role": null, "party": null}, {"type": "country", "text": "Nederlandse", "name": "Nederland", "span": [5325, 5336], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [5398, 5406], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [5411, 5415], "role": null, "party": null}, {"type": "country", "text": "Oekraïne", "name": "Oekraïne", "span": [5431, 5439], "role": null, "party": null}, {"type": "organisation", "text": "EU", "name": "EU", "span": [5535, 5537], "role": null, "party": null}, {"type": "organisation", "text": "OVSE", "name": "OVSE", "span": [5544, 5548], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [5606, 5610], "role": null, "party": null}, {"type": "person", "text": "Stef Blok", "name": "Stef Blok", "span": [5685, 5694], "role": "minister van Buitenlandse Zaken", "party": null}, {"type": "person", "text": "Ank Bijleveld-Schouten", "name": "Ank Bijleveld-Schouten", "span": [5723, 5745], "role": "minister van Defensie", "party": null}], "acronyms": [{"short": "MAP", "long": "Membership Action Plan"}], "meetings": [{"body": "NAVO-Raad", "dates": ["2021-04-14"], "location": "Brussel"}], "statements": [{"kind": "decision", "actor": "NAVO-bondgenoten", "text": "De NAVO-bondgenoten herhaalden tijdens de bijeenkomst het in together, adjust together, out together-principe en besloten om in lijn met de Amerikaanse aankondiging de Resolute Support-missie te beëindigen.", "span": [1622, 1828], "section": "Afghanistan"}, {"kind": "decision", "actor": "SG NAVO", "text": "De SG NAVO concludeerde dat de NAVO Resolute Support-missie eindigt, en dat de NAVO-bondgenoten bij Afghanistan betrokken blijven.", "span": [2186, 2316], "section": "Afghanistan"}, {"kind": "decision", "actor": null, "text": "Bondgenoten namen een verklaring aan over Afghanistan die uw Kamer in bijlage toegaat.", "span": [2580, 2666], "section": "Afghanistan"}, {"kind": "position", "actor": "minister van Buitenlandse Zaken", "text": "De minister van Buitenlandse Zaken benadrukte in zijn reactie het belang om Afghanistan ook na een militaire terugtrekking te blijven steunen om de vooruitgang te behouden die de afgelopen twintig jaar is geboekt.", "span": [2668, 2881], "section": "Afghanistan"}, {"kind": "position", "actor": "minister van Buitenlandse Zaken", "text": "Hij stelde vast dat Afghanistan na 20 jaar NAVO-inzet geen uitvalsbasis meer is voor internationaal terrorisme.", "span": [3094, 3205], "section": "Afghanistan"}, {"kind": "position", "actor": "Nederland", "text": "Nederland heeft benadrukt dat het van belang is om hiervoor ook na een militaire terugtrekking aandacht te houden.", "span": [3206, 3320], "section": "Afghanistan"}, {"kind": "position", "actor": "minister van Defensie", "text": "De minister van Defensie stond uitgebreid stil bij de offers die we de afgelopen twintig jaar in Afghanistan hebben gebracht.", "span": [3322, 3447], "section": "Afghanistan"}, {"kind": "position", "actor": "minister", "text": "De minister noemde ook de 25 overleden Nederlandse militairen en zij die tijdens hun uitzending gewond zijn geraakt.", "span": [3559, 3675], "section": "Afghanistan"}, {"kind": "position", "actor": "minister van Defensie", "text": "De minister van Defensie zei dat het in de komende periode onze gezamenlijke zorg is om het uitgezonden personeel zo goed mogelijk te beschermen.", "span": [3676, 3821], "section": "Afghanistan"}, {"kind": "position", "actor": "minister van Defensie", "text": "Ze herhaalde de oproep van Secretary Austin om binnen de NAVO onze inspanningen te coördineren om ervoor te zorgen dat de militaire terugtrekking op een veilige en ordelijke manier plaatsvindt.", "span": [3822, 4015], "section": "Afghanistan"}, {"kind": "commitment", "actor": "het kabinet", "text": "Zoals eerder gemeld zal uw Kamer op zeer korte termijn conform het Toetsingskader met een aanvullende Artikel 100-brief nader worden geïnformeerd.", "span": [4221, 4367], "section": "Afghanistan"}, {"kind": "commitment", "actor": "het kabinet", "text": "De Kamer zal hierover op een later moment nader worden geïnformeerd.", "span": [4865, 4933], "section": "Afghanistan"}, {"kind": "position", "actor": "Nederland", "text": "Nederland sprak zorgen uit over de Russische militaire activiteiten en de ondermijning van de veiligheidssituatie in Europa als geheel.", "span": [5153, 5288], "section": "Oekraïne"}, {"kind": "position", "actor": "Nederland", "text": "Nederland bevestigde de aanhoudende Nederlandse steun voor de soevereiniteit en territoriale integriteit van Oekraïne.", "span": [5289, 5407], "section": "Oekraïne"}], "warnings": ["geen datum gevonden"]}');
INSERT INTO public.letters VALUES ('kst-28676-512', '/work/wt-reliability/samples/kst-28676-512.xml', '78384140dd72c1eb6261ad69c7d9ba61dcfb74a55051a3116eccbde59d984dfd', 'xml', 'motie', '28676', 'NAVO', 512, '2025-05-27', 'Motie van de leden Boswijk en Dobbe over zich ervoor inzetten dat het nieuwe WPS-actieplan in oktober 2025 wordt aangenomen', NULL, '', 'De Kamer,

gehoord de beraadslaging,

overwegende dat Women, Peace and Security (WPS) een essentieel thema is om de fundamentele waarden van NAVO te implementeren, met name individuele vrijheid, democratie, mensenrechten en de verplichtingen volgens het charter van de VN;

overwegende dat de NAVO daarom sinds 2007 haar eigen beleid ontwikkelt op WPS, en dat het huidige actieplan dit jaar afloopt;

constaterende dat de WPS-agenda momenteel onder druk staat bij sommige bondgenoten, waaronder de VS;

constaterende dat WPS bovendien zowel door de NAVO als door haar bondgenoten ondergefinancierd wordt;

verzoekt de regering zich ervoor in te zetten dat het nieuwe NAVO-actieplan voor vrouwen, vrede en veiligheid zoals gepland in oktober 2025 wordt aangenomen;

verzoekt de regering hiertoe samen te werken met bondgenoten, en aan te dringen op een transparant proces, zodat het adviespanel van het NAVO-maatschappelijk middenveld rond vrouwen, vrede en veiligheid actief betrokken kan blijven en adequaat kan ondersteunen;

verzoekt de regering ten slotte om zich samen met bondgenoten in te zetten voor geoormerkte budgetten om de WPS-agenda uit te kunnen voeren,

en gaat over tot de orde van de dag.

Boswijk

Dobbe', '2026-12-03T20:29:50.523331+00:00', '{"id": "kst-28676-512", "source": {"path": "/work/wt-reliability/samples/kst-28676-512.xml", "sha256": "78384140dd72c1eb6261ad69c7d9ba61dcfb74a55051a3116eccbde59d984dfd", "format": "xml"}, "kind": "motie", "dossier": "28676", "dossier_title": "NAVO", "number": 512, "date": "2025-05-27", "title": "Motie van de leden Boswijk en Dobbe over zich ervoor inzetten dat het nieuwe WPS-actieplan in oktober 2025 wordt aangenomen", "senders": [], "addressee": null, "signatories": [{"name": "Boswijk", "function": null}, {"name": "Dobbe", "function": null}], "text": "De Kamer,\n\ngehoord de beraadslaging,\n\noverwegende dat Women, Peace and Security (WPS) een essentieel thema is om de fundamentele waarden van NAVO te implementeren, met name individuele vrijheid, democratie, mensenrechten en de verplichtingen volgens het charter van de VN;\n\noverwegende dat de NAVO daarom sinds 2007 haar eigen beleid ontwikkelt op WPS, en dat het huidige actieplan dit jaar afloopt;\n\nconstaterende dat de WPS-agenda momenteel onder druk staat bij sommige bondgenoten, waaronder de VS;\n\nconstaterende dat WPS bovendien zowel door de NAVO als door haar bondgenoten ondergefinancierd wordt;\n\nverzoekt de regering zich ervoor in te zetten dat het nieuwe NAVO-actieplan voor vrouwen, vrede en veiligheid zoals gepland in oktober 2025 wordt aangenomen;\n\nverzoekt de regering hiertoe samen te werken met bondgenoten, en aan te dringen op een transparant proces, zodat het adviespanel van het NAVO-maatschappelijk middenveld rond vrouwen, vrede en veiligheid actief betrokken kan blijven en adequaat kan ondersteunen;\n\nverzoekt de regering ten slotte om zich samen met bondgenoten in te zetten voor geoormerkte budgetten om de WPS-agenda uit te kunnen voeren,\n\nen gaat over tot de orde van de dag.\n\nBoswijk\n\nDobbe", "sections": [{"heading": null, "start": 0, "end": 1206}], "footnotes": [], "references": [], "dates": [{"text": "27 mei 2025", "date": "2025-05-27", "span": [0, 0], "date_end": null}, {"text": "oktober 2025", "date": "2025-10", "span": [733, 745], "date_end": null}], "entities": [{"type": "person", "text": "Boswijk", "name": "Boswijk", "span": [0, 0], "role": "lid", "party": null}, {"type": "person", "text": "Dobbe", "name": "Dobbe", "span": [0, 0], "role": "lid", "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [141, 145], "role": null, "party": null}, {"type": "organisation", "text": "VN", "name": "VN", "span": [269, 271], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [293, 297], "role": null, "party": null}, {"type": "country", "text": "VS", "name": "Verenigde Staten", "span": [498, 500], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [549, 553], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [667, 671], "role": null, "party": null}, {"type": "organisation", "text": "NAVO", "name": "NAVO", "span": [902, 906], "role": null, "party": null}, {"type": "person", "text": "Boswijk", "name": "Boswijk", "span": [1208, 1215], "role": null, "party": null}, {"type": "person", "text": "Dobbe", "name": "Dobbe", "span": [1217, 1222], "role": null, "party": null}], "acronyms": [{"short": "WPS", "long": "Women, Peace and Security"}], "meetings": [], "statements": [], "warnings": []}');


--
-- Data for Name: meetings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meetings VALUES ('sha-d30d988a6492', 0, 'Noord Atlantische Raad (NAR), Ministers van Buitenlandse Zaken', 'Brussel');
INSERT INTO public.meetings VALUES ('sha-751b5cfb4500', 0, 'NAVO-Raad', 'Brussel');


--
-- Data for Name: meetings_dates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meetings_dates VALUES ('sha-d30d988a6492', 0, 0, '2018-12-04');
INSERT INTO public.meetings_dates VALUES ('sha-d30d988a6492', 0, 1, '2018-12-05');
INSERT INTO public.meetings_dates VALUES ('sha-751b5cfb4500', 0, 0, '2021-04-14');


--
-- Data for Name: record_tables; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.record_tables VALUES ('senders', 'a271469be7d3358a');
INSERT INTO public.record_tables VALUES ('signatories', 'f2c1f9075ef92f47');
INSERT INTO public.record_tables VALUES ('sections', '4e5b5e6c38a743dc');
INSERT INTO public.record_tables VALUES ('footnotes', 'de8810cb323e3d75');
INSERT INTO public.record_tables VALUES ('warnings', 'd75076a8129e04a1');
INSERT INTO public.record_tables VALUES ('citations', 'ad44092bb5e98d8d');
INSERT INTO public.record_tables VALUES ('dates', '7189b6e6d90ceb0d');
INSERT INTO public.record_tables VALUES ('entities', '1068744ac5ce6904');
INSERT INTO public.record_tables VALUES ('acronyms', '3e6f769c72207619');
INSERT INTO public.record_tables VALUES ('meetings', '90e970c3b5f06861');
INSERT INTO public.record_tables VALUES ('meetings_dates', 'c2b27e6d8285d20b');
INSERT INTO public.record_tables VALUES ('statements', 'cc51c55d02cd61ba');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES (1, 'letters', '2026-12-03 20:29:49.728627+00');
INSERT INTO public.schema_migrations VALUES (2, 'index on ingested_at, for the fingerprint the search index is kept in step by', '2026-12-03 20:29:49.731498+00');
INSERT INTO public.schema_migrations VALUES (3, 'the list fields'' tables are derived from the record fields (store/tables.py)', '2026-12-03 20:29:49.732505+00');


--
-- Data for Name: sections; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sections VALUES ('sha-d30d988a6492', 0, NULL, 0, 689);
INSERT INTO public.sections VALUES ('sha-d30d988a6492', 1, 'Oekraïne en Georgië', 691, 2119);
INSERT INTO public.sections VALUES ('sha-d30d988a6492', 2, 'INF-verdrag', 2121, 4572);
INSERT INTO public.sections VALUES ('sha-d30d988a6492', 3, 'Trans-Atlantische betrekkingen', 4574, 5869);
INSERT INTO public.sections VALUES ('sha-d30d988a6492', 4, 'Rusland', 5871, 6424);
INSERT INTO public.sections VALUES ('sha-d30d988a6492', 5, 'Zuidflank', 6426, 7805);
INSERT INTO public.sections VALUES ('sha-d30d988a6492', 6, 'Westelijke Balkan', 7807, 10818);
INSERT INTO public.sections VALUES ('sha-d30d988a6492', 7, 'Afghanistan', 10820, 14056);
INSERT INTO public.sections VALUES ('sha-751b5cfb4500', 0, NULL, 0, 622);
INSERT INTO public.sections VALUES ('sha-751b5cfb4500', 1, 'Afghanistan', 624, 4933);
INSERT INTO public.sections VALUES ('sha-751b5cfb4500', 2, 'Oekraïne', 4935, 5646);
INSERT INTO public.sections VALUES ('kst-28676-512', 0, NULL, 0, 1206);


--
-- Data for Name: senders; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.senders VALUES ('sha-d30d988a6492', 0, 'Buitenlandse Zaken');
INSERT INTO public.senders VALUES ('sha-751b5cfb4500', 0, 'Buitenlandse Zaken');
INSERT INTO public.senders VALUES ('sha-751b5cfb4500', 1, 'Defensie');


--
-- Data for Name: signatories; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.signatories VALUES ('sha-d30d988a6492', 0, 'S.A. Blok', 'De Minister van Buitenlandse Zaken');
INSERT INTO public.signatories VALUES ('sha-751b5cfb4500', 0, 'Stef Blok', 'De minister van Buitenlandse Zaken');
INSERT INTO public.signatories VALUES ('sha-751b5cfb4500', 1, 'Ank Bijleveld-Schouten', 'De minister van Defensie');
INSERT INTO public.signatories VALUES ('kst-28676-512', 0, 'Boswijk', NULL);
INSERT INTO public.signatories VALUES ('kst-28676-512', 1, 'Dobbe', NULL);


--
-- Data for Name: statements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.statements VALUES ('sha-d30d988a6492', 0, 'position', 'Nederland', 'Om die reden heeft Nederland tijdens de bijeenkomst dan ook opgeroepen tot terughoudendheid en de-escalatie.', 1247, 1355, 'Oekraïne en Georgië');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 1, 'position', 'Nederland', 'Nederland heeft in de vergadering eveneens aangegeven dat het incident in de Straat van Kertsj een belemmering is van navigatierechten en dat Rusland direct ervoor moet zorgen dat Oekraïense havens weer bereikbaar zijn.', 1357, 1576, 'Oekraïne en Georgië');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 2, 'position', 'Nederland', 'Verder heeft Nederland steun uitgesproken voor de bereikte hervormingen in zowel Oekraïne als Georgië als het gaat om modernisering van de veiligheidssector, het tegengaan van corruptie en het versterken van democratische instituties en de rechtsstaat.', 1720, 1972, 'Oekraïne en Georgië');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 3, 'position', 'Nederland', 'Nederland is bereid daarvoor bijstand te blijven geven door financiële bijdragen aan NAVO Trustfunds.', 2018, 2119, 'Oekraïne en Georgië');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 4, 'decision', 'NAVO-bondgenoten', 'Tijdens de bijeenkomst hebben de NAVO-bondgenoten een verklaring uit doen gaan over het INF-verdrag (zie bijlage bij dit verslag)[1].', 2134, 2267, 'INF-verdrag');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 5, 'position', 'Nederland', 'Nederland heeft in de vergadering de eigenstandige Nederlandse conclusie herhaald dat Rusland het INF-verdrag schendt en verantwoordelijk is voor de huidige situatie, maar dat Rusland voldoende kans moet worden geboden om tot inkeer te komen en het verdrag alsnog te redden.', 3148, 3422, 'INF-verdrag');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 6, 'position', 'Nederland', 'Tegelijkertijd moet de NAVO er rekening mee houden dat Rusland ook deze oproep aan zich voorbij laat gaan, stelde Nederland, en alvast mogelijke implicaties daarvan in kaart brengen om de veiligheid van het bondgenootschap te waarborgen.', 3423, 3660, 'INF-verdrag');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 7, 'position', 'Nederland', 'Nederland blijft zich de komende tijd inspannen om dit belangrijke verdrag voor de Europese veiligheid en stabiliteit overeind te houden, mede in het licht van de motie Voordewind (Kamerstuk 33 694, nr. 30).', 4365, 4572, 'INF-verdrag');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 8, 'commitment', 'het kabinet', 'Zoals eerder is gemeld zal het kabinet het Nederlandse nationale plan met uw Kamer delen.', 5204, 5293, 'Trans-Atlantische betrekkingen');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 9, 'position', 'Nederland', 'Ook Nederland vindt het belangrijk dat de NAVO een bijdrage levert aan internationale inspanningen aan de Zuidflank.', 6662, 6778, 'Zuidflank');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 10, 'position', 'Nederland', 'Voor wat betreft Libië heeft Nederland aangegeven dat de politieke en de veiligheidssituatie op dit moment nog onvoldoende stabiel is om als NAVO trainingen te geven in Libië.', 7047, 7222, 'Zuidflank');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 11, 'position', 'Nederland', 'Nederland steunt de uitgangspunten van het Open Deur beleid.', 8316, 8376, 'Westelijke Balkan');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 12, 'position', 'Nederland', 'Voor het succes van het Open Deur beleid hecht Nederland belang aan de conditionaliteit.', 8501, 8589, 'Westelijke Balkan');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 13, 'position', 'Nederland', 'Dit heeft Nederland ook herhaald in de Noord-Atlantische Raad.', 8590, 8652, 'Westelijke Balkan');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 14, 'position', 'Nederland', 'Nederland wil vasthouden aan deze voorwaarde in het verdere toetredingstraject van Bosnië-Herzegovina tot de NAVO en heeft dit tijdens de bijeenkomst krachtig uitgedragen, evenals diverse andere bondgenoten.', 10611, 10818, 'Westelijke Balkan');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 15, 'position', 'Nederland', 'Nederland heeft in deze sessie naar voren gebracht dat duurzame vrede en stabiliteit uiteindelijk alleen door middel van onderhandelingen tot stand kan komen.', 11549, 11707, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 16, 'position', 'Nederland', 'In nauwe samenwerking met vooral Duitsland, levert Nederland hieraan een bijdrage in Noord-Afghanistan (zie desgewenst ook Kamerstuk 27 925, nr. 630).', 12675, 12825, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 17, 'position', 'Nederland', 'Nederland verzorgt zowel Train, Advice and Assist (TAA)-activiteiten ten behoeve van reguliere Afghaanse strijdkrachten als ondersteuning van Afghaanse speciale politie-eenheden via een Duits-Nederlands Special Operations Advisory Team (SOAT).', 12826, 13069, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-d30d988a6492', 18, 'decision', 'het kabinet', 'Het kabinet heeft op verzoek van leiding van Resolute Support besloten dat Nederlandse trainers, net als de Duitse trainers, ook ondersteuning kunnen verlenen aan deze eenheden in geval van inzet in Noord-Afghanistan.', 13423, 13640, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 0, 'decision', 'NAVO-bondgenoten', 'De NAVO-bondgenoten herhaalden tijdens de bijeenkomst het in together, adjust together, out together-principe en besloten om in lijn met de Amerikaanse aankondiging de Resolute Support-missie te beëindigen.', 1622, 1828, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 1, 'decision', 'SG NAVO', 'De SG NAVO concludeerde dat de NAVO Resolute Support-missie eindigt, en dat de NAVO-bondgenoten bij Afghanistan betrokken blijven.', 2186, 2316, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 2, 'decision', NULL, 'Bondgenoten namen een verklaring aan over Afghanistan die uw Kamer in bijlage toegaat.', 2580, 2666, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 3, 'position', 'minister van Buitenlandse Zaken', 'De minister van Buitenlandse Zaken benadrukte in zijn reactie het belang om Afghanistan ook na een militaire terugtrekking te blijven steunen om de vooruitgang te behouden die de afgelopen twintig jaar is geboekt.', 2668, 2881, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 4, 'position', 'minister van Buitenlandse Zaken', 'Hij stelde vast dat Afghanistan na 20 jaar NAVO-inzet geen uitvalsbasis meer is voor internationaal terrorisme.', 3094, 3205, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 5, 'position', 'Nederland', 'Nederland heeft benadrukt dat het van belang is om hiervoor ook na een militaire terugtrekking aandacht te houden.', 3206, 3320, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 6, 'position', 'minister van Defensie', 'De minister van Defensie stond uitgebreid stil bij de offers die we de afgelopen twintig jaar in Afghanistan hebben gebracht.', 3322, 3447, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 7, 'position', 'minister', 'De minister noemde ook de 25 overleden Nederlandse militairen en zij die tijdens hun uitzending gewond zijn geraakt.', 3559, 3675, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 8, 'position', 'minister van Defensie', 'De minister van Defensie zei dat het in de komende periode onze gezamenlijke zorg is om het uitgezonden personeel zo goed mogelijk te beschermen.', 3676, 3821, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 9, 'position', 'minister van Defensie', 'Ze herhaalde de oproep van Secretary Austin om binnen de NAVO onze inspanningen te coördineren om ervoor te zorgen dat de militaire terugtrekking op een veilige en ordelijke manier plaatsvindt.', 3822, 4015, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 10, 'commitment', 'het kabinet', 'Zoals eerder gemeld zal uw Kamer op zeer korte termijn conform het Toetsingskader met een aanvullende Artikel 100-brief nader worden geïnformeerd.', 4221, 4367, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 11, 'commitment', 'het kabinet', 'De Kamer zal hierover op een later moment nader worden geïnformeerd.', 4865, 4933, 'Afghanistan');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 12, 'position', 'Nederland', 'Nederland sprak zorgen uit over de Russische militaire activiteiten en de ondermijning van de veiligheidssituatie in Europa als geheel.', 5153, 5288, 'Oekraïne');
INSERT INTO public.statements VALUES ('sha-751b5cfb4500', 13, 'position', 'Nederland', 'Nederland bevestigde de aanhoudende Nederlandse steun voor de soevereiniteit en territoriale integriteit van Oekraïne.', 5289, 5407, 'Oekraïne');


--
-- Data for Name: warnings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.warnings VALUES ('sha-751b5cfb4500', 0, 'geen datum gevonden');


--
-- Name: acronyms acronyms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.acronyms
    ADD CONSTRAINT acronyms_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: citations citations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citations
    ADD CONSTRAINT citations_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: dates dates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dates
    ADD CONSTRAINT dates_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: entities entities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entities
    ADD CONSTRAINT entities_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: footnotes footnotes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.footnotes
    ADD CONSTRAINT footnotes_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: letters letters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.letters
    ADD CONSTRAINT letters_pkey PRIMARY KEY (id);


--
-- Name: meetings_dates meetings_dates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings_dates
    ADD CONSTRAINT meetings_dates_pkey PRIMARY KEY (letter_id, item_ord, ord);


--
-- Name: meetings meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: record_tables record_tables_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.record_tables
    ADD CONSTRAINT record_tables_pkey PRIMARY KEY (name);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sections sections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sections
    ADD CONSTRAINT sections_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: senders senders_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.senders
    ADD CONSTRAINT senders_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: signatories signatories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signatories
    ADD CONSTRAINT signatories_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: statements statements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT statements_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: warnings warnings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.warnings
    ADD CONSTRAINT warnings_pkey PRIMARY KEY (letter_id, ord);


--
-- Name: citations_0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX citations_0 ON public.citations USING btree (target_id);


--
-- Name: dates_0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dates_0 ON public.dates USING btree (date);


--
-- Name: entities_0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX entities_0 ON public.entities USING btree (type, name);


--
-- Name: letters_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX letters_date ON public.letters USING btree (date);


--
-- Name: letters_dossier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX letters_dossier ON public.letters USING btree (dossier, number);


--
-- Name: letters_ingested_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX letters_ingested_at ON public.letters USING btree (ingested_at);


--
-- Name: letters_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX letters_kind ON public.letters USING btree (kind);


--
-- Name: letters_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX letters_sha256 ON public.letters USING btree (sha256);


--
-- Name: letters_source_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX letters_source_path ON public.letters USING btree (source_path);


--
-- Name: statements_0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX statements_0 ON public.statements USING btree (kind);


--
-- Name: acronyms acronyms_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.acronyms
    ADD CONSTRAINT acronyms_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: citations citations_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.citations
    ADD CONSTRAINT citations_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: dates dates_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dates
    ADD CONSTRAINT dates_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: entities entities_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entities
    ADD CONSTRAINT entities_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: footnotes footnotes_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.footnotes
    ADD CONSTRAINT footnotes_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: meetings_dates meetings_dates_letter_id_item_ord_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings_dates
    ADD CONSTRAINT meetings_dates_letter_id_item_ord_fkey FOREIGN KEY (letter_id, item_ord) REFERENCES public.meetings(letter_id, ord) ON DELETE CASCADE;


--
-- Name: meetings meetings_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: sections sections_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sections
    ADD CONSTRAINT sections_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: senders senders_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.senders
    ADD CONSTRAINT senders_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: signatories signatories_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.signatories
    ADD CONSTRAINT signatories_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: statements statements_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statements
    ADD CONSTRAINT statements_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- Name: warnings warnings_letter_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.warnings
    ADD CONSTRAINT warnings_letter_id_fkey FOREIGN KEY (letter_id) REFERENCES public.letters(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


