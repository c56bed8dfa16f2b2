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
        <source>Navigator and details</source>
        <translation>Navigator and details</translation>
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
        <source>Catalog: %1 items, %2 sub-items · Database: %3</source>
        <translation>Catalog: %1 items, %2 sub-items · Database: %3</translation>
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
        <source>Usage: owctl [--db PATH] [--seed FILE] COMMAND

Commands:
  init                     create or update the local database and load the
                           catalog on first use (safe to run again)
  catalog export --json    print the whole catalog as one JSON document

Options:
  --db PATH      the local database (else $ONEWINDOW_DB, else the
                 application-data folder)
  --seed FILE    catalog seed for a new database (default: built in)
  --help         show this text
  --version      show the version

Exit status: 0 done, 1 the work failed, 2 bad command line.
</source>
        <translation>Usage: owctl [--db PATH] [--seed FILE] COMMAND

Commands:
  init                     create or update the local database and load the
                           catalog on first use (safe to run again)
  catalog export --json    print the whole catalog as one JSON document

Options:
  --db PATH      the local database (else $ONEWINDOW_DB, else the
                 application-data folder)
  --seed FILE    catalog seed for a new database (default: built in)
  --help         show this text
  --version      show the version

Exit status: 0 done, 1 the work failed, 2 bad command line.
</translation>
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
        <source>catalog needs a subcommand: export</source>
        <translation>catalog needs a subcommand: export</translation>
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
