<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>OneWindow</source>
        <translation>OneWindow</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Cannot create the folder of %1.</translation>
    </message>
</context>
<context>
    <name>ow::CatalogJson</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not text</source>
        <translation>field &quot;%1&quot; is missing or not text</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>field &quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a positive whole number</source>
        <translation>field &quot;%1&quot; is missing or not a positive whole number</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a list</source>
        <translation>field &quot;%1&quot; is missing or not a list</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds an empty or non-text department</source>
        <translation>field &quot;%1&quot; holds an empty or non-text department</translation>
    </message>
    <message>
        <source>code %1 appears twice</source>
        <translation>code %1 appears twice</translation>
    </message>
    <message>
        <source>sub-item code %1 should be %2</source>
        <translation>sub-item code %1 should be %2</translation>
    </message>
    <message>
        <source>item code %1 should be %2</source>
        <translation>item code %1 should be %2</translation>
    </message>
    <message>
        <source>an item without sub-items needs a type</source>
        <translation>an item without sub-items needs a type</translation>
    </message>
    <message>
        <source>the item&apos;s type must be its sub-items&apos; shared type, or empty where they differ</source>
        <translation>the item&apos;s type must be its sub-items&apos; shared type, or empty where they differ</translation>
    </message>
    <message>
        <source>scene code %1 does not belong to stage %2 (number %3)</source>
        <translation>scene code %1 does not belong to stage %2 (number %3)</translation>
    </message>
    <message>
        <source>a scene needs at least one item</source>
        <translation>a scene needs at least one item</translation>
    </message>
    <message>
        <source>stage code %1 should be %2%3</source>
        <translation>stage code %1 should be %2%3</translation>
    </message>
    <message>
        <source>a stage needs at least one scene</source>
        <translation>a stage needs at least one scene</translation>
    </message>
    <message>
        <source>items must be numbered 1, 2, 3 … in order; expected number %1</source>
        <translation>items must be numbered 1, 2, 3 … in order; expected number %1</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the catalog must be a JSON object</source>
        <translation>%1: the catalog must be a JSON object</translation>
    </message>
    <message>
        <source>a lifecycle code is E (enterprise) or P (person)</source>
        <translation>a lifecycle code is E (enterprise) or P (person)</translation>
    </message>
    <message>
        <source>the catalog lists no lifecycle</source>
        <translation>the catalog lists no lifecycle</translation>
    </message>
</context>
<context>
    <name>ow::CatalogRepository</name>
    <message>
        <source>Cannot read the catalog from %1: %2</source>
        <translation>Cannot read the catalog from %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the catalog to %1: %2</source>
        <translation>Cannot write the catalog to %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::CatalogSeed</name>
    <message>
        <source>The catalog seed file %1 does not exist.</source>
        <translation>The catalog seed file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot read the catalog seed file %1: %2</source>
        <translation>Cannot read the catalog seed file %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::Database</name>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>Cannot create the database %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2 is not a folder.</source>
        <translation>Cannot create the database %1: %2 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is read-only.</source>
        <translation>Cannot create the database %1: the folder %2 is read-only.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder, not a file.</source>
        <translation>Cannot open the database %1: it is a folder, not a file.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: OneWindow needs to write to it. It was left unchanged.</source>
        <translation>The database %1 is read-only: OneWindow needs to write to it. It was left unchanged.</translation>
    </message>
    <message>
        <source>The folder %1 of the database %2 is read-only: SQLite keeps its journal beside the database. It was left unchanged.</source>
        <translation>The folder %1 of the database %2 is read-only: SQLite keeps its journal beside the database. It was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Cannot read the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 is not a OneWindow database (it is not an SQLite file). It was left unchanged.</translation>
    </message>
    <message>
        <source>No database path was given.</source>
        <translation>No database path was given.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or unreadable: %2. It was left unchanged.</source>
        <translation>The database %1 is damaged or unreadable: %2. It was left unchanged.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of OneWindow. It was left unchanged.</source>
        <translation>%1 is an SQLite database of another program, not of OneWindow. It was left unchanged.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this OneWindow knows versions up to %3 only. Install the newer OneWindow that wrote it; the database was left unchanged.</source>
        <translation>The database %1 has schema version %2, but this OneWindow knows versions up to %3 only. Install the newer OneWindow that wrote it; the database was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Cannot set up the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging; is its folder writable? %2</source>
        <translation>Cannot switch the database %1 to write-ahead logging; is its folder writable? %2</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation>Cannot write to the database %1: %2</translation>
    </message>
    <message>
        <source>The SQLite connection to %1 is not open.</source>
        <translation>The SQLite connection to %1 is not open.</translation>
    </message>
