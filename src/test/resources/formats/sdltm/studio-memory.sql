-- A Trados Studio file-based memory (.sdltm) in the shape Studio writes it, hand-written from the public
-- descriptions of its tables and segment XML (no file copied from Studio or a repository). SdltmImportTest
-- runs these statements into an SQLite database named .sdltm and imports it.
-- Units: 1 plain text with an entity and an edge space; 2 a bold code the translation moves, and a standalone
-- tag; 3 a locked placeholder (TextPlaceholder); 4 a row whose target XML is broken (skipped, counted);
-- 5 an empty target (no translation). Fields: Client (text), Project (picklist), Review date (date).
CREATE TABLE translation_memories (id INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE,
  source_language TEXT NOT NULL, target_language TEXT NOT NULL, copyright TEXT, description TEXT, settings INT NOT NULL,
  creation_user TEXT NOT NULL, creation_date DATETIME NOT NULL, expiration_date DATETIME, fuzzy_indexes INT NOT NULL,
  last_recompute_date DATETIME, last_recompute_size INT);
INSERT INTO translation_memories VALUES (1, 'b9e3c6a2-0000-4000-8000-000000000001', 'News DE-EN', 'de-DE', 'en-GB', NULL,
  'agency memory', 0, 'ANNA', '2024-03-01 09:00:00', NULL, 3, NULL, NULL);
CREATE TABLE translation_units (id INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT NOT NULL, translation_memory_id INT NOT NULL,
  source_hash INT NOT NULL, source_segment TEXT NOT NULL, target_hash INT NOT NULL, target_segment TEXT NOT NULL,
  creation_date DATETIME NOT NULL, creation_user TEXT NOT NULL, change_date DATETIME NOT NULL, change_user TEXT NOT NULL,
  last_used_date DATETIME NOT NULL, last_used_user TEXT NOT NULL, usage_counter INT NOT NULL, flags INT NOT NULL,
  source_token_data BLOB, target_token_data BLOB, alignment_data BLOB, insert_date DATETIME);
INSERT INTO translation_units VALUES (1, 'a0000000-0000-4000-8000-000000000001', 1, 11,
  '<?xml version="1.0" encoding="utf-16"?><Segment xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Elements><Text><Value>Die Wahl &amp; ihre Folgen </Value></Text></Elements><CultureName>de-DE</CultureName></Segment>',
  12, '<?xml version="1.0" encoding="utf-16"?><Segment xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Elements><Text><Value>The election &amp; its aftermath </Value></Text></Elements><CultureName>en-GB</CultureName></Segment>',
  '2024-03-04 10:15:00', 'ANNA', '2024-03-05 16:20:30', 'BEN', '2024-03-06 08:00:00', 'BEN', 3, 0, NULL, NULL, NULL, '2024-03-04 10:15:00');
INSERT INTO translation_units VALUES (2, 'a0000000-0000-4000-8000-000000000002', 1, 21,
  '<?xml version="1.0" encoding="utf-16"?><Segment xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Elements><Text><Value>Drücken Sie </Value></Text><Tag><Type>Start</Type><Anchor>1</Anchor><AlignmentAnchor>1</AlignmentAnchor><TagID>pt1</TagID><CanHide>false</CanHide></Tag><Text><Value>Start</Value></Text><Tag><Type>End</Type><Anchor>1</Anchor><AlignmentAnchor>1</AlignmentAnchor><TagID>pt1</TagID><CanHide>false</CanHide></Tag><Text><Value> und warten Sie</Value></Text><Tag><Type>Standalone</Type><Anchor>2</Anchor><AlignmentAnchor>2</AlignmentAnchor><TagID>ph2</TagID><CanHide>false</CanHide></Tag><Text><Value>10 Sekunden.</Value></Text></Elements><CultureName>de-DE</CultureName></Segment>',
  22, '<?xml version="1.0" encoding="utf-16"?><Segment xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Elements><Text><Value>Wait</Value></Text><Tag><Type>Standalone</Type><Anchor>1</Anchor><AlignmentAnchor>2</AlignmentAnchor><TagID>ph2</TagID><CanHide>false</CanHide></Tag><Text><Value>10 seconds after pressing </Value></Text><Tag><Type>Start</Type><Anchor>2</Anchor><AlignmentAnchor>1</AlignmentAnchor><TagID>pt1</TagID><CanHide>false</CanHide></Tag><Text><Value>Start</Value></Text><Tag><Type>End</Type><Anchor>2</Anchor><AlignmentAnchor>1</AlignmentAnchor><TagID>pt1</TagID><CanHide>false</CanHide></Tag><Text><Value>.</Value></Text></Elements><CultureName>en-GB</CultureName></Segment>',
  '2024-03-04 10:16:00', 'ANNA', '2024-03-04 10:16:00', 'ANNA', '2024-03-04 10:16:00', 'ANNA', 1, 0, NULL, NULL, NULL, '2024-03-04 10:16:00');
