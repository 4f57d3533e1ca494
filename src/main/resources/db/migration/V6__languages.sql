-- The guide's languages (issue 15). The content tables are written in the first language; every other language is
-- one migration: its row here, the translation of every English content text, and of every address segment.
-- A text is looked up by its exact English wording, so an English text changed by a later migration has no
-- translation until that migration (or a new one) adds it, and the test that every content text is translated fails.

CREATE TABLE language (
    -- BCP 47 tag; every language but the first is served under /<code>/
    code      VARCHAR(8)  PRIMARY KEY,
    -- 1: the language the content tables are written in, served at the root, and the x-default of hreflang
    position  INT         NOT NULL UNIQUE,
    -- Open Graph locale, language_TERRITORY
    og_locale VARCHAR(10) NOT NULL
);

CREATE TABLE text_translation (
    language VARCHAR(8)    NOT NULL REFERENCES language (code),
    english  VARCHAR(1200) NOT NULL,
    text     VARCHAR(1500) NOT NULL,
    PRIMARY KEY (language, english)
);

-- One address segment (a page name, a slug, a query value such as a slug in ?e=) and its translation, so that
-- /exercises/banded-as reads /es/ejercicios/a-con-banda and a routine's link keeps its choices readable.
CREATE TABLE path_translation (
    language VARCHAR(8)  NOT NULL REFERENCES language (code),
    english  VARCHAR(80) NOT NULL,
    segment  VARCHAR(80) NOT NULL,
    PRIMARY KEY (language, english),
    UNIQUE (language, segment)
);

INSERT INTO language (code, position, og_locale) VALUES ('en', 1, 'en_US');