</context>
<context>
    <name>ow::GuideHtml</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>DRAFT — %1</source>
        <translation>DRAFT — %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>when: %1</translation>
    </message>
    <message>
        <source>(waived where the e-licence is found)</source>
        <translation>(waived where the e-licence is found)</translation>
    </message>
    <message>
        <source>(waived where shared data confirms it)</source>
        <translation>(waived where shared data confirms it)</translation>
    </message>
    <message>
        <source>The guide of %1 has not been published yet. Ask the lead department (%2) what to bring; nothing below is a list of materials.</source>
        <translation>The guide of %1 has not been published yet. Ask the lead department (%2) what to bring; nothing below is a list of materials.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n copy(ies)</source>
        <translation>
            <numerusform>%1, %2, %n copy</numerusform>
            <numerusform>%1, %2, %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source> (when: %1)</source>
        <translation> (when: %1)</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>Service guide</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>not stated in the catalog</source>
        <translation>not stated in the catalog</translation>
    </message>
    <message>
        <source>City lead / co-operating</source>
        <translation>City lead / co-operating</translation>
    </message>
    <message>
        <source>District lead / co-operating</source>
        <translation>District lead / co-operating</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>Legal time limit</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <source>Visits to the hall</source>
        <translation>Visits to the hall</translation>
    </message>
    <message>
        <source>none: can be done entirely online</source>
        <translation>none: can be done entirely online</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Enquiries / complaints</source>
        <translation>Enquiries / complaints</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1, effective %2</source>
        <translation>%1, effective %2</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>What to bring (one-time notice)</source>
        <translation>What to bring (one-time notice)</translation>
    </message>
    <message>
        <source>To apply for this item, please bring every material below. This notice lists all of them at once; nothing else will be asked for.</source>
        <translation>To apply for this item, please bring every material below. This notice lists all of them at once; nothing else will be asked for.</translation>
    </message>
    <message>
        <source>Promised time limit: %1. Where: %2. When: %3. Enquiries: %4.</source>
        <translation>Promised time limit: %1. Where: %2. When: %3. Enquiries: %4.</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Issued on %1</translation>
    </message>
