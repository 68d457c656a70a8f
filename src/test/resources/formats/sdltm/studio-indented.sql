-- A Trados Studio memory in the layout of a Studio 2019-2024 file-based memory, hand-written from the public
-- descriptions of its schema (no file copied): guids as BLOBs, the flags, token and alignment columns, the
-- ID context table of Studio 2015 on, the built-in StructureContext field, and segment XML as .NET's
-- XmlSerializer writes it: indented, lines ended by CR LF (made below with char(13)), an XML declaration
-- saying utf-16. SdltmImportTest imports it.
-- Units: 1 text with an ID context and two values of a multiple-text field; 2 a bold code and an edge space,
-- a date field.
CREATE TABLE translation_memories(id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid BLOB NOT NULL, name TEXT NOT NULL UNIQUE,
  source_language TEXT NOT NULL, target_language TEXT NOT NULL, copyright TEXT, description TEXT, settings INT NOT NULL,
  creation_user TEXT NOT NULL, creation_date DATETIME NOT NULL, expiration_date DATETIME, fuzzy_indexes INT NOT NULL,
  last_recompute_date DATETIME, last_recompute_size INT, flags INT NOT NULL DEFAULT 0, tucount INT NOT NULL DEFAULT 0,
  fga_support INT NOT NULL DEFAULT 0, data_version INT NOT NULL DEFAULT 1, text_context_match_type INT NOT NULL DEFAULT 1,
  id_context_match BIT DEFAULT 0);
INSERT INTO translation_memories(id, guid, name, source_language, target_language, settings, creation_user, creation_date,
  fuzzy_indexes, tucount) VALUES (1, x'5a1b2c3d4e5f60718293a4b5c6d7e8f9', 'Press EN-FR', 'en-US', 'fr-FR', 127, 'AGENCY\anna',
  '2023-11-02 08:30:00', 9, 2);
CREATE TABLE translation_units(id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid BLOB NOT NULL,
  translation_memory_id INT NOT NULL, source_hash INTEGER NOT NULL, source_segment TEXT, target_hash INTEGER NOT NULL,
  target_segment TEXT, creation_date DATETIME NOT NULL, creation_user TEXT NOT NULL, change_date DATETIME NOT NULL,
  change_user TEXT NOT NULL, last_used_date DATETIME NOT NULL, last_used_user TEXT NOT NULL, usage_counter INT NOT NULL,
  flags INT, source_token_data BLOB, target_token_data BLOB, alignment_data BLOB, align_model_date DATETIME,
  insert_date DATETIME, tokenization_sig_hash INTEGER);