INSERT INTO translation_units VALUES (3, 'a0000000-0000-4000-8000-000000000003', 1, 31,
  '<?xml version="1.0" encoding="utf-16"?><Segment xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Elements><Text><Value>Siehe </Value></Text><Tag><Type>TextPlaceholder</Type><Anchor>1</Anchor><AlignmentAnchor>1</AlignmentAnchor><TagID>ph5</TagID><TextEquivalent>Anlage 2</TextEquivalent><CanHide>false</CanHide></Tag><Text><Value>.</Value></Text></Elements><CultureName>de-DE</CultureName></Segment>',
  32, '<?xml version="1.0" encoding="utf-16"?><Segment xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Elements><Text><Value>See </Value></Text><Tag><Type>TextPlaceholder</Type><Anchor>1</Anchor><AlignmentAnchor>1</AlignmentAnchor><TagID>ph5</TagID><TextEquivalent>Anlage 2</TextEquivalent><CanHide>false</CanHide></Tag><Text><Value>.</Value></Text></Elements><CultureName>en-GB</CultureName></Segment>',
  '2024-03-07 12:00:00', 'BEN', '2024-03-07 12:00:00', 'BEN', '2024-03-07 12:00:00', 'BEN', 0, 0, NULL, NULL, NULL, '2024-03-07 12:00:00');
INSERT INTO translation_units VALUES (4, 'a0000000-0000-4000-8000-000000000004', 1, 41,
  '<?xml version="1.0" encoding="utf-16"?><Segment><Elements><Text><Value>Kaputt.</Value></Text></Elements><CultureName>de-DE</CultureName></Segment>',
  42, '<Segment><Elements><Text><Value>Broken.</Value></Text></Elements><CultureName>en-GB</CultureName>',
  '2024-03-07 12:00:00', 'BEN', '2024-03-07 12:00:00', 'BEN', '2024-03-07 12:00:00', 'BEN', 0, 0, NULL, NULL, NULL, NULL);
INSERT INTO translation_units VALUES (5, 'a0000000-0000-4000-8000-000000000005', 1, 51,
  '<?xml version="1.0" encoding="utf-16"?><Segment><Elements><Text><Value>Leer.</Value></Text></Elements><CultureName>de-DE</CultureName></Segment>',
  52, '<?xml version="1.0" encoding="utf-16"?><Segment><Elements /><CultureName>en-GB</CultureName></Segment>',
  '2024-03-07 12:00:00', 'BEN', '2024-03-07 12:00:00', 'BEN', '2024-03-07 12:00:00', 'BEN', 0, 0, NULL, NULL, NULL, NULL);
CREATE TABLE attributes (id INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT NOT NULL UNIQUE, translation_memory_id INT NOT NULL,
  name TEXT NOT NULL, type INT NOT NULL);
INSERT INTO attributes VALUES (1, 'c0000000-0000-4000-8000-000000000001', 1, 'Client', 1);
INSERT INTO attributes VALUES (2, 'c0000000-0000-4000-8000-000000000002', 1, 'Project', 4);
INSERT INTO attributes VALUES (3, 'c0000000-0000-4000-8000-000000000003', 1, 'Review date', 2);
CREATE TABLE string_attributes (translation_unit_id INT NOT NULL, attribute_id INT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (translation_unit_id, attribute_id, value));
INSERT INTO string_attributes VALUES (1, 1, 'Federal Press Office');
CREATE TABLE picklist_values (id INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT NOT NULL UNIQUE, attribute_id INT NOT NULL,
  value TEXT NOT NULL);
INSERT INTO picklist_values VALUES (1, 'd0000000-0000-4000-8000-000000000001', 2, 'Elections 2024');
CREATE TABLE picklist_attributes (translation_unit_id INT NOT NULL, picklist_value_id INT NOT NULL,
  PRIMARY KEY (translation_unit_id, picklist_value_id));
INSERT INTO picklist_attributes VALUES (1, 1);
CREATE TABLE date_attributes (translation_unit_id INT NOT NULL, attribute_id INT NOT NULL, value DATETIME NOT NULL,
  PRIMARY KEY (translation_unit_id, attribute_id));
INSERT INTO date_attributes VALUES (1, 3, '2024-03-08 09:30:00');