</context>
<context>
    <name>ow::GuideJson</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>missing or not text</source>
        <translation>missing or not text</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>must be a whole number of at least %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>missing or not a list</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>missing or not an object</translation>
    </message>
    <message>
        <source>write {&quot;on_the_spot&quot;: true} or {&quot;working_days&quot;: N}</source>
        <translation>write {&quot;on_the_spot&quot;: true} or {&quot;working_days&quot;: N}</translation>
    </message>
    <message>
        <source>write {&quot;on_the_spot&quot;: true} or {&quot;working_days&quot;: N} with N a whole number of at least 1</source>
        <translation>write {&quot;on_the_spot&quot;: true} or {&quot;working_days&quot;: N} with N a whole number of at least 1</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>on the spot</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a guide must be a JSON object</source>
        <translation>%1: a guide must be a JSON object</translation>
    </message>
    <message>
        <source>not a date of the form YYYY-MM-DD</source>
        <translation>not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be &quot;draft&quot; or &quot;published&quot;</source>
        <translation>must be &quot;draft&quot; or &quot;published&quot;</translation>
    </message>
    <message>
        <source>every condition is a non-empty text</source>
        <translation>every condition is a non-empty text</translation>
    </message>
    <message>
        <source>form must be 原件, 复印件 or 电子</source>
        <translation>form must be 原件, 复印件 or 电子</translation>
    </message>
    <message>
        <source>a material that is not always required needs its condition</source>
        <translation>a material that is not always required needs its condition</translation>
    </message>
    <message>
        <source>material %1 is listed twice</source>
        <translation>material %1 is listed twice</translation>
    </message>
    <message>
        <source>the promised limit exceeds the legal one</source>
        <translation>the promised limit exceeds the legal one</translation>
    </message>
    <message>
        <source>a guide names at least one legal basis</source>
        <translation>a guide names at least one legal basis</translation>
    </message>
    <message>
        <source>must be &quot;e_licence&quot;, &quot;shared_data&quot; or null</source>
        <translation>must be &quot;e_licence&quot;, &quot;shared_data&quot; or null</translation>
    </message>
    <message>
        <source>key %1 is defined twice</source>
        <translation>key %1 is defined twice</translation>
    </message>
    <message>
        <source>the dictionary is empty</source>
        <translation>the dictionary is empty</translation>
    </message>
    <message>
        <source>%1: material key %2 is not in the materials dictionary</source>
        <translation>%1: material key %2 is not in the materials dictionary</translation>
    </message>
    <message>
        <source>%1: material %2 is marked waivable, but the dictionary names nothing that can replace it</source>
        <translation>%1: material %2 is marked waivable, but the dictionary names nothing that can replace it</translation>
    </message>
</context>
<context>
    <name>ow::GuideRepository</name>
    <message>
        <source>Cannot read the guides from %1: %2</source>
        <translation>Cannot read the guides from %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the guide of %1 from %2: %3</source>
        <translation>Cannot read the guide of %1 from %2: %3</translation>
    </message>
    <message>
        <source>guide %1 in %2</source>
        <translation>guide %1 in %2</translation>
    </message>
    <message>
        <source>Cannot read the materials dictionary from %1: %2</source>
        <translation>Cannot read the materials dictionary from %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the guides to %1: %2</source>
        <translation>Cannot write the guides to %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::GuideSeed</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not an item of the catalog</source>
        <translation>%1: %2 is not an item of the catalog</translation>
    </message>
    <message>
        <source>%1: the file of the guide of %2 must be named %2.json</source>
        <translation>%1: the file of the guide of %2 must be named %2.json</translation>
    </message>