INSERT INTO translation_units VALUES (1, x'00112233445566778899aabbccddeeff', 1, -6917529027641081856,
  replace('<?xml version="1.0" encoding="utf-16"?>
<Segment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <Elements>
    <Text>
      <Value>The minister resigned on Monday.</Value>
    </Text>
  </Elements>
  <CultureName>en-US</CultureName>
</Segment>', char(10), char(13) || char(10)), 4611686018427387904,
  replace('<?xml version="1.0" encoding="utf-16"?>
<Segment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <Elements>
    <Text>
      <Value>Le ministre a démissionné lundi.</Value>
    </Text>
  </Elements>
  <CultureName>fr-FR</CultureName>
</Segment>', char(10), char(13) || char(10)),
  '2023-11-03 09:00:00', 'AGENCY\anna', '2023-11-04 17:45:10', 'AGENCY\marc', '2023-11-05 10:00:00', 'AGENCY\marc', 2,
  131073, NULL, NULL, NULL, NULL, '2023-11-03 09:00:00', 123456789);
INSERT INTO translation_units VALUES (2, x'ffeeddccbbaa99887766554433221100', 1, 77, 
  replace('<?xml version="1.0" encoding="utf-16"?>
<Segment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <Elements>
    <Text>
      <Value>Read the </Value>
    </Text>
    <Tag>
      <Type>Start</Type>
      <Anchor>1</Anchor>
      <AlignmentAnchor>1</AlignmentAnchor>
      <TagID>pt4</TagID>
      <CanHide>false</CanHide>
    </Tag>
    <Text>
      <Value>full statement</Value>
    </Text>
    <Tag>
      <Type>End</Type>
      <Anchor>1</Anchor>
      <AlignmentAnchor>1</AlignmentAnchor>
      <TagID>pt4</TagID>
      <CanHide>false</CanHide>
    </Tag>
    <Text>
      <Value> </Value>
    </Text>
  </Elements>
  <CultureName>en-US</CultureName>
</Segment>', char(10), char(13) || char(10)), 78,
  replace('<?xml version="1.0" encoding="utf-16"?>
<Segment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <Elements>
    <Text>
      <Value>Lisez la </Value>
    </Text>
    <Tag>
      <Type>Start</Type>
      <Anchor>1</Anchor>
      <AlignmentAnchor>1</AlignmentAnchor>
      <TagID>pt4</TagID>
      <CanHide>false</CanHide>
    </Tag>
    <Text>
      <Value>déclaration complète</Value>
    </Text>
    <Tag>
      <Type>End</Type>
      <Anchor>1</Anchor>
      <AlignmentAnchor>1</AlignmentAnchor>
      <TagID>pt4</TagID>
      <CanHide>false</CanHide>
    </Tag>
    <Text>
      <Value> </Value>
    </Text>
  </Elements>
  <CultureName>fr-FR</CultureName>
</Segment>', char(10), char(13) || char(10)),
  '2023-11-06 11:11:11', 'AGENCY\anna', '2023-11-06 11:11:11', 'AGENCY\anna', '2023-11-06 11:11:11', 'AGENCY\anna', 0,
  131073, NULL, NULL, NULL, NULL, '2023-11-06 11:11:11', 123456789);
CREATE TABLE attributes(id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid BLOB NOT NULL, name TEXT NOT NULL, type INT NOT NULL,
  tm_id INT NOT NULL, CONSTRAINT CK_a UNIQUE (name, tm_id));
INSERT INTO attributes VALUES (1, x'01', 'StructureContext', 2, 1);
INSERT INTO attributes VALUES (2, x'02', 'Project', 2, 1);
INSERT INTO attributes VALUES (3, x'03', 'Published', 3, 1);
CREATE TABLE string_attributes(translation_unit_id INT NOT NULL, attribute_id INT NOT NULL, value TEXT NOT NULL);
INSERT INTO string_attributes VALUES (1, 2, 'Cabinet crisis');
INSERT INTO string_attributes VALUES (1, 2, 'Weekly digest');
INSERT INTO string_attributes VALUES (1, 1, 'p');
CREATE TABLE date_attributes(translation_unit_id INT NOT NULL, attribute_id INT NOT NULL, value DATETIME NOT NULL);
INSERT INTO date_attributes VALUES (2, 3, '2023-11-07 06:00:00');
CREATE TABLE numeric_attributes(translation_unit_id INT NOT NULL, attribute_id INT NOT NULL, value INT NOT NULL);
CREATE TABLE picklist_values(id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid BLOB NOT NULL, attribute_id INT NOT NULL,
  value TEXT NOT NULL);
CREATE TABLE picklist_attributes(translation_unit_id INT NOT NULL, picklist_value_id INT NOT NULL);
CREATE TABLE translation_unit_contexts(translation_unit_id INT NOT NULL, left_source_context INTEGER NOT NULL,
  left_target_context INTEGER NOT NULL);
INSERT INTO translation_unit_contexts VALUES (1, -3074457345618258603, 8070450532247928832);
CREATE TABLE translation_unit_idcontexts(translation_unit_id INT NOT NULL, idcontext TEXT NOT NULL,
  CONSTRAINT PK_tuidc PRIMARY KEY (translation_unit_id, idcontext));
INSERT INTO translation_unit_idcontexts VALUES (1, 'news/2023-11-03#lead');
CREATE TABLE parameters(translation_memory_id INT NULL, name TEXT NOT NULL, value TEXT NOT NULL);
INSERT INTO parameters VALUES (NULL, 'VERSION', '8.06');
INSERT INTO parameters VALUES (NULL, 'VERSION_CREATED', '8.10');