</context>
<context>
    <name>ow::GuideView</name>
    <message>
        <source>Guide of %1 %2</source>
        <translation>Guide of %1 %2</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print this guide (Ctrl+P)</source>
        <translation>Print this guide (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation>Print pre&amp;view</translation>
    </message>
    <message>
        <source>Show the pages before printing</source>
        <translation>Show the pages before printing</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this guide as a PDF file</source>
        <translation>Save this guide as a PDF file</translation>
    </message>
    <message>
        <source>&amp;What to bring…</source>
        <translation>&amp;What to bring…</translation>
    </message>
    <message>
        <source>Print the one-page notice of everything to bring</source>
        <translation>Print the one-page notice of everything to bring</translation>
    </message>
    <message>
        <source>What to bring — %1</source>
        <translation>What to bring — %1</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Guide text</translation>
    </message>
</context>
<context>
    <name>ow::ItemDetailsPanel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>differs by sub-item</source>
        <translation>differs by sub-item</translation>
    </message>
    <message>
        <source>not stated in the catalog</source>
        <translation>not stated in the catalog</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Item details</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Item type</translation>
    </message>
    <message>
        <source>City lead department</source>
        <translation>City lead department</translation>
    </message>
    <message>
        <source>City co-operating departments</source>
        <translation>City co-operating departments</translation>
    </message>
    <message>
        <source>District lead department</source>
        <translation>District lead department</translation>
    </message>
    <message>
        <source>District co-operating departments</source>
        <translation>District co-operating departments</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Choose a stage, scene or item on the left.</source>
        <translation>Choose a stage, scene or item on the left.</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-item(s):</source>
        <translation>
            <numerusform>%n sub-item:</numerusform>
            <numerusform>%n sub-items:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-item of %1 %2</source>
        <translation>Sub-item of %1 %2</translation>
    </message>
    <message>
        <source>Scene %1 %2</source>
        <translation>Scene %1 %2</translation>
    </message>
    <message>
        <source>Stage %1 %2</source>
        <translation>Stage %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s):</source>
        <translation>
            <numerusform>%n item:</numerusform>
            <numerusform>%n items:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form caption</comment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>OneWindow — government service counter</source>
        <translation>OneWindow — government service counter</translation>
    </message>
    <message>
        <source>OneWindow main window</source>
        <translation>OneWindow main window</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Item details</translation>
    </message>
    <message>
        <source>Catalog and database</source>
        <translation>Catalog and database</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>&amp;About OneWindow</translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation>About OneWindow</translation>
    </message>
    <message>
        <source>OneWindow %1 — single-window counter client for government service halls.</source>
        <translation>OneWindow %1 — single-window counter client for government service halls.</translation>
    </message>
    <message>
        <source>Navigator and workspace</source>
        <translation>Navigator and workspace</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>Find an item</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation>Catalog entry</translation>
    </message>
    <message>
        <source>Catalog: %1 items, %2 sub-items, %3 guides · Database: %4</source>
        <translation>Catalog: %1 items, %2 sub-items, %3 guides · Database: %4</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Search items</source>
        <translation>&amp;Search items</translation>
    </message>
</context>
<context>
    <name>ow::Migrator</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <source>Cannot move the database %1 from schema version %2 to %3.</source>
        <translation>Cannot move the database %1 from schema version %2 to %3.</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema version %2 (%3) failed: %4. It stays at version %5.</source>
        <translation>Updating the database %1 to schema version %2 (%3) failed: %4. It stays at version %5.</translation>
    </message>
</context>
<context>
    <name>ow::NavigatorModel</name>
    <message numerus="yes">
        <source>%1 %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 %2 (%n item)</numerusform>
            <numerusform>%1 %2 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n sub-item(s))</source>
        <translation>
            <numerusform>%1 %2 (%n sub-item)</numerusform>
            <numerusform>%1 %2 (%n sub-items)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage / scene / item</source>
        <translation>Stage / scene / item</translation>
    </message>
</context>
<context>
    <name>ow::NavigatorPanel</name>
    <message>
        <source>Lifecycles</source>
        <translation>Lifecycles</translation>
    </message>
    <message>
        <source>Choose the enterprise or the person lifecycle</source>
        <translation>Choose the enterprise or the person lifecycle</translation>
    </message>
    <message>
        <source>Lifecycle navigator</source>
        <translation>Lifecycle navigator</translation>
    </message>
    <message>
        <source>Enterprise (%1)</source>
        <translation>Enterprise (%1)</translation>
    </message>
    <message>
        <source>Person (%1)</source>
        <translation>Person (%1)</translation>
    </message>
    <message>
        <source>Enterprise lifecycle items</source>
        <translation>Enterprise lifecycle items</translation>
    </message>
    <message>
        <source>Person lifecycle items</source>
        <translation>Person lifecycle items</translation>
    </message>
    <message>
        <source>Stages, scenes, items and sub-items; arrow keys move, right arrow opens a branch</source>
        <translation>Stages, scenes, items and sub-items; arrow keys move, right arrow opens a branch</translation>
    </message>
</context>
<context>
    <name>ow::Owctl</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>%1 needs a non-empty value</source>
        <translation>%1 needs a non-empty value</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>init takes no argument, got &apos;%1&apos;</source>
        <translation>init takes no argument, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unknown option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>cannot create the folder of %1</translation>
    </message>
    <message>
        <source>schema version %1 (up to date)</source>
        <translation>schema version %1 (up to date)</translation>
    </message>
    <message>
        <source>schema version %1 (updated from %2)</source>
        <translation>schema version %1 (updated from %2)</translation>
    </message>
    <message>
        <source>%1: %2; catalog: %3 items, %4 sub-items (%5)
</source>
        <translation>%1: %2; catalog: %3 items, %4 sub-items (%5)
</translation>
    </message>
    <message>
        <source>loaded from the built-in catalog</source>
        <translation>loaded from the built-in catalog</translation>
    </message>
    <message>
        <source>loaded from %1</source>
        <translation>loaded from %1</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>already present</translation>
    </message>
    <message>
        <source>unknown catalog subcommand &apos;%1&apos;</source>
        <translation>unknown catalog subcommand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>catalog export: unknown argument &apos;%1&apos;</source>
        <translation>catalog export: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>catalog export needs --json (the only format so far)</source>
        <translation>catalog export needs --json (the only format so far)</translation>
    </message>
    <message>
        <source>the database %1 does not exist; run &apos;owctl init&apos; first</source>
        <translation>the database %1 does not exist; run &apos;owctl init&apos; first</translation>
    </message>
    <message>
        <source>catalog needs a subcommand: export or search</source>
        <translation>catalog needs a subcommand: export or search</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000, got &apos;%1&apos;</source>
        <translation>--limit takes a whole number from 1 to 10000, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>catalog search: unexpected argument &apos;%1&apos; (quote a query with spaces)</source>
        <translation>catalog search: unexpected argument &apos;%1&apos; (quote a query with spaces)</translation>
    </message>
    <message>
        <source>catalog search needs a query</source>
        <translation>catalog search needs a query</translation>
    </message>
    <message>
        <source>catalog search needs --json (the only format so far)</source>
        <translation>catalog search needs --json (the only format so far)</translation>
    </message>
    <message>
        <source>guide needs a subcommand: show or print</source>
        <translation>guide needs a subcommand: show or print</translation>
    </message>
    <message>
        <source>unknown guide subcommand &apos;%1&apos;</source>
        <translation>unknown guide subcommand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>guide %1 needs an item code, e.g. E001</source>
        <translation>guide %1 needs an item code, e.g. E001</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item code (E001…E106, P001…P115, or a sub-item such as E001.1)</source>
        <translation>&apos;%1&apos; is not an item code (E001…E106, P001…P115, or a sub-item such as E001.1)</translation>
    </message>
    <message>
        <source>guide show: unknown argument &apos;%1&apos;</source>
        <translation>guide show: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>guide show needs --json (the only format so far)</source>
        <translation>guide show needs --json (the only format so far)</translation>
    </message>
    <message>
        <source>%1 is not in the catalog</source>
        <translation>%1 is not in the catalog</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 needs a file name</translation>
    </message>
    <message>
        <source>guide print: unknown argument &apos;%1&apos;</source>
        <translation>guide print: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>guide print needs -o FILE.pdf</source>
        <translation>guide print needs -o FILE.pdf</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)
</source>
        <translation>%1: %2 %3 (%4)
</translation>
    </message>
    <message>
        <source>what-to-bring notice</source>
        <translation>what-to-bring notice</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>no published guide; the page says so</source>
        <translation>no published guide; the page says so</translation>
    </message>
    <message>
        <source>Usage: owctl [--db PATH] [--seed FILE] COMMAND

Commands:
  init                     create or update the local database and load the
                           catalog on first use (safe to run again)
  catalog export --json    print the whole catalog as one JSON document
  catalog search QUERY [--limit N] --json
                           find items by Chinese, pinyin, initials, code or
                           department; prints the ranked hits
  guide show CODE --json   print the guide of an item (or say it has none)
  guide print CODE -o FILE.pdf [--what-to-bring]
                           save the guide, or the one-page what-to-bring
                           notice, as PDF

Options:
  --db PATH      the local database (else $ONEWINDOW_DB, else the
                 application-data folder)
  --seed FILE    catalog seed for a new database (default: built in)
  --lang LANG    zh_CN or en: the language of messages and documents
                 (messages follow the system, documents are Chinese)
  --help         show this text
  --version      show the version

Exit status: 0 done, 1 the work failed, 2 bad command line.
</source>
        <translation>Usage: owctl [--db PATH] [--seed FILE] COMMAND

Commands:
  init                     create or update the local database and load the
                           catalog on first use (safe to run again)
  catalog export --json    print the whole catalog as one JSON document
  catalog search QUERY [--limit N] --json
                           find items by Chinese, pinyin, initials, code or
                           department; prints the ranked hits
  guide show CODE --json   print the guide of an item (or say it has none)
  guide print CODE -o FILE.pdf [--what-to-bring]
                           save the guide, or the one-page what-to-bring
                           notice, as PDF

Options:
  --db PATH      the local database (else $ONEWINDOW_DB, else the
                 application-data folder)
  --seed FILE    catalog seed for a new database (default: built in)
  --lang LANG    zh_CN or en: the language of messages and documents
                 (messages follow the system, documents are Chinese)
  --help         show this text
  --version      show the version

Exit status: 0 done, 1 the work failed, 2 bad command line.
</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use zh_CN or en</source>
        <translation>unknown language &apos;%1&apos;: use zh_CN or en</translation>
    </message>
</context>
<context>
    <name>ow::PdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::PinyinTable</name>
    <message>
        <source>pinyin readings, line %1: expected a Han character, a tab and its readings</source>
        <translation>pinyin readings, line %1: expected a Han character, a tab and its readings</translation>
    </message>
    <message>
        <source>pinyin readings, line %1: &quot;%2&quot; is not a reading</source>
        <translation>pinyin readings, line %1: &quot;%2&quot; is not a reading</translation>
    </message>
    <message>
        <source>pinyin phrases, line %1: expected a phrase, a tab and one reading per character</source>
        <translation>pinyin phrases, line %1: expected a phrase, a tab and one reading per character</translation>
    </message>
    <message>
        <source>pinyin phrases, line %1: &quot;%2&quot; is not a reading</source>
        <translation>pinyin phrases, line %1: &quot;%2&quot; is not a reading</translation>
    </message>
    <message>
        <source>pinyin readings: the table is empty</source>
        <translation>pinyin readings: the table is empty</translation>
    </message>
</context>
<context>
    <name>ow::QtDocumentPrinter</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ow::SearchPanel</name>
    <message>
        <source>Search items: Chinese, pinyin, initials or code (Ctrl+K)</source>
        <translation>Search items: Chinese, pinyin, initials or code (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Search items</translation>
    </message>
    <message>
        <source>Type Chinese, pinyin, initials, an item code or a department; Up and Down choose a result, Enter opens its guide, Esc clears</source>
        <translation>Type Chinese, pinyin, initials, an item code or a department; Up and Down choose a result, Enter opens its guide, Esc clears</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Enter opens the guide of the chosen item</source>
        <translation>Enter opens the guide of the chosen item</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer characters, the initials, or the code.</source>
        <translation>Nothing found. Try fewer characters, the initials, or the code.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::SearchResultsModel</name>
    <message>
        <source>  (department: %1)</source>
        <translation>  (department: %1)</translation>
    </message>
</context>
<context>
    <name>ow::StartupOptions</name>
    <message>
        <source>OneWindow — single-window counter client.</source>
        <translation>OneWindow — single-window counter client.</translation>
    </message>
    <message>
        <source>Local database file (else ONEWINDOW_DB, else the application-data folder).</source>
        <translation>Local database file (else ONEWINDOW_DB, else the application-data folder).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Catalog seed file for a new database (default: the built-in catalog).</source>
        <translation>Catalog seed file for a new database (default: the built-in catalog).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Language of the screens: zh_CN (default) or en.</source>
        <translation>Language of the screens: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Show the main window, wait for its first paint, and exit 0.</source>
        <translation>Show the main window, wait for its first paint, and exit 0.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db needs a file path.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;: use zh_CN or en.</translation>
    </message>
</context>
</TS>
