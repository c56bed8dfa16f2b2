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
    <message>
        <source>%1, window %2</source>
        <translation>%1, window %2</translation>
    </message>
    <message>
        <source>program closed</source>
        <translation>program closed</translation>
    </message>
    <message>
        <source>Intake drafts are not autosaved: %1</source>
        <translation>Intake drafts are not autosaved: %1</translation>
    </message>
</context>
<context>
    <name>ow::AccessPolicy</name>
    <message>
        <source>A user with the role &quot;%1&quot; may not %2.</source>
        <translation>A user with the role &quot;%1&quot; may not %2.</translation>
    </message>
</context>
<context>
    <name>ow::AccessibilityMode</name>
    <message>
        <source>&amp;Accessibility mode (large type, high contrast)</source>
        <translation>&amp;Accessibility mode (large type, high contrast)</translation>
    </message>
    <message>
        <source>&amp;Largest type (200 %)</source>
        <translation>&amp;Largest type (200 %)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Large type, high contrast and large buttons for an applicant who does not see well (F12)</source>
        <translation>Large type, high contrast and large buttons for an applicant who does not see well (F12)</translation>
    </message>
    <message>
        <source>The accessibility mode is on for now but could not be remembered: %1</source>
        <translation>The accessibility mode is on for now but could not be remembered: %1</translation>
    </message>
    <message>
        <source>Accessibility mode on: type %1 %%2. F12 switches it off.</source>
        <translation>Accessibility mode on: type %1 %%2. F12 switches it off.</translation>
    </message>
    <message>
        <source>, high contrast</source>
        <translation>, high contrast</translation>
    </message>
    <message>
        <source>Accessibility mode off.</source>
        <translation>Accessibility mode off.</translation>
    </message>
    <message>
        <source>Accessibility (F12)</source>
        <translation>Accessibility (F12)</translation>
    </message>
    <message>
        <source>Accessibility mode</source>
        <translation>Accessibility mode</translation>
    </message>
</context>
<context>
    <name>ow::AccessibilitySupport</name>
    <message>
        <source>Accessibilit&amp;y</source>
        <translation>Accessibilit&amp;y</translation>
    </message>
</context>
<context>
    <name>ow::AccountService</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>The user name &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>The display name must have 1 to 40 characters.</source>
        <translation>The display name must have 1 to 40 characters.</translation>
    </message>
    <message>
        <source>The display name must not contain control characters.</source>
        <translation>The display name must not contain control characters.</translation>
    </message>
    <message>
        <source>The center code &quot;%1&quot; is not valid: use 2 to 16 capital letters or digits, such as XC01.</source>
        <translation>The center code &quot;%1&quot; is not valid: use 2 to 16 capital letters or digits, such as XC01.</translation>
    </message>
    <message>
        <source>The center name must have 1 to 60 characters.</source>
        <translation>The center name must have 1 to 60 characters.</translation>
    </message>
    <message>
        <source>The window number must be a whole number from 1 to 999.</source>
        <translation>The window number must be a whole number from 1 to 999.</translation>
    </message>
    <message>
        <source>The idle lock must be 1 to 120 minutes.</source>
        <translation>The idle lock must be 1 to 120 minutes.</translation>
    </message>
    <message>
        <source>This database is already set up for %1 %2, window %3.</source>
        <translation>This database is already set up for %1 %2, window %3.</translation>
    </message>
    <message>
        <source>window %1; administrator %2</source>
        <translation>window %1; administrator %2</translation>
    </message>
    <message>
        <source>This database belongs to %1 %2; demo users go only into a demo database (make a new one with --db).</source>
        <translation>This database belongs to %1 %2; demo users go only into a demo database (make a new one with --db).</translation>
    </message>
    <message>
        <source>Demo service center</source>
        <translation>Demo service center</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Demo %1</translation>
    </message>
    <message>
        <source>This workstation is not set up yet: its hall and window are unknown. Run the first-start setup (or owctl init --center …).</source>
        <translation>This workstation is not set up yet: its hall and window are unknown. Run the first-start setup (or owctl init --center …).</translation>
    </message>
    <message>
        <source>Wrong user name or password. After %1 wrong passwords an account is locked for %2 minutes.</source>
        <translation>Wrong user name or password. After %1 wrong passwords an account is locked for %2 minutes.</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>account deactivated</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator.</source>
        <translation>The account %1 is deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>The account %1 is locked until %2 after %3 wrong passwords; an administrator can unlock it sooner.</source>
        <translation>The account %1 is locked until %2 after %3 wrong passwords; an administrator can unlock it sooner.</translation>
    </message>
    <message>
        <source>wrong password (%1 of %2)</source>
        <translation>wrong password (%1 of %2)</translation>
    </message>
    <message>
        <source>Wrong password for the %1th time: the account %2 is locked for %3 minutes.</source>
        <translation>Wrong password for the %1th time: the account %2 is locked for %3 minutes.</translation>
    </message>
    <message>
        <source>Your session began more than %1 hours ago; please sign in again.</source>
        <translation>Your session began more than %1 hours ago; please sign in again.</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>There is already a user named %1.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
</context>
<context>
    <name>ow::Actions</name>
    <message>
        <source>search the catalog</source>
        <translation>search the catalog</translation>
    </message>
    <message>
        <source>open a guide</source>
        <translation>open a guide</translation>
    </message>
    <message>
        <source>print a guide</source>
        <translation>print a guide</translation>
    </message>
    <message>
        <source>take in a case</source>
        <translation>take in a case</translation>
    </message>
    <message>
        <source>decide on a case</source>
        <translation>decide on a case</translation>
    </message>
    <message>
        <source>print a receipt or notice</source>
        <translation>print a receipt or notice</translation>
    </message>
    <message>
        <source>open an applicant&apos;s archive</source>
        <translation>open an applicant&apos;s archive</translation>
    </message>
    <message>
        <source>see a full ID number or phone number</source>
        <translation>see a full ID number or phone number</translation>
    </message>
    <message>
        <source>record assisted service</source>
        <translation>record assisted service</translation>
    </message>
    <message>
        <source>open the dashboard</source>
        <translation>open the dashboard</translation>
    </message>
    <message>
        <source>export cases</source>
        <translation>export cases</translation>
    </message>
    <message>
        <source>handle a rectification</source>
        <translation>handle a rectification</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>export the audit log</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>edit the catalog and guides</source>
        <translation>edit the catalog and guides</translation>
    </message>
    <message>
        <source>publish the catalog</source>
        <translation>publish the catalog</translation>
    </message>
    <message>
        <source>edit the holiday calendar</source>
        <translation>edit the holiday calendar</translation>
    </message>
    <message>
        <source>change this workstation&apos;s settings</source>
        <translation>change this workstation&apos;s settings</translation>
    </message>
    <message>
        <source>review, conclude or deliver a case</source>
        <translation>review, conclude or deliver a case</translation>
    </message>
    <message>
        <source>withdraw a case</source>
        <translation>withdraw a case</translation>
    </message>
    <message>
        <source>archive a case</source>
        <translation>archive a case</translation>
    </message>
    <message>
        <source>review the sync conflicts</source>
        <translation>review the sync conflicts</translation>
    </message>
</context>
<context>
    <name>ow::AuditChain</name>
    <message>
        <source>record %1 was changed after it was written</source>
        <translation>record %1 was changed after it was written</translation>
    </message>
    <message>
        <source>record %1 is missing</source>
        <translation>record %1 is missing</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing</source>
        <translation>records %1 to %2 are missing</translation>
    </message>
    <message>
        <source>record %1 appears twice</source>
        <translation>record %1 appears twice</translation>
    </message>
    <message>
        <source>record %1 carries the wrong number %2</source>
        <translation>record %1 carries the wrong number %2</translation>
    </message>
    <message>
        <source>the records are out of order: record %1 stands where record %2 should be</source>
        <translation>the records are out of order: record %1 stands where record %2 should be</translation>
    </message>
    <message>
        <source>record 1 does not start the chain: its link to the beginning of the log was replaced</source>
        <translation>record 1 does not start the chain: its link to the beginning of the log was replaced</translation>
    </message>
    <message>
        <source>record %1 does not follow record %2: the link between them is broken</source>
        <translation>record %1 does not follow record %2: the link between them is broken</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) verified, the chain is intact</source>
        <translation>
            <numerusform>%n record verified, the chain is intact</numerusform>
            <numerusform>%n records verified, the chain is intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>User name filter</source>
        <translation>User name filter</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>all users</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Action filter</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>all actions</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>The audit log is intact.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>The audit log was tampered with: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day of the records shown.</source>
        <translation>The first day of the records shown.</translation>
    </message>
    <message>
        <source>The last day of the records shown.</source>
        <translation>The last day of the records shown.</translation>
    </message>
    <message>
        <source>Only the records of this user (empty: everyone).</source>
        <translation>Only the records of this user (empty: everyone).</translation>
    </message>
    <message>
        <source>Only the records of this action (empty: every action).</source>
        <translation>Only the records of this action (empty: every action).</translation>
    </message>
    <message>
        <source>Closes the audit log.</source>
        <translation>Closes the audit log.</translation>
    </message>
    <message>
        <source>Shows the records that match the filters.</source>
        <translation>Shows the records that match the filters.</translation>
    </message>
    <message>
        <source>One row per record: time, user, window, action, subject and detail.</source>
        <translation>One row per record: time, user, window, action, subject and detail.</translation>
    </message>
    <message>
        <source>Checks the hash chain of the whole log for changed or missing records.</source>
        <translation>Checks the hash chain of the whole log for changed or missing records.</translation>
    </message>
    <message>
        <source>Writes the records shown to a JSON file.</source>
        <translation>Writes the records shown to a JSON file.</translation>
    </message>
</context>
<context>
    <name>ow::AuditLog</name>
    <message>
        <source>Cannot write the audit log in %1: %2</source>
        <translation>Cannot write the audit log in %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit log in %1: %2</source>
        <translation>Cannot read the audit log in %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::AuditModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>hall set up</source>
        <translation>hall set up</translation>
    </message>
    <message>
        <source>demo user created</source>
        <translation>demo user created</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>sign-in failed</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>screen locked</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>user added</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>password changed</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>password reset</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>account unlocked</translation>
    </message>
    <message>
        <source>account reactivated</source>
        <translation>account reactivated</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>account deactivated</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exported</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation>audit log exported</translation>
    </message>
    <message>
        <source>audit log checked</source>
        <translation>audit log checked</translation>
    </message>
    <message>
        <source>shift handed over</source>
        <translation>shift handed over</translation>
    </message>
</context>
<context>
    <name>ow::CalendarAdmin</name>
    <message>
        <source>the built-in holiday calendar is missing from this build</source>
        <translation>the built-in holiday calendar is missing from this build</translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar from %1: %2</source>
        <translation>Cannot read the holiday calendar from %1: %2</translation>
    </message>
    <message>
        <source>The year %1 is outside 2000–2100.</source>
        <translation>The year %1 is outside 2000–2100.</translation>
    </message>
    <message>
        <source>%1 needs a name (the holiday it belongs to).</source>
        <translation>%1 needs a name (the holiday it belongs to).</translation>
    </message>
    <message>
        <source>the calendar of %1</source>
        <translation>the calendar of %1</translation>
    </message>
    <message>
        <source>Cannot store the calendar of %1 in %2: %3</source>
        <translation>Cannot store the calendar of %1 in %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar of %1 has no draft to publish.</source>
        <translation>The calendar of %1 has no draft to publish.</translation>
    </message>
    <message>
        <source>Cannot publish the calendar of %1 in %2: %3</source>
        <translation>Cannot publish the calendar of %1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>ow::CalendarData</name>
    <message>
        <source>the built-in holiday calendar is missing from this build</source>
        <translation>the built-in holiday calendar is missing from this build</translation>
    </message>
</context>
<context>
    <name>ow::CaseArchive</name>
    <message>
        <source>%1 exists and is not a folder; name a folder for the archive.</source>
        <translation>%1 exists and is not a folder; name a folder for the archive.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; name an empty or new folder, or add --force to write into it.</source>
        <translation>The folder %1 is not empty; name an empty or new folder, or add --force to write into it.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Case form</source>
        <translation>Case form</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Check code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>Disability certificate</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>Applicant (enterprise)</source>
        <translation>Applicant (enterprise)</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>Green channel</translation>
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
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
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
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>waived</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>The case has no number; nothing was written.</source>
        <translation>The case has no number; nothing was written.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Electronic archive of case %1</source>
        <translation>Electronic archive of case %1</translation>
    </message>
    <message>
        <source>Cannot draw %1 as PDF.</source>
        <translation>Cannot draw %1 as PDF.</translation>
    </message>
    <message>
        <source>%1 — %2, page %3</source>
        <translation>%1 — %2, page %3</translation>
    </message>
    <message>
        <source>The scan %1 of %2 cannot be put into the archive: %3</source>
        <translation>The scan %1 of %2 cannot be put into the archive: %3</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>Cannot read back %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::CaseDetailView</name>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>check code %1</source>
        <translation>check code %1</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Items:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Materials arrived: acce&amp;pt (受理)</source>
        <translation>Materials arrived: acce&amp;pt (受理)</translation>
    </message>
    <message>
        <source>&amp;Refuse (不予受理)…</source>
        <translation>&amp;Refuse (不予受理)…</translation>
    </message>
    <message>
        <source>Re&amp;view (审查)</source>
        <translation>Re&amp;view (审查)</translation>
    </message>
    <message>
        <source>Co&amp;nclude (办结)</source>
        <translation>Co&amp;nclude (办结)</translation>
    </message>
    <message>
        <source>&amp;Deliver (送达)</source>
        <translation>&amp;Deliver (送达)</translation>
    </message>
    <message>
        <source>Arch&amp;ive (归档)</source>
        <translation>Arch&amp;ive (归档)</translation>
    </message>
    <message>
        <source>&amp;Withdraw (撤回)…</source>
        <translation>&amp;Withdraw (撤回)…</translation>
    </message>
    <message>
        <source>The missing materials arrived: accept the case</source>
        <translation>The missing materials arrived: accept the case</translation>
    </message>
    <message>
        <source>Refuse the case, with reasons</source>
        <translation>Refuse the case, with reasons</translation>
    </message>
    <message>
        <source>Send the case to review</source>
        <translation>Send the case to review</translation>
    </message>
    <message>
        <source>Conclude the case</source>
        <translation>Conclude the case</translation>
    </message>
    <message>
        <source>Record that the result was delivered</source>
        <translation>Record that the result was delivered</translation>
    </message>
    <message>
        <source>Archive the case</source>
        <translation>Archive the case</translation>
    </message>
    <message>
        <source>Withdraw the case at the applicant&apos;s request, with the reason</source>
        <translation>Withdraw the case at the applicant&apos;s request, with the reason</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>&amp;Timeline:</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>Timeline of the case</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>N&amp;ote with the step:</source>
        <translation>N&amp;ote with the step:</translation>
    </message>
    <message>
        <source>Note recorded with the next step (optional)</source>
        <translation>Note recorded with the next step (optional)</translation>
    </message>
    <message>
        <source>optional, e.g. delivered by post, tracking number</source>
        <translation>optional, e.g. delivered by post, tracking number</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel this step</source>
        <translation>Cancel this step</translation>
    </message>
    <message>
        <source>Result of the last step</source>
        <translation>Result of the last step</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Case %1 — %2</translation>
    </message>
    <message>
        <source>%1: not with your role.</source>
        <translation>%1: not with your role.</translation>
    </message>
    <message>
        <source>None: the case&apos;s life is over.</source>
        <translation>None: the case&apos;s life is over.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step this case can take now.</source>
        <translation>&quot;%1&quot; is not a step this case can take now.</translation>
    </message>
    <message>
        <source>Reason for the withdrawal (required):</source>
        <translation>Reason for the withdrawal (required):</translation>
    </message>
    <message>
        <source>Reasons for the refusal (required):</source>
        <translation>Reasons for the refusal (required):</translation>
    </message>
    <message>
        <source>Reason for the withdrawal</source>
        <translation>Reason for the withdrawal</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>Reasons for the refusal</translation>
    </message>
    <message>
        <source>Confirm withdrawal</source>
        <translation>Confirm withdrawal</translation>
    </message>
    <message>
        <source>Confirm refusal</source>
        <translation>Confirm refusal</translation>
    </message>
    <message>
        <source>Type the reason, then Enter; Esc cancels.</source>
        <translation>Type the reason, then Enter; Esc cancels.</translation>
    </message>
    <message>
        <source>Withdrawing a case needs the applicant&apos;s reason.</source>
        <translation>Withdrawing a case needs the applicant&apos;s reason.</translation>
    </message>
    <message>
        <source>A refusal needs its reasons.</source>
        <translation>A refusal needs its reasons.</translation>
    </message>
    <message>
        <source>Case %1 is now &quot;%2&quot;.</source>
        <translation>Case %1 is now &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Signed by the agent:</source>
        <translation>Signed by the agent:</translation>
    </message>
    <message>
        <source>Signed by the applicant:</source>
        <translation>Signed by the applicant:</translation>
    </message>
    <message>
        <source>One case: its timeline, the next steps and the case&apos;s details.</source>
        <translation>One case: its timeline, the next steps and the case&apos;s details.</translation>
    </message>
    <message>
        <source>Every step of the case so far, with its time, user and note.</source>
        <translation>Every step of the case so far, with its time, user and note.</translation>
    </message>
    <message>
        <source>A note recorded with the next step.</source>
        <translation>A note recorded with the next step.</translation>
    </message>
    <message>
        <source>The reason this step needs; required.</source>
        <translation>The reason this step needs; required.</translation>
    </message>
    <message>
        <source>Records the step with the reason given.</source>
        <translation>Records the step with the reason given.</translation>
    </message>
    <message>
        <source>Goes back without recording the step.</source>
        <translation>Goes back without recording the step.</translation>
    </message>
    <message>
        <source>The applicant, agent, items, materials and deadline of the case.</source>
        <translation>The applicant, agent, items, materials and deadline of the case.</translation>
    </message>
    <message>
        <source>Records the step &quot;%1&quot; on the case&apos;s timeline.</source>
        <translation>Records the step &quot;%1&quot; on the case&apos;s timeline.</translation>
    </message>
</context>
<context>
    <name>ow::CaseDocuments</name>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>QDate::toString format of dates on printed documents</comment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1, window %2</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Applicant (enterprise)</source>
        <translation>Applicant (enterprise)</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Check code</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>To %1:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>(seal)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <source>%1 (government service hotline), quoting the case number</source>
        <translation>%1 (government service hotline), quoting the case number</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <source>%1 (provisional: next year&apos;s holiday calendar is not yet published)</source>
        <translation>%1 (provisional: next year&apos;s holiday calendar is not yet published)</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>an e-licence or shared data</source>
        <translation>an e-licence or shared data</translation>
    </message>
    <message>
        <source>%1 — replaced by %2</source>
        <translation>%1 — replaced by %2</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
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
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Materials to follow</source>
        <translation>Materials to follow</translation>
    </message>
    <message>
        <source>The application was accepted without these. Please bring them as soon as possible, quoting the case number; the case cannot be concluded without them.</source>
        <translation>The application was accepted without these. Please bring them as soon as possible, quoting the case number; the case cannot be concluded without them.</translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation>Needed for</translation>
    </message>
    <message>
        <source>Waived (no need to submit)</source>
        <translation>Waived (no need to submit)</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>This receipt shows that the application above was accepted on the date given. Keep it: quote the case number to ask about the case or to collect the result.</source>
        <translation>This receipt shows that the application above was accepted on the date given. Keep it: quote the case number to ask about the case or to collect the result.</translation>
    </message>
    <message>
        <source>Applicant (signature)</source>
        <translation>Applicant (signature)</translation>
    </message>
    <message>
        <source>Clerk (signature)</source>
        <translation>Clerk (signature)</translation>
    </message>
    <message>
        <source>One-time supplement notice</source>
        <translation>One-time supplement notice</translation>
    </message>
    <message>
        <source>We received your application for the items above on %1. The materials below are missing or not in the statutory form. This notice lists everything to be supplemented, all at once.</source>
        <translation>We received your application for the items above on %1. The materials below are missing or not in the statutory form. This notice lists everything to be supplemented, all at once.</translation>
    </message>
    <message>
        <source>needed for %1</source>
        <translation>needed for %1</translation>
    </message>
    <message>
        <source>Materials to supplement</source>
        <translation>Materials to supplement</translation>
    </message>
    <message>
        <source>Condition / note</source>
        <translation>Condition / note</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <source>Please bring all of the materials above to %1, quoting case number %2.</source>
        <translation>Please bring all of the materials above to %1, quoting case number %2.</translation>
    </message>
    <message>
        <source>Opening hours: %1.</source>
        <translation>Opening hours: %1.</translation>
    </message>
    <message>
        <source>Once the materials are complete and in the statutory form, the application will be accepted.</source>
        <translation>Once the materials are complete and in the statutory form, the application will be accepted.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Under %1, where application materials are incomplete or not in the statutory form, the authority shall tell the applicant everything to be supplemented at once, on the spot or within five days; if it does not, the application counts as accepted from the day the materials were received.</source>
        <translation>Under %1, where application materials are incomplete or not in the statutory form, the authority shall tell the applicant everything to be supplemented at once, on the spot or within five days; if it does not, the application counts as accepted from the day the materials were received.</translation>
    </message>
    <message>
        <source>Received by the applicant (signature)</source>
        <translation>Received by the applicant (signature)</translation>
    </message>
    <message>
        <source>Notice of refusal to accept</source>
        <translation>Notice of refusal to accept</translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation>Deciding office</translation>
    </message>
    <message>
        <source>Your application for the items above, received on %1, is not accepted, for the reasons below.</source>
        <translation>Your application for the items above, received on %1, is not accepted, for the reasons below.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>(no reason was recorded: ask at the window)</source>
        <translation>(no reason was recorded: ask at the window)</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative review under %1 within %2 days of the day you knew or should have known of it, or bring an administrative lawsuit before a people&apos;s court under %3 within %4 months of that day.</source>
        <translation>If you disagree with this decision, you may apply for administrative review under %1 within %2 days of the day you knew or should have known of it, or bring an administrative lawsuit before a people&apos;s court under %3 within %4 months of that day.</translation>
    </message>
    <message>
        <source>Agent (signature)</source>
        <translation>Agent (signature)</translation>
    </message>
    <message>
        <source>Received by the agent (signature)</source>
        <translation>Received by the agent (signature)</translation>
    </message>
</context>
<context>
    <name>ow::CaseJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>must be an object {…}</source>
        <translation>must be an object {…}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>must be an array of strings</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD or null</source>
        <translation>must be a date YYYY-MM-DD or null</translation>
    </message>
    <message>
        <source>must be a time in ISO 8601 with its zone, e.g. 2026-11-30T09:15:00.000+08:00 or 2026-11-30T01:15:00.000Z</source>
        <translation>must be a time in ISO 8601 with its zone, e.g. 2026-11-30T09:15:00.000+08:00 or 2026-11-30T01:15:00.000Z</translation>
    </message>
    <message>
        <source>must be &quot;person&quot; or &quot;enterprise&quot;, not &quot;%1&quot;</source>
        <translation>must be &quot;person&quot; or &quot;enterprise&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>differs from the birth date in the resident ID number</source>
        <translation>differs from the birth date in the resident ID number</translation>
    </message>
    <message>
        <source>an enterprise has no birth date: use null</source>
        <translation>an enterprise has no birth date: use null</translation>
    </message>
    <message>
        <source>must be &quot;原件&quot;, &quot;复印件&quot; or &quot;电子&quot;, not &quot;%1&quot;</source>
        <translation>must be &quot;原件&quot;, &quot;复印件&quot; or &quot;电子&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;received&quot;, &quot;missing&quot; or &quot;waived&quot;, not &quot;%1&quot;</source>
        <translation>must be &quot;received&quot;, &quot;missing&quot; or &quot;waived&quot;, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be the SHA-256 of a scan (64 lower-case hex digits)</source>
        <translation>must be the SHA-256 of a scan (64 lower-case hex digits)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (%2)</source>
        <translation>&quot;%1&quot; is not a status (%2)</translation>
    </message>
    <message>
        <source>must be a UUID in lower case, e.g. 3f2a6857-1632-4770-8614-b9c0d1e2f3a4</source>
        <translation>must be a UUID in lower case, e.g. 3f2a6857-1632-4770-8614-b9c0d1e2f3a4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number (centre-window-date-sequence, e.g. XC01-03-20261130-0007)</source>
        <translation>&quot;%1&quot; is not a case number (centre-window-date-sequence, e.g. XC01-03-20261130-0007)</translation>
    </message>
    <message>
        <source>%1 does not belong to centre &quot;%2&quot;, window %3</source>
        <translation>%1 does not belong to centre &quot;%2&quot;, window %3</translation>
    </message>
    <message>
        <source>%1 is not on the day of the case number %2</source>
        <translation>%1 is not on the day of the case number %2</translation>
    </message>
    <message>
        <source>a case needs at least one item</source>
        <translation>a case needs at least one item</translation>
    </message>
    <message>
        <source>must be an item code such as E001 or P063.2</source>
        <translation>must be an item code such as E001 or P063.2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>must be an array of materials</source>
        <translation>must be an array of materials</translation>
    </message>
    <message>
        <source>%1 is in the checklist twice</source>
        <translation>%1 is in the checklist twice</translation>
    </message>
    <message>
        <source>must be an array of events</source>
        <translation>must be an array of events</translation>
    </message>
    <message>
        <source>a case needs at least its &quot;received&quot; event</source>
        <translation>a case needs at least its &quot;received&quot; event</translation>
    </message>
    <message>
        <source>%1 is before the case was received (%2)</source>
        <translation>%1 is before the case was received (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what the events lead to (&quot;%2&quot;)</source>
        <translation>&quot;%1&quot; is not what the events lead to (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the case was accepted: the date of acceptance and the deadline are needed</source>
        <translation>the case was accepted: the date of acceptance and the deadline are needed</translation>
    </message>
    <message>
        <source>%1 is before the acceptance on %2</source>
        <translation>%1 is before the acceptance on %2</translation>
    </message>
    <message>
        <source>%1 is before the case was received</source>
        <translation>%1 is before the case was received</translation>
    </message>
    <message>
        <source>the case was never accepted: it has no acceptance date or deadline</source>
        <translation>the case was never accepted: it has no acceptance date or deadline</translation>
    </message>
    <message>
        <source>the case was refused: the reasons are needed</source>
        <translation>the case was refused: the reasons are needed</translation>
    </message>
    <message>
        <source>not a JSON document: %1 at byte %2</source>
        <translation>not a JSON document: %1 at byte %2</translation>
    </message>
    <message>
        <source>the document must be an object {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2, &quot;cases&quot;: […]}</source>
        <translation>the document must be an object {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2, &quot;cases&quot;: […]}</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format: must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version: this OneWindow reads version %1 only</source>
        <translation>version: this OneWindow reads version %1 only</translation>
    </message>
    <message>
        <source>cases: must be an array of cases</source>
        <translation>cases: must be an array of cases</translation>
    </message>
    <message>
        <source>%1.id: the same id as cases[%2]</source>
        <translation>%1.id: the same id as cases[%2]</translation>
    </message>
    <message>
        <source>%1.number: the same number as cases[%2]</source>
        <translation>%1.number: the same number as cases[%2]</translation>
    </message>
    <message>
        <source>%1.applicant.kind: the same identifier is another kind of applicant in an earlier case</source>
        <translation>%1.applicant.kind: the same identifier is another kind of applicant in an earlier case</translation>
    </message>
</context>
<context>
    <name>ow::CaseLifecycle</name>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation>supplement requested</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>under review</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>concluded</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>The case has no event; it must begin with &quot;received&quot;.</source>
        <translation>The case has no event; it must begin with &quot;received&quot;.</translation>
    </message>
    <message>
        <source>The case begins with &quot;%1&quot;; it must begin with &quot;received&quot;.</source>
        <translation>The case begins with &quot;%1&quot;; it must begin with &quot;received&quot;.</translation>
    </message>
    <message>
        <source>Event %1 (%2) is dated before the event before it.</source>
        <translation>Event %1 (%2) is dated before the event before it.</translation>
    </message>
    <message>
        <source>Event %1: a case that is &quot;%2&quot; cannot become &quot;%3&quot;.</source>
        <translation>Event %1: a case that is &quot;%2&quot; cannot become &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>ow::CaseListModel</name>
    <message>
        <source> · green channel</source>
        <translation> · green channel</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — overdue</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
</context>
<context>
    <name>ow::CaseListView</name>
    <message>
        <source>Cases of the day</source>
        <translation>Cases of the day</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Cases; Enter opens one</source>
        <translation>Cases; Enter opens one</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n green channel</source>
        <translation>
            <numerusform>, %n green channel</numerusform>
            <numerusform>, %n green channel</numerusform>
        </translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Show which cases</source>
        <translation>Show which cases</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>The hall&apos;s cases of a day or a period, with their state and deadline.</source>
        <translation>The hall&apos;s cases of a day or a period, with their state and deadline.</translation>
    </message>
    <message>
        <source>The first day of the cases listed.</source>
        <translation>The first day of the cases listed.</translation>
    </message>
    <message>
        <source>The last day of the cases listed.</source>
        <translation>The last day of the cases listed.</translation>
    </message>
    <message>
        <source>Which cases: all, the open ones, the overdue ones or one state.</source>
        <translation>Which cases: all, the open ones, the overdue ones or one state.</translation>
    </message>
    <message>
        <source>Reads the list again from the database.</source>
        <translation>Reads the list again from the database.</translation>
    </message>
    <message>
        <source>One row per case, the applicant masked; Enter opens the selected case.</source>
        <translation>One row per case, the applicant masked; Enter opens the selected case.</translation>
    </message>
</context>
<context>
    <name>ow::CaseRepository</name>
    <message>
        <source>A case needs its window number (1 to 999), not %1.</source>
        <translation>A case needs its window number (1 to 999), not %1.</translation>
    </message>
    <message>
        <source>A case needs the time it was received.</source>
        <translation>A case needs the time it was received.</translation>
    </message>
    <message>
        <source>The centre code &apos;%1&apos; cannot begin a case number (2 to 16 capital letters or digits).</source>
        <translation>The centre code &apos;%1&apos; cannot begin a case number (2 to 16 capital letters or digits).</translation>
    </message>
    <message>
        <source>A case needs the user who took it in.</source>
        <translation>A case needs the user who took it in.</translation>
    </message>
    <message>
        <source>A case needs at least one item.</source>
        <translation>A case needs at least one item.</translation>
    </message>
    <message>
        <source>The applicant needs a name.</source>
        <translation>The applicant needs a name.</translation>
    </message>
    <message>
        <source>The applicant&apos;s resident ID number is not valid: %1</source>
        <translation>The applicant&apos;s resident ID number is not valid: %1</translation>
    </message>
    <message>
        <source>The applicant&apos;s unified social credit code is not valid: %1</source>
        <translation>The applicant&apos;s unified social credit code is not valid: %1</translation>
    </message>
    <message>
        <source>The applicant&apos;s phone number is not valid: %1</source>
        <translation>The applicant&apos;s phone number is not valid: %1</translation>
    </message>
    <message>
        <source>The agent needs a name.</source>
        <translation>The agent needs a name.</translation>
    </message>
    <message>
        <source>The agent&apos;s resident ID number is not valid: %1</source>
        <translation>The agent&apos;s resident ID number is not valid: %1</translation>
    </message>
    <message>
        <source>The agent&apos;s phone number is not valid: %1</source>
        <translation>The agent&apos;s phone number is not valid: %1</translation>
    </message>
    <message>
        <source>An agent needs the applicant&apos;s authorization.</source>
        <translation>An agent needs the applicant&apos;s authorization.</translation>
    </message>
    <message>
        <source>Event %1 needs its time and the user who recorded it.</source>
        <translation>Event %1 needs its time and the user who recorded it.</translation>
    </message>
    <message>
        <source>Cannot %1 in %2: %3</source>
        <translation>Cannot %1 in %2: %3</translation>
    </message>
    <message>
        <source>record event %1 of the case</source>
        <translation>record event %1 of the case</translation>
    </message>
    <message>
        <source>record the material %1</source>
        <translation>record the material %1</translation>
    </message>
    <message>
        <source>Cannot read the events of a case from %1: %2</source>
        <translation>Cannot read the events of a case from %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the case %1 from %2: %3</source>
        <translation>Cannot read the case %1 from %2: %3</translation>
    </message>
    <message>
        <source>There is no case %1 in %2.</source>
        <translation>There is no case %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot store the case in %1: %2</source>
        <translation>Cannot store the case in %1: %2</translation>
    </message>
    <message>
        <source>Cannot number the case in %1: %2</source>
        <translation>Cannot number the case in %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the applicants&apos; archive from %1: %2</source>
        <translation>Cannot read the applicants&apos; archive from %1: %2</translation>
    </message>
    <message>
        <source>%1 is in the archive as another kind of applicant.</source>
        <translation>%1 is in the archive as another kind of applicant.</translation>
    </message>
    <message>
        <source>record the applicant</source>
        <translation>record the applicant</translation>
    </message>
    <message>
        <source>record the case %1</source>
        <translation>record the case %1</translation>
    </message>
    <message>
        <source>record the item %1</source>
        <translation>record the item %1</translation>
    </message>
    <message>
        <source>Cannot read a case from %1: %2</source>
        <translation>Cannot read a case from %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a decision: record it with the checklist and the deadline.</source>
        <translation>&quot;%1&quot; is a decision: record it with the checklist and the deadline.</translation>
    </message>
    <message>
        <source>record the status of %1</source>
        <translation>record the status of %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision at the counter (accepted, supplement requested or refused).</source>
        <translation>&quot;%1&quot; is not a decision at the counter (accepted, supplement requested or refused).</translation>
    </message>
    <message>
        <source>Accepting a case needs the date of acceptance and a deadline not before it.</source>
        <translation>Accepting a case needs the date of acceptance and a deadline not before it.</translation>
    </message>
    <message numerus="yes">
        <source>The case cannot be accepted while %n required material(s) are missing.</source>
        <translation>
            <numerusform>The case cannot be accepted while %n required material is missing.</numerusform>
            <numerusform>The case cannot be accepted while %n required materials are missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>A supplement notice needs at least one missing required material.</source>
        <translation>A supplement notice needs at least one missing required material.</translation>
    </message>
    <message>
        <source>A refusal needs its reasons.</source>
        <translation>A refusal needs its reasons.</translation>
    </message>
    <message>
        <source>record the decision on %1</source>
        <translation>record the decision on %1</translation>
    </message>
    <message>
        <source>Cannot read the cases from %1: %2</source>
        <translation>Cannot read the cases from %1: %2</translation>
    </message>
    <message>
        <source>The case id &apos;%1&apos; is not a UUID in lower case.</source>
        <translation>The case id &apos;%1&apos; is not a UUID in lower case.</translation>
    </message>
    <message>
        <source>The case number &apos;%1&apos; is not one of centre %2, window %3.</source>
        <translation>The case number &apos;%1&apos; is not one of centre %2, window %3.</translation>
    </message>
    <message>
        <source>The case %1 is already stored under the number %2, not %3.</source>
        <translation>The case %1 is already stored under the number %2, not %3.</translation>
    </message>
    <message>
        <source>The number %1 already belongs to another case (%2).</source>
        <translation>The number %1 already belongs to another case (%2).</translation>
    </message>
    <message>
        <source>Cannot store the cases in %1: %2</source>
        <translation>Cannot store the cases in %1: %2</translation>
    </message>
    <message>
        <source>cases[%1] (%2): %3; nothing was imported.</source>
        <translation>cases[%1] (%2): %3; nothing was imported.</translation>
    </message>
    <message>
        <source>record scan %1 of the material %2</source>
        <translation>record scan %1 of the material %2</translation>
    </message>
</context>
<context>
    <name>ow::CaseService</name>
    <message>
        <source>Cannot store the case in %1: %2</source>
        <translation>Cannot store the case in %1: %2</translation>
    </message>
    <message>
        <source>There is no case %1 in this database.</source>
        <translation>There is no case %1 in this database.</translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: its life is over, it cannot become &quot;%3&quot;.</source>
        <translation>Case %1 is &quot;%2&quot;: its life is over, it cannot become &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: it cannot become &quot;%3&quot; (it can become: %4).</source>
        <translation>Case %1 is &quot;%2&quot;: it cannot become &quot;%3&quot; (it can become: %4).</translation>
    </message>
    <message>
        <source>Case %1&apos;s last event (&quot;%2&quot;) is dated %3, after this workstation&apos;s clock (%4): check the clock, nothing was recorded.</source>
        <translation>Case %1&apos;s last event (&quot;%2&quot;) is dated %3, after this workstation&apos;s clock (%4): check the clock, nothing was recorded.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a later step of a case: it is recorded at the counter with the checklist.</source>
        <translation>&quot;%1&quot; is not a later step of a case: it is recorded at the counter with the checklist.</translation>
    </message>
    <message>
        <source>Withdrawing a case needs the applicant&apos;s reason.</source>
        <translation>Withdrawing a case needs the applicant&apos;s reason.</translation>
    </message>
    <message>
        <source>A refusal needs its reasons.</source>
        <translation>A refusal needs its reasons.</translation>
    </message>
</context>
<context>
    <name>ow::CaseSignatureService</name>
    <message>
        <source>The signature is empty: ask the signer to sign again.</source>
        <translation>The signature is empty: ask the signer to sign again.</translation>
    </message>
    <message>
        <source>The signature is not a PNG image.</source>
        <translation>The signature is not a PNG image.</translation>
    </message>
    <message>
        <source>The signature image is too large (%1 bytes, at most %2).</source>
        <translation>The signature image is too large (%1 bytes, at most %2).</translation>
    </message>
    <message>
        <source>Case %1 has no agent: the applicant signs it.</source>
        <translation>Case %1 has no agent: the applicant signs it.</translation>
    </message>
    <message>
        <source>Case %1 is archived: it takes no more signatures.</source>
        <translation>Case %1 is archived: it takes no more signatures.</translation>
    </message>
    <message>
        <source>Cannot store the signature in %1: %2</source>
        <translation>Cannot store the signature in %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the signatures from %1: %2</source>
        <translation>Cannot read the signatures from %1: %2</translation>
    </message>
    <message>
        <source>Case %1 already has the agent&apos;s signature.</source>
        <translation>Case %1 already has the agent&apos;s signature.</translation>
    </message>
    <message>
        <source>Case %1 already has the applicant&apos;s signature.</source>
        <translation>Case %1 already has the applicant&apos;s signature.</translation>
    </message>
</context>
<context>
    <name>ow::CaseTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ow::CatalogAdminView</name>
    <message>
        <source>e-licence</source>
        <translation>e-licence</translation>
    </message>
    <message>
        <source>shared data</source>
        <translation>shared data</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Catalog and guides</source>
        <translation>Catalog and guides</translation>
    </message>
    <message>
        <source>Edit items, guides and the materials dictionary as drafts, then check and publish them for every counter</source>
        <translation>Edit items, guides and the materials dictionary as drafts, then check and publish them for every counter</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves between the sections</source>
        <translation>Ctrl+Tab moves between the sections</translation>
    </message>
    <message>
        <source>&amp;Items and guides</source>
        <translation>&amp;Items and guides</translation>
    </message>
    <message>
        <source>&amp;Materials dictionary</source>
        <translation>&amp;Materials dictionary</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message>
        <source>Plan &amp;ledger</source>
        <translation>Plan &amp;ledger</translation>
    </message>
    <message>
        <source>&amp;Holiday calendar</source>
        <translation>&amp;Holiday calendar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What the last action did, or why it did not</source>
        <translation>What the last action did, or why it did not</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Lifecycles, stages, scenes, items and sub-items; choose one to edit it</source>
        <translation>Lifecycles, stages, scenes, items and sub-items; choose one to edit it</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The code of the item or sub-item being edited</source>
        <translation>The code of the item or sub-item being edited</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Stage and scene</source>
        <translation>Stage and scene</translation>
    </message>
    <message>
        <source>Where the item sits in the catalog</source>
        <translation>Where the item sits in the catalog</translation>
    </message>
    <message>
        <source>Stage / scene:</source>
        <translation>Stage / scene:</translation>
    </message>
    <message>
        <source>The name of the item or sub-item as the counters show it</source>
        <translation>The name of the item or sub-item as the counters show it</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>全域办: offered across regions (全省通办)</source>
        <translation>全域办: offered across regions (全省通办)</translation>
    </message>
    <message>
        <source>Offered across regions</source>
        <translation>Offered across regions</translation>
    </message>
    <message>
        <source>Marks the item 全域办: it can be handled in any hall of the province</source>
        <translation>Marks the item 全域办: it can be handled in any hall of the province</translation>
    </message>
    <message>
        <source>Guide version</source>
        <translation>Guide version</translation>
    </message>
    <message>
        <source>Which version of the guide is being edited</source>
        <translation>Which version of the guide is being edited</translation>
    </message>
    <message>
        <source>Guide:</source>
        <translation>Guide:</translation>
    </message>
    <message>
        <source>%1 in working days</source>
        <translation>%1 in working days</translation>
    </message>
    <message>
        <source>Whole working days, at least 1; or tick 即办</source>
        <translation>Whole working days, at least 1; or tick 即办</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>即办 (on the spot)</source>
        <translation>即办 (on the spot)</translation>
    </message>
    <message>
        <source>%1: on the spot</source>
        <translation>%1: on the spot</translation>
    </message>
    <message>
        <source>Decided at the counter the same day; the days are then not used</source>
        <translation>Decided at the counter the same day; the days are then not used</translation>
    </message>
    <message>
        <source>&amp;Promised time limit:</source>
        <translation>&amp;Promised time limit:</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <source>L&amp;egal time limit:</source>
        <translation>L&amp;egal time limit:</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>Legal time limit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What the item is, in one or two sentences</source>
        <translation>What the item is, in one or two sentences</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Summar&amp;y:</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>The conditions of the guide, one per line</source>
        <translation>The conditions of the guide, one per line</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>C&amp;onditions:</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>The materials of the guide, by their key in the dictionary; Delete removes the chosen one</source>
        <translation>The materials of the guide, by their key in the dictionary; Delete removes the chosen one</translation>
    </message>
    <message>
        <source>Ma&amp;terials:</source>
        <translation>Ma&amp;terials:</translation>
    </message>
    <message>
        <source>Material to add</source>
        <translation>Material to add</translation>
    </message>
    <message>
        <source>A material of the dictionary to add to the guide</source>
        <translation>A material of the dictionary to add to the guide</translation>
    </message>
    <message>
        <source>A&amp;dd material</source>
        <translation>A&amp;dd material</translation>
    </message>
    <message>
        <source>Adds the chosen dictionary material to the guide</source>
        <translation>Adds the chosen dictionary material to the guide</translation>
    </message>
    <message>
        <source>&amp;Remove material</source>
        <translation>&amp;Remove material</translation>
    </message>
    <message>
        <source>Removes the chosen material from the guide</source>
        <translation>Removes the chosen material from the guide</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Add:</translation>
    </message>
    <message>
        <source>The guide asks for %1 already.</source>
        <translation>The guide asks for %1 already.</translation>
    </message>
    <message>
        <source>&amp;Save drafts</source>
        <translation>&amp;Save drafts</translation>
    </message>
    <message>
        <source>Keeps every edit as a draft; the counters see nothing before Publish</source>
        <translation>Keeps every edit as a draft; the counters see nothing before Publish</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Compare versions…</translation>
    </message>
    <message>
        <source>Shows two versions of this item&apos;s guide side by side</source>
        <translation>Shows two versions of this item&apos;s guide side by side</translation>
    </message>
    <message>
        <source>Materials dictionary</source>
        <translation>Materials dictionary</translation>
    </message>
    <message>
        <source>Every material key guides may use; choose one to edit it below</source>
        <translation>Every material key guides may use; choose one to edit it below</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Replaceable by</source>
        <translation>Replaceable by</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Material key</source>
        <translation>Material key</translation>
    </message>
    <message>
        <source>Canonical key: lower-case letters, digits and _, e.g. id_card</source>
        <translation>Canonical key: lower-case letters, digits and _, e.g. id_card</translation>
    </message>
    <message>
        <source>Material name</source>
        <translation>Material name</translation>
    </message>
    <message>
        <source>The name applicants read</source>
        <translation>The name applicants read</translation>
    </message>
    <message>
        <source>Material description</source>
        <translation>Material description</translation>
    </message>
    <message>
        <source>What exactly is asked for</source>
        <translation>What exactly is asked for</translation>
    </message>
    <message>
        <source>What can replace the paper: an e-licence or shared data</source>
        <translation>What can replace the paper: an e-licence or shared data</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Replaceable by:</source>
        <translation>&amp;Replaceable by:</translation>
    </message>
    <message>
        <source>Sa&amp;ve material</source>
        <translation>Sa&amp;ve material</translation>
    </message>
    <message>
        <source>Adds the material to the dictionary, or changes the one with this key</source>
        <translation>Adds the material to the dictionary, or changes the one with this key</translation>
    </message>
    <message>
        <source>Problems to fix before publishing:</source>
        <translation>Problems to fix before publishing:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>What stops the publication, one problem per line</source>
        <translation>What stops the publication, one problem per line</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>The day the new version takes effect</source>
        <translation>The day the new version takes effect</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Change note</translation>
    </message>
    <message>
        <source>What changed, in a sentence; kept with the version</source>
        <translation>What changed, in a sentence; kept with the version</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>&amp;Effective on:</translation>
    </message>
    <message>
        <source>Change &amp;note:</source>
        <translation>Change &amp;note:</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>Lists what would stop a publication now</source>
        <translation>Lists what would stop a publication now</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Checks everything, then puts the drafts in force as the next version</source>
        <translation>Checks everything, then puts the drafts in force as the next version</translation>
    </message>
    <message>
        <source>Imp&amp;ort file…</source>
        <translation>Imp&amp;ort file…</translation>
    </message>
    <message>
        <source>A catalog (JSON or CSV) or one guide (JSON) as a draft; a bad file changes nothing</source>
        <translation>A catalog (JSON or CSV) or one guide (JSON) as a draft; a bad file changes nothing</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Saves the working catalog as JSON</source>
        <translation>Saves the working catalog as JSON</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <source>Saves the working catalog as CSV (UTF-8 with BOM, for Excel)</source>
        <translation>Saves the working catalog as CSV (UTF-8 with BOM, for Excel)</translation>
    </message>
    <message>
        <source>Import a catalog or guide</source>
        <translation>Import a catalog or guide</translation>
    </message>
    <message>
        <source>Catalog or guide (*.json *.csv)</source>
        <translation>Catalog or guide (*.json *.csv)</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Export the catalog</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Published versions:</source>
        <translation>Published versions:</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Published versions</translation>
    </message>
    <message>
        <source>Every version published so far, newest first; none is ever changed</source>
        <translation>Every version published so far, newest first; none is ever changed</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ledger summary</source>
        <translation>Ledger summary</translation>
    </message>
    <message>
        <source>How many items count towards the plan&apos;s targets</source>
        <translation>How many items count towards the plan&apos;s targets</translation>
    </message>
    <message>
        <source>Enterprise items against the target</source>
        <translation>Enterprise items against the target</translation>
    </message>
    <message>
        <source>Enterprise items with at least one mark, of 100</source>
        <translation>Enterprise items with at least one mark, of 100</translation>
    </message>
    <message>
        <source>Individual items against the target</source>
        <translation>Individual items against the target</translation>
    </message>
    <message>
        <source>Individual items with at least one mark, of 100</source>
        <translation>Individual items with at least one mark, of 100</translation>
    </message>
    <message>
        <source>Enterprise (E):</source>
        <translation>Enterprise (E):</translation>
    </message>
    <message>
        <source>Individual (P):</source>
        <translation>Individual (P):</translation>
    </message>
    <message>
        <source>极简办: the guide in force promises fewer days than the law, lets an e-licence or shared data replace a material, or has fewer than 4 steps. 集成办: the item is in a scene (一件事) with other items, each with a guide. 全域办: the item&apos;s cross-region flag (全省通办).</source>
        <translation>极简办: the guide in force promises fewer days than the law, lets an e-licence or shared data replace a material, or has fewer than 4 steps. 集成办: the item is in a scene (一件事) with other items, each with a guide. 全域办: the item&apos;s cross-region flag (全省通办).</translation>
    </message>
    <message>
        <source>How the ledger counts</source>
        <translation>How the ledger counts</translation>
    </message>
    <message>
        <source>Plan ledger</source>
        <translation>Plan ledger</translation>
    </message>
    <message>
        <source>One row per item with its three marks</source>
        <translation>One row per item with its three marks</translation>
    </message>
    <message>
        <source>极简办</source>
        <translation>极简办</translation>
    </message>
    <message>
        <source>集成办</source>
        <translation>集成办</translation>
    </message>
    <message>
        <source>全域办</source>
        <translation>全域办</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>The year whose days off and make-up workdays are shown</source>
        <translation>The year whose days off and make-up workdays are shown</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>Calendar version</translation>
    </message>
    <message>
        <source>Which version of the year is shown</source>
        <translation>Which version of the year is shown</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>The State Council notice the days come from</source>
        <translation>The State Council notice the days come from</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Notice:</translation>
    </message>
    <message>
        <source>Days of the year</source>
        <translation>Days of the year</translation>
    </message>
    <message>
        <source>Every day off and make-up workday of the year; Delete removes one</source>
        <translation>Every day off and make-up workday of the year; Delete removes one</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>The date to add</source>
        <translation>The date to add</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>Kind of day</translation>
    </message>
    <message>
        <source>A day off (放假) or a make-up workday on a weekend (调休上班)</source>
        <translation>A day off (放假) or a make-up workday on a weekend (调休上班)</translation>
    </message>
    <message>
        <source>day off (放假)</source>
        <translation>day off (放假)</translation>
    </message>
    <message>
        <source>make-up workday (调休上班)</source>
        <translation>make-up workday (调休上班)</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Holiday name</translation>
    </message>
    <message>
        <source>The holiday the day belongs to, e.g. 春节 or 春节调休</source>
        <translation>The holiday the day belongs to, e.g. 春节 or 春节调休</translation>
    </message>
    <message>
        <source>A&amp;dd day</source>
        <translation>A&amp;dd day</translation>
    </message>
    <message>
        <source>Adds the day to the year&apos;s list</source>
        <translation>Adds the day to the year&apos;s list</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>&amp;Remove day</translation>
    </message>
    <message>
        <source>Removes the chosen day from the list</source>
        <translation>Removes the chosen day from the list</translation>
    </message>
    <message>
        <source>Sa&amp;ve calendar draft</source>
        <translation>Sa&amp;ve calendar draft</translation>
    </message>
    <message>
        <source>Checks the year and keeps it as a draft</source>
        <translation>Checks the year and keeps it as a draft</translation>
    </message>
    <message>
        <source>Pu&amp;blish calendar</source>
        <translation>Pu&amp;blish calendar</translation>
    </message>
    <message>
        <source>Puts the year&apos;s draft in force: due dates are counted with it</source>
        <translation>Puts the year&apos;s draft in force: due dates are counted with it</translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation>not published yet</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (in force)</translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation>make-up workday</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>Name the holiday the day belongs to (e.g. 春节).</source>
        <translation>Name the holiday the day belongs to (e.g. 春节).</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 is in the list already.</translation>
    </message>
    <message>
        <source>Added %1; save the draft to keep it.</source>
        <translation>Added %1; save the draft to keep it.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved the calendar of %1 as draft %2; publish it to count due dates with it.</source>
        <translation>Saved the calendar of %1 as draft %2; publish it to count due dates with it.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 of %2 items</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items count towards the target of %4 — 极简办 %5, 集成办 %6, 全域办 %7.</source>
        <translation>%1: %2 of %3 items count towards the target of %4 — 极简办 %5, 集成办 %6, 全域办 %7.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>fewer days</source>
        <translation>fewer days</translation>
    </message>
    <message>
        <source>fewer materials</source>
        <translation>fewer materials</translation>
    </message>
    <message>
        <source>fewer steps</source>
        <translation>fewer steps</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2 / %3 %4</source>
        <translation>%1 %2 / %3 %4</translation>
    </message>
    <message>
        <source>No guide yet: import one (JSON) on the Publish page.</source>
        <translation>No guide yet: import one (JSON) on the Publish page.</translation>
    </message>
    <message>
        <source>Version %1 with changes not saved yet</source>
        <translation>Version %1 with changes not saved yet</translation>
    </message>
    <message>
        <source>Version %1, a draft</source>
        <translation>Version %1, a draft</translation>
    </message>
    <message>
        <source>Version %1, published</source>
        <translation>Version %1, published</translation>
    </message>
    <message>
        <source>the administrator screen</source>
        <translation>the administrator screen</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first:</source>
        <translation>
            <numerusform>Not saved: %n problem(s) to fix first:</numerusform>
            <numerusform>Not saved: %n problem(s) to fix first:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as a draft; publish to put it in force.</source>
        <translation>Saved as a draft; publish to put it in force.</translation>
    </message>
    <message>
        <source>Saved as drafts: %1. Publish to put them in force.</source>
        <translation>Saved as drafts: %1. Publish to put them in force.</translation>
    </message>
    <message>
        <source>No problems: ready to publish.</source>
        <translation>No problems: ready to publish.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before publishing (listed on the Publish page).</source>
        <translation>
            <numerusform>%n problem(s) to fix before publishing (listed on the Publish page).</numerusform>
            <numerusform>%n problem(s) to fix before publishing (listed on the Publish page).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what changed in the change note before publishing.</source>
        <translation>Say what changed in the change note before publishing.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix first (listed on the Publish page).</source>
        <translation>
            <numerusform>Not published: %n problem(s) to fix first (listed on the Publish page).</numerusform>
            <numerusform>Not published: %n problem(s) to fix first (listed on the Publish page).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB: not a catalog or guide.</source>
        <translation>%1 is larger than 32 MB: not a catalog or guide.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Imported %1 as a draft; publish to put it in force.</source>
        <translation>Imported %1 as a draft; publish to put it in force.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved the catalog (%1 items) to %2.</source>
        <translation>Saved the catalog (%1 items) to %2.</translation>
    </message>
    <message>
        <source>%1 has no guide to compare.</source>
        <translation>%1 has no guide to compare.</translation>
    </message>
    <message>
        <source>%1 v%2 is missing.</source>
        <translation>%1 v%2 is missing.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>The steps of the procedure in order; F2 edits the chosen one, Insert adds one after it, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>The steps of the procedure in order; F2 edits the chosen one, Insert adds one after it, Delete removes it, Alt+Up and Alt+Down move it</translation>
    </message>
    <message>
        <source>Wor&amp;kflow steps:</source>
        <translation>Wor&amp;kflow steps:</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <source>Adds a step after the chosen one and opens its name for editing</source>
        <translation>Adds a step after the chosen one and opens its name for editing</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Removes the chosen step</source>
        <translation>Removes the chosen step</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Moves the chosen step one place earlier</source>
        <translation>Moves the chosen step one place earlier</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Moves the chosen step one place later</source>
        <translation>Moves the chosen step one place later</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>Fees charged</source>
        <translation>Fees charged</translation>
    </message>
    <message>
        <source>Ticked when the applicant pays a fee for the item</source>
        <translation>Ticked when the applicant pays a fee for the item</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>What is charged and how much, or why it is free</source>
        <translation>What is charged and how much, or why it is free</translation>
    </message>
    <message>
        <source>What is charged</source>
        <translation>What is charged</translation>
    </message>
    <message>
        <source>Basis of the fees</source>
        <translation>Basis of the fees</translation>
    </message>
    <message>
        <source>The rule that sets the fee</source>
        <translation>The rule that sets the fee</translation>
    </message>
    <message>
        <source>Basis of the fee</source>
        <translation>Basis of the fee</translation>
    </message>
    <message>
        <source>&amp;Fees:</source>
        <translation>&amp;Fees:</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>The laws and rules the item rests on, one per line; the article after a |, e.g. 《公司法》 | 第二十九条</source>
        <translation>The laws and rules the item rests on, one per line; the article after a |, e.g. 《公司法》 | 第二十九条</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <source>Handling location</source>
        <translation>Handling location</translation>
    </message>
    <message>
        <source>Where the applicant hands the item in</source>
        <translation>Where the applicant hands the item in</translation>
    </message>
    <message>
        <source>&amp;Where to apply:</source>
        <translation>&amp;Where to apply:</translation>
    </message>
    <message>
        <source>Create &amp;guide</source>
        <translation>Create &amp;guide</translation>
    </message>
    <message>
        <source>Starts a guide for an item that has none, as a draft checked on publishing</source>
        <translation>Starts a guide for an item that has none, as a draft checked on publishing</translation>
    </message>
    <message>
        <source>Item and guide</source>
        <translation>Item and guide</translation>
    </message>
    <message>
        <source>The fields of the chosen item and its guide</source>
        <translation>The fields of the chosen item and its guide</translation>
    </message>
    <message>
        <source>No guide yet: create one (Create guide) or import one on the Publish page.</source>
        <translation>No guide yet: create one (Create guide) or import one on the Publish page.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Choose an item first: a guide belongs to an item.</source>
        <translation>Choose an item first: a guide belongs to an item.</translation>
    </message>
    <message>
        <source>%1 has a guide already.</source>
        <translation>%1 has a guide already.</translation>
    </message>
    <message>
        <source>A new guide for %1: fill it in, then save or publish it.</source>
        <translation>A new guide for %1: fill it in, then save or publish it.</translation>
    </message>
    <message>
        <source>New sub-item code</source>
        <translation>New sub-item code</translation>
    </message>
    <message>
        <source>The code of a new sub-item: the item&apos;s code, a dot and the next number</source>
        <translation>The code of a new sub-item: the item&apos;s code, a dot and the next number</translation>
    </message>
    <message>
        <source>New sub-item name</source>
        <translation>New sub-item name</translation>
    </message>
    <message>
        <source>The name of the new sub-item</source>
        <translation>The name of the new sub-item</translation>
    </message>
    <message>
        <source>Name of the new sub-item</source>
        <translation>Name of the new sub-item</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Add sub-item</translation>
    </message>
    <message>
        <source>Adds the sub-item under the chosen item, as part of the draft catalog</source>
        <translation>Adds the sub-item under the chosen item, as part of the draft catalog</translation>
    </message>
    <message>
        <source>New sub-item:</source>
        <translation>New sub-item:</translation>
    </message>
    <message>
        <source>Remove sub-item</source>
        <translation>Remove sub-item</translation>
    </message>
    <message>
        <source>Removes the chosen sub-item from the draft catalog, unless a case uses it</source>
        <translation>Removes the chosen sub-item from the draft catalog, unless a case uses it</translation>
    </message>
    <message>
        <source>Choose the item the sub-item belongs to first.</source>
        <translation>Choose the item the sub-item belongs to first.</translation>
    </message>
    <message>
        <source>The sub-item code %1 is not the next one under %2: sub-item codes are consecutive, the next is %3.</source>
        <translation>The sub-item code %1 is not the next one under %2: sub-item codes are consecutive, the next is %3.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The code %1 is used already.</source>
        <translation>The code %1 is used already.</translation>
    </message>
    <message>
        <source>Give the new sub-item %1 a name.</source>
        <translation>Give the new sub-item %1 a name.</translation>
    </message>
    <message>
        <source>Added the sub-item %1 %2 to the draft catalog; save or publish to keep it.</source>
        <translation>Added the sub-item %1 %2 to the draft catalog; save or publish to keep it.</translation>
    </message>
    <message>
        <source>Choose the sub-item to remove first.</source>
        <translation>Choose the sub-item to remove first.</translation>
    </message>
    <message>
        <source>The sub-item %1 is not removed: sub-item codes stay consecutive, so only the last one (%2) can be removed.</source>
        <translation>The sub-item %1 is not removed: sub-item codes stay consecutive, so only the last one (%2) can be removed.</translation>
    </message>
    <message numerus="yes">
        <source>The sub-item %1 is not removed: %n case(s) use it.</source>
        <translation>
            <numerusform>The sub-item %1 is not removed: %n case uses it.</numerusform>
            <numerusform>The sub-item %1 is not removed: %n cases use it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the sub-item %1 from the draft catalog; save or publish to keep it.</source>
        <translation>Removed the sub-item %1 from the draft catalog; save or publish to keep it.</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>Step description</translation>
    </message>
    <message>
        <source>What happens in the chosen step, as the printed guide says it</source>
        <translation>What happens in the chosen step, as the printed guide says it</translation>
    </message>
    <message>
        <source>What happens in this step</source>
        <translation>What happens in this step</translation>
    </message>
    <message>
        <source>Step te&amp;xt:</source>
        <translation>Step te&amp;xt:</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>When the item is handled, as the guide says it</source>
        <translation>When the item is handled, as the guide says it</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>Enquiry phone</source>
        <translation>Enquiry phone</translation>
    </message>
    <message>
        <source>The phone for questions (咨询电话): 12345, a mobile or a landline</source>
        <translation>The phone for questions (咨询电话): 12345, a mobile or a landline</translation>
    </message>
    <message>
        <source>Complaint phone</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>The phone for complaints (监督电话): 12345, a mobile or a landline</source>
        <translation>The phone for complaints (监督电话): 12345, a mobile or a landline</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>Complaints:</translation>
    </message>
    <message>
        <source>En&amp;quiries:</source>
        <translation>En&amp;quiries:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Central store</translation>
    </message>
    <message>
        <source>Whether every publication made here has reached the central store</source>
        <translation>Whether every publication made here has reached the central store</translation>
    </message>
    <message>
        <source>Send to &amp;central</source>
        <translation>Send to &amp;central</translation>
    </message>
    <message>
        <source>Sends the versions published here that the central store does not have yet</source>
        <translation>Sends the versions published here that the central store does not have yet</translation>
    </message>
    <message>
        <source>The calendar of %1 is in force as version %2: due dates count with it from now on.</source>
        <translation>The calendar of %1 is in force as version %2: due dates count with it from now on.</translation>
    </message>
    <message>
        <source>draft: waits for Publish</source>
        <translation>draft: waits for Publish</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Published version %1, effective %2: %3 items, %4 guides.</source>
        <translation>Published version %1, effective %2: %3 items, %4 guides.</translation>
    </message>
    <message>
        <source>Materials brought into force: %1.</source>
        <translation>Materials brought into force: %1.</translation>
    </message>
    <message>
        <source>Saved the material %1 — %2 as a draft: the counters keep the dictionary in force until the next Publish.</source>
        <translation>Saved the material %1 — %2 as a draft: the counters keep the dictionary in force until the next Publish.</translation>
    </message>
    <message>
        <source>No central store is configured: publications stay on this workstation (owctl sync --central URL sets one).</source>
        <translation>No central store is configured: publications stay on this workstation (owctl sync --central URL sets one).</translation>
    </message>
    <message>
        <source>Central store: everything published here has been sent.</source>
        <translation>Central store: everything published here has been sent.</translation>
    </message>
    <message>
        <source>Not in the central store yet: %1. It is sent on the next sync, or now with Send to central.</source>
        <translation>Not in the central store yet: %1. It is sent on the next sync, or now with Send to central.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Last attempt: %1</translation>
    </message>
    <message>
        <source>No central store is configured: it is in force on this workstation only.</source>
        <translation>No central store is configured: it is in force on this workstation only.</translation>
    </message>
    <message>
        <source>Offline: the central store cannot be reached now, so it is in force here only; it is sent on the next sync, or with Send to central. (%1)</source>
        <translation>Offline: the central store cannot be reached now, so it is in force here only; it is sent on the next sync, or with Send to central. (%1)</translation>
    </message>
    <message>
        <source>Sent to the central store: every counter takes it on its next sync.</source>
        <translation>Sent to the central store: every counter takes it on its next sync.</translation>
    </message>
</context>
<context>
    <name>ow::CatalogCsv</name>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>line %1: a quoted cell is not closed</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file has a header but no items</source>
        <translation>the file has a header but no items</translation>
    </message>
    <message>
        <source>line %1: %2 cells, the header has %3</source>
        <translation>line %1: %2 cells, the header has %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be E (enterprise) or P (person)</source>
        <translation>must be E (enterprise) or P (person)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage code of lifecycle %2 (like %2%3)</source>
        <translation>&quot;%1&quot; is not a stage code of lifecycle %2 (like %2%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scene code of stage %2</source>
        <translation>&quot;%1&quot; is not a scene code of stage %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item code (like %2001)</source>
        <translation>&quot;%1&quot; is not an item code (like %2001)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>must be a whole number from 1</translation>
    </message>
    <message>
        <source>lifecycle %1 is named &quot;%2&quot; on an earlier line</source>
        <translation>lifecycle %1 is named &quot;%2&quot; on an earlier line</translation>
    </message>
    <message>
        <source>stage %1 is given differently on an earlier line</source>
        <translation>stage %1 is given differently on an earlier line</translation>
    </message>
    <message>
        <source>scene %1 is given differently on an earlier line</source>
        <translation>scene %1 is given differently on an earlier line</translation>
    </message>
    <message>
        <source>item %1 is already in scene %2</source>
        <translation>item %1 is already in scene %2</translation>
    </message>
    <message>
        <source>item %1 has a row already, on line %2</source>
        <translation>item %1 has a row already, on line %2</translation>
    </message>
    <message>
        <source>sub-item %1 comes before the row of its item %2</source>
        <translation>sub-item %1 comes before the row of its item %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sub-item code of item %2 (like %2.1)</source>
        <translation>&quot;%1&quot; is not a sub-item code of item %2 (like %2.1)</translation>
    </message>
    <message>
        <source>sub-item %1 has a row already, on line %2</source>
        <translation>sub-item %1 has a row already, on line %2</translation>
    </message>
    <message>
        <source>line 1: the header must be exactly: %1 (cross_region may follow)</source>
        <translation>line 1: the header must be exactly: %1 (cross_region may follow)</translation>
    </message>
    <message>
        <source>line %1, column cross_region: write 1 (全域办) or 0, not &quot;%2&quot;</source>
        <translation>line %1, column cross_region: write 1 (全域办) or 0, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1, column cross_region: only an item&apos;s own row has the flag</source>
        <translation>line %1, column cross_region: only an item&apos;s own row has the flag</translation>
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
    <message>
        <source>cross_region must be true or false</source>
        <translation>cross_region must be true or false</translation>
    </message>
</context>
<context>
    <name>ow::CatalogPublisher</name>
    <message>
        <source>Cannot read the draft catalog from %1: %2</source>
        <translation>Cannot read the draft catalog from %1: %2</translation>
    </message>
    <message>
        <source>the draft catalog</source>
        <translation>the draft catalog</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1: the guide is for %2, which is not an item or sub-item of the catalog.</source>
        <translation>%1: the guide is for %2, which is not an item or sub-item of the catalog.</translation>
    </message>
    <message>
        <source>guide %1 version %2 (draft)</source>
        <translation>guide %1 version %2 (draft)</translation>
    </message>
    <message>
        <source>Cannot store the draft catalog in %1: %2</source>
        <translation>Cannot store the draft catalog in %1: %2</translation>
    </message>
    <message>
        <source>draft catalog: %1 items, %2 sub-items</source>
        <translation>draft catalog: %1 items, %2 sub-items</translation>
    </message>
    <message>
        <source>Cannot read the published versions from %1: %2</source>
        <translation>Cannot read the published versions from %1: %2</translation>
    </message>
    <message>
        <source>the published catalog</source>
        <translation>the published catalog</translation>
    </message>
    <message>
        <source>Say what changed: a publication needs a note.</source>
        <translation>Say what changed: a publication needs a note.</translation>
    </message>
    <message>
        <source>A publication needs the date it takes effect.</source>
        <translation>A publication needs the date it takes effect.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix first:</source>
        <translation>
            <numerusform>Not published: %n problem(s) to fix first:</numerusform>
            <numerusform>Not published: %n problem(s) to fix first:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot publish the guides in %1: %2</source>
        <translation>Cannot publish the guides in %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the published version in %1: %2</source>
        <translation>Cannot store the published version in %1: %2</translation>
    </message>
    <message>
        <source>published catalog</source>
        <translation>published catalog</translation>
    </message>
    <message>
        <source>Cannot read the guide drafts from %1: %2</source>
        <translation>Cannot read the guide drafts from %1: %2</translation>
    </message>
    <message>
        <source>The material key &quot;%1&quot; must be 2 to 64 lower-case letters, digits or _, starting with a letter.</source>
        <translation>The material key &quot;%1&quot; must be 2 to 64 lower-case letters, digits or _, starting with a letter.</translation>
    </message>
    <message>
        <source>The material %1 needs a name.</source>
        <translation>The material %1 needs a name.</translation>
    </message>
    <message>
        <source>Cannot store the material %1 in %2: %3</source>
        <translation>Cannot store the material %1 in %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the cases from %1: %2</source>
        <translation>Cannot read the cases from %1: %2</translation>
    </message>
    <message>
        <source>Cannot publish the materials dictionary in %1: %2</source>
        <translation>Cannot publish the materials dictionary in %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the materials dictionary from %1: %2</source>
        <translation>Cannot read the materials dictionary from %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the materials drafts from %1: %2</source>
        <translation>Cannot read the materials drafts from %1: %2</translation>
    </message>
    <message>
        <source>There is no catalog version %1 in %2.</source>
        <translation>There is no catalog version %1 in %2.</translation>
    </message>
    <message>
        <source>the dictionary of catalog version %1</source>
        <translation>the dictionary of catalog version %1</translation>
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
    <name>ow::CentralCopy</name>
    <message>
        <source>The connection to the central store is not a PostgreSQL one.</source>
        <translation>The connection to the central store is not a PostgreSQL one.</translation>
    </message>
    <message>
        <source>The connection to the central store is closed.</source>
        <translation>The connection to the central store is closed.</translation>
    </message>
    <message>
        <source>The PostgreSQL client library libpq cannot be loaded: %1</source>
        <translation>The PostgreSQL client library libpq cannot be loaded: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL client library libpq has no %1.</source>
        <translation>The PostgreSQL client library libpq has no %1.</translation>
    </message>
    <message>
        <source>The central store gave no answer.</source>
        <translation>The central store gave no answer.</translation>
    </message>
</context>
<context>
    <name>ow::CentralPublications</name>
    <message>
        <source>Cannot read the publications waiting for the central store in %1: %2</source>
        <translation>Cannot read the publications waiting for the central store in %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the sync state of %1: %2</source>
        <translation>Cannot read the sync state of %1: %2</translation>
    </message>
    <message>
        <source>catalog version %1</source>
        <translation>catalog version %1</translation>
    </message>
    <message>
        <source>holiday calendar %1</source>
        <translation>holiday calendar %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The central store did not take %1: %2</source>
        <translation>The central store did not take %1: %2</translation>
    </message>
    <message>
        <source>Sent %1, but cannot note it in %2: %3</source>
        <translation>Sent %1, but cannot note it in %2: %3</translation>
    </message>
    <message>
        <source>No central store is configured for this workstation (owctl sync --central URL).</source>
        <translation>No central store is configured for this workstation (owctl sync --central URL).</translation>
    </message>
</context>
<context>
    <name>ow::CentralSchema</name>
    <message>
        <source>Cannot read the central schema version: %1</source>
        <translation>Cannot read the central schema version: %1</translation>
    </message>
    <message>
        <source>Cannot update the central schema: %1</source>
        <translation>Cannot update the central schema: %1</translation>
    </message>
    <message>
        <source>The central store has schema version %1, but this OneWindow knows versions up to %2 only; it was left unchanged.</source>
        <translation>The central store has schema version %1, but this OneWindow knows versions up to %2 only; it was left unchanged.</translation>
    </message>
    <message>
        <source>Updating the central schema to version %1 (%2) failed: %3. It stays at version %4.</source>
        <translation>Updating the central schema to version %1 (%2) failed: %3. It stays at version %4.</translation>
    </message>
    <message>
        <source>Cannot record the central schema version: %1</source>
        <translation>Cannot record the central schema version: %1</translation>
    </message>
    <message>
        <source>A center code is 2 to 16 letters or digits; &apos;%1&apos; is not.</source>
        <translation>A center code is 2 to 16 letters or digits; &apos;%1&apos; is not.</translation>
    </message>
    <message>
        <source>The center needs a name.</source>
        <translation>The center needs a name.</translation>
    </message>
    <message>
        <source>The center&apos;s password needs at least 8 characters.</source>
        <translation>The center&apos;s password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>Cannot add the center %1: %2</source>
        <translation>Cannot add the center %1: %2</translation>
    </message>
    <message>
        <source>Cannot publish %1 %2: %3</source>
        <translation>Cannot publish %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>ow::CentralSettings</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>&apos;%1&apos; is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>the central address</source>
        <translation>the central address</translation>
    </message>
    <message>
        <source>The central address has an option &apos;%1&apos; that OneWindow does not pass on; known: %2.</source>
        <translation>The central address has an option &apos;%1&apos; that OneWindow does not pass on; known: %2.</translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; of the central address is not a number.</source>
        <translation>The port &apos;%1&apos; of the central address is not a number.</translation>
    </message>
    <message>
        <source>The option %1 of the central address contains a space or &apos;;&apos;.</source>
        <translation>The option %1 of the central address contains a space or &apos;;&apos;.</translation>
    </message>
    <message>
        <source>The password of the central login is empty or has a line break.</source>
        <translation>The password of the central login is empty or has a line break.</translation>
    </message>
    <message>
        <source>Cannot store the central password in %1: %2</source>
        <translation>Cannot store the central password in %1: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the central store %1: %2</source>
        <translation>Cannot reach the central store %1: %2</translation>
    </message>
    <message>
        <source>There is no desktop session (DBUS_SESSION_BUS_ADDRESS is not set), so no system keychain can be reached.</source>
        <translation>There is no desktop session (DBUS_SESSION_BUS_ADDRESS is not set), so no system keychain can be reached.</translation>
    </message>
    <message>
        <source>The system keychain refused the password: %1</source>
        <translation>The system keychain refused the password: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>The system keychain did not answer within %1 seconds.</translation>
    </message>
</context>
<context>
    <name>ow::ChecklistModel</name>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>waived (shared data)</source>
        <translation>waived (shared data)</translation>
    </message>
    <message>
        <source>Needed by %1</source>
        <translation>Needed by %1</translation>
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
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
</context>
<context>
    <name>ow::CreditCode</name>
    <message>
        <source>no credit code given</source>
        <translation>no credit code given</translation>
    </message>
    <message>
        <source>the letter %1 (character %2) is never used in a credit code: I, O, Z, S and V are left out</source>
        <translation>the letter %1 (character %2) is never used in a credit code: I, O, Z, S and V are left out</translation>
    </message>
    <message>
        <source>a credit code has no spaces inside (character %1)</source>
        <translation>a credit code has no spaces inside (character %1)</translation>
    </message>
    <message>
        <source>only digits and capital letters are allowed, not %1 (character %2)</source>
        <translation>only digits and capital letters are allowed, not %1 (character %2)</translation>
    </message>
    <message>
        <source>18 characters expected, got %1</source>
        <translation>18 characters expected, got %1</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2 (accepted: codes from early pilots may not follow the rule)</source>
        <translation>the check character should be %1, not %2 (accepted: codes from early pilots may not follow the rule)</translation>
    </message>
</context>
<context>
    <name>ow::DailySummary</name>
    <message>
        <source>Cannot update the dashboard&apos;s summary in %1: %2</source>
        <translation>Cannot update the dashboard&apos;s summary in %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::DashboardView</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>none rated</source>
        <translation>none rated</translation>
    </message>
    <message>
        <source>minimal (极简办)</source>
        <translation>minimal (极简办)</translation>
    </message>
    <message>
        <source>integrated (集成办)</source>
        <translation>integrated (集成办)</translation>
    </message>
    <message>
        <source>anywhere (全域办)</source>
        <translation>anywhere (全域办)</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>One window</translation>
    </message>
    <message>
        <source>One clerk</source>
        <translation>One clerk</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Cases by hour</source>
        <translation>Cases by hour</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Cases by stage</translation>
    </message>
    <message>
        <source>Open cases by days to deadline</source>
        <translation>Open cases by days to deadline</translation>
    </message>
    <message>
        <source>Cases by scene (top 20)</source>
        <translation>Cases by scene (top 20)</translation>
    </message>
    <message>
        <source>Cases by item (top 20)</source>
        <translation>Cases by item (top 20)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation>Satisfaction trend</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>Assisted service</translation>
    </message>
    <message>
        <source>Click a bar or slice to list its cases.</source>
        <translation>Click a bar or slice to list its cases.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Plan ledger (双全双百): items handled, target 100 each</source>
        <translation>Plan ledger (双全双百): items handled, target 100 each</translation>
    </message>
    <message>
        <source>Enter the user name of the clerk.</source>
        <translation>Enter the user name of the clerk.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>%1 cases · accepted %2 · supplement requested %3 · refused %4 · undecided %5 · handling time median %6, 90th percentile %7 · satisfaction %8 of %9 rated · assisted %10</source>
        <translation>%1 cases · accepted %2 · supplement requested %3 · refused %4 · undecided %5 · handling time median %6, 90th percentile %7 · satisfaction %8 of %9 rated · assisted %10</translation>
    </message>
    <message>
        <source>Overdue open cases on %1: %2</source>
        <translation>Overdue open cases on %1: %2</translation>
    </message>
    <message>
        <source>received %1:00–%1:59</source>
        <translation>received %1:00–%1:59</translation>
    </message>
    <message>
        <source>Accepted (受理)</source>
        <translation>Accepted (受理)</translation>
    </message>
    <message>
        <source>Supplement (补正)</source>
        <translation>Supplement (补正)</translation>
    </message>
    <message>
        <source>Refused (不予受理)</source>
        <translation>Refused (不予受理)</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>deadline: %1</translation>
    </message>
    <message>
        <source>Ratings · satisfaction %1</source>
        <translation>Ratings · satisfaction %1</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>rated %1</translation>
    </message>
    <message>
        <source>Satisfaction %</source>
        <translation>Satisfaction %</translation>
    </message>
    <message>
        <source>assisted</source>
        <translation>assisted</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>through an agent</source>
        <translation>through an agent</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>Cases behind &quot;%1&quot;: %2</source>
        <translation>Cases behind &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>window %1</translation>
    </message>
    <message>
        <source>clerk %1</source>
        <translation>clerk %1</translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>Daily report %1</translation>
    </message>
    <message>
        <source>Plan ledger (双全双百)</source>
        <translation>Plan ledger (双全双百)</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Export the figures as CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source> (0 to 23 h)</source>
        <translation> (0 to 23 h)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>The charts, the work plan and the cases behind a bar.</source>
        <translation>The charts, the work plan and the cases behind a bar.</translation>
    </message>
    <message>
        <source>The hall&apos;s figures of a day or a period: charts, the work plan and the cases behind a bar.</source>
        <translation>The hall&apos;s figures of a day or a period: charts, the work plan and the cases behind a bar.</translation>
    </message>
    <message>
        <source>The first day of the figures.</source>
        <translation>The first day of the figures.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The last day of the figures.</source>
        <translation>The last day of the figures.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The whole hall, one window or one clerk.</source>
        <translation>The whole hall, one window or one clerk.</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>The window whose figures are shown (scope: one window).</source>
        <translation>The window whose figures are shown (scope: one window).</translation>
    </message>
    <message>
        <source>The user name of the clerk whose figures are shown (scope: one clerk).</source>
        <translation>The user name of the clerk whose figures are shown (scope: one clerk).</translation>
    </message>
    <message>
        <source>Shows the figures of the period and scope chosen.</source>
        <translation>Shows the figures of the period and scope chosen.</translation>
    </message>
    <message>
        <source>Writes the figures with their charts to a PDF file.</source>
        <translation>Writes the figures with their charts to a PDF file.</translation>
    </message>
    <message>
        <source>Writes one row per figure to a CSV file.</source>
        <translation>Writes one row per figure to a CSV file.</translation>
    </message>
    <message>
        <source>Chart: cases received in each hour; a bar lists its cases.</source>
        <translation>Chart: cases received in each hour; a bar lists its cases.</translation>
    </message>
    <message>
        <source>Chart: decisions taken; a slice lists its cases.</source>
        <translation>Chart: decisions taken; a slice lists its cases.</translation>
    </message>
    <message>
        <source>Chart: cases by stage of life; a bar lists its cases.</source>
        <translation>Chart: cases by stage of life; a bar lists its cases.</translation>
    </message>
    <message>
        <source>Chart: open cases by days to their deadline, overdue in red.</source>
        <translation>Chart: open cases by days to their deadline, overdue in red.</translation>
    </message>
    <message>
        <source>Chart: cases by scene.</source>
        <translation>Chart: cases by scene.</translation>
    </message>
    <message>
        <source>Chart: cases by item, the 20 most frequent.</source>
        <translation>Chart: cases by item, the 20 most frequent.</translation>
    </message>
    <message>
        <source>Chart: ratings 1 to 5 and the satisfaction rate.</source>
        <translation>Chart: ratings 1 to 5 and the satisfaction rate.</translation>
    </message>
    <message>
        <source>Chart: the satisfaction rate day by day.</source>
        <translation>Chart: the satisfaction rate day by day.</translation>
    </message>
    <message>
        <source>Chart: assisted-service cases by kind.</source>
        <translation>Chart: assisted-service cases by kind.</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>The work plan: milestones and lines with their figures.</source>
        <translation>The work plan: milestones and lines with their figures.</translation>
    </message>
    <message>
        <source>Cases behind the chart</source>
        <translation>Cases behind the chart</translation>
    </message>
    <message>
        <source>The cases behind the bar or slice chosen, without applicants.</source>
        <translation>The cases behind the bar or slice chosen, without applicants.</translation>
    </message>
    <message>
        <source>· home visits booked %1, visited %2, cancelled %3</source>
        <translation>· home visits booked %1, visited %2, cancelled %3</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>home visits booked</source>
        <translation>home visits booked</translation>
    </message>
    <message>
        <source>visited at home</source>
        <translation>visited at home</translation>
    </message>
    <message>
        <source>visits cancelled</source>
        <translation>visits cancelled</translation>
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
    <name>ow::DemoGenerator</name>
    <message>
        <source>Cannot read the cases from %1: %2</source>
        <translation>Cannot read the cases from %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n case(s) for centre %1, %2 to %3 (%4 working days) in %5 s.</source>
        <translation>
            <numerusform>Generated %n case for centre %1, %2 to %3 (%4 working days) in %5 s.</numerusform>
            <numerusform>Generated %n cases for centre %1, %2 to %3 (%4 working days) in %5 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicants: %1 distinct; %2 cases of people, of which elderly (60+) %3%, disabled %4%; %5% of all cases by an agent.</source>
        <translation>Applicants: %1 distinct; %2 cases of people, of which elderly (60+) %3%, disabled %4%; %5% of all cases by an agent.</translation>
    </message>
    <message>
        <source>Whole scenes (一件事): %1.</source>
        <translation>Whole scenes (一件事): %1.</translation>
    </message>
    <message>
        <source>Decisions: accepted %1 (%2%), supplement requested %3 (%4%), refused %5 (%6%).</source>
        <translation>Decisions: accepted %1 (%2%), supplement requested %3 (%4%), refused %5 (%6%).</translation>
    </message>
    <message>
        <source>At the end: %1 concluded or delivered, %2 archived, %3 withdrawn, %4 open.</source>
        <translation>At the end: %1 concluded or delivered, %2 archived, %3 withdrawn, %4 open.</translation>
    </message>
    <message>
        <source>Ratings: %1; rectifications: %2 (%3 open).</source>
        <translation>Ratings: %1; rectifications: %2 (%3 open).</translation>
    </message>
    <message>
        <source>--cases must be 1 to 5,000,000, not %1.</source>
        <translation>--cases must be 1 to 5,000,000, not %1.</translation>
    </message>
    <message>
        <source>--days must be 1 to 3,660, not %1.</source>
        <translation>--days must be 1 to 3,660, not %1.</translation>
    </message>
    <message>
        <source>The last day of the history is not a valid date.</source>
        <translation>The last day of the history is not a valid date.</translation>
    </message>
    <message>
        <source>The centre code &apos;%1&apos; cannot begin a case number.</source>
        <translation>The centre code &apos;%1&apos; cannot begin a case number.</translation>
    </message>
    <message>
        <source>The database has no catalog to take cases for.</source>
        <translation>The database has no catalog to take cases for.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n real case(s) (not generated); demo cases would be mixed with them. Use a new database, or --force to add them anyway.</source>
        <translation>
            <numerusform>%1 holds %n real case (not generated); demo cases would be mixed with them. Use a new database, or --force to add them anyway.</numerusform>
            <numerusform>%1 holds %n real cases (not generated); demo cases would be mixed with them. Use a new database, or --force to add them anyway.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no working day from %1 to %2.</source>
        <translation>There is no working day from %1 to %2.</translation>
    </message>
    <message>
        <source>Cannot store demo cases in %1: %2</source>
        <translation>Cannot store demo cases in %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::EvaluationRepository</name>
    <message>
        <source>Cannot read the case %1 from %2: %3</source>
        <translation>Cannot read the case %1 from %2: %3</translation>
    </message>
    <message>
        <source>There is no case %1 to rate.</source>
        <translation>There is no case %1 to rate.</translation>
    </message>
    <message>
        <source>The case %1 is not decided yet; it can be rated after the decision.</source>
        <translation>The case %1 is not decided yet; it can be rated after the decision.</translation>
    </message>
    <message>
        <source>A rating is 1 (very dissatisfied) to 5 (very satisfied), not %1.</source>
        <translation>A rating is 1 (very dissatisfied) to 5 (very satisfied), not %1.</translation>
    </message>
    <message>
        <source>A rating needs the time it was given.</source>
        <translation>A rating needs the time it was given.</translation>
    </message>
    <message>
        <source>A rectification is due 1 to 60 working days later, not %1.</source>
        <translation>A rectification is due 1 to 60 working days later, not %1.</translation>
    </message>
    <message>
        <source>A rating needs the user at whose window it was given.</source>
        <translation>A rating needs the user at whose window it was given.</translation>
    </message>
    <message>
        <source>Cannot store the rating in %1: %2</source>
        <translation>Cannot store the rating in %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the ratings from %1: %2</source>
        <translation>Cannot read the ratings from %1: %2</translation>
    </message>
    <message>
        <source>The case %1 has already been rated (%2); a case is rated once.</source>
        <translation>The case %1 has already been rated (%2); a case is rated once.</translation>
    </message>
    <message>
        <source>Cannot store the rating of %1 in %2: %3</source>
        <translation>Cannot store the rating of %1 in %2: %3</translation>
    </message>
    <message>
        <source>Cannot open the rectification of %1 in %2: %3</source>
        <translation>Cannot open the rectification of %1 in %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the rectifications from %1: %2</source>
        <translation>Cannot read the rectifications from %1: %2</translation>
    </message>
    <message>
        <source>The call-back record is empty.</source>
        <translation>The call-back record is empty.</translation>
    </message>
    <message>
        <source>Cannot store the call-back in %1: %2</source>
        <translation>Cannot store the call-back in %1: %2</translation>
    </message>
    <message>
        <source>There is no open rectification for the case %1.</source>
        <translation>There is no open rectification for the case %1.</translation>
    </message>
    <message>
        <source>A rectification is closed with a note saying what was done.</source>
        <translation>A rectification is closed with a note saying what was done.</translation>
    </message>
    <message>
        <source>Closing a rectification needs its time.</source>
        <translation>Closing a rectification needs its time.</translation>
    </message>
    <message>
        <source>Cannot close the rectification in %1: %2</source>
        <translation>Cannot close the rectification in %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::FileTransfer</name>
    <message>
        <source>Cannot read which files wait for the central store in %1: %2</source>
        <translation>Cannot read which files wait for the central store in %1: %2</translation>
    </message>
    <message>
        <source>The file %1 that a scan or signature waiting for the central store refers to cannot be read from %2 (%3); the rows wait in the outbox until it is there.</source>
        <translation>The file %1 that a scan or signature waiting for the central store refers to cannot be read from %2 (%3); the rows wait in the outbox until it is there.</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>not a file name</translation>
    </message>
    <message>
        <source>The file %1 in %2 is not an encrypted file of OneWindow&apos;s file store; it was not sent.</source>
        <translation>The file %1 in %2 is not an encrypted file of OneWindow&apos;s file store; it was not sent.</translation>
    </message>
    <message>
        <source>Cannot read the file %1 in %2: %3</source>
        <translation>Cannot read the file %1 in %2: %3</translation>
    </message>
    <message>
        <source>The central store did not take the list of files: %1</source>
        <translation>The central store did not take the list of files: %1</translation>
    </message>
    <message>
        <source>The central store answered about a file that was not asked for (%1).</source>
        <translation>The central store answered about a file that was not asked for (%1).</translation>
    </message>
    <message>
        <source>Cannot tidy the outbox of %1: %2</source>
        <translation>Cannot tidy the outbox of %1: %2</translation>
    </message>
    <message>
        <source>The file %1 in %2 changed while it was being sent; it goes again on the next round.</source>
        <translation>The file %1 in %2 changed while it was being sent; it goes again on the next round.</translation>
    </message>
    <message>
        <source>The central store did not take a chunk of a file: %1</source>
        <translation>The central store did not take a chunk of a file: %1</translation>
    </message>
    <message>
        <source>the upload was cut off before chunk %1 on purpose (fault injection)</source>
        <translation>the upload was cut off before chunk %1 on purpose (fault injection)</translation>
    </message>
    <message>
        <source>The central store refused a chunk of the file %1: %2</source>
        <translation>The central store refused a chunk of the file %1: %2</translation>
    </message>
    <message>
        <source>the answer to chunk %1 was lost on purpose (fault injection)</source>
        <translation>the answer to chunk %1 was lost on purpose (fault injection)</translation>
    </message>
    <message>
        <source>The central store refused the file %1: %2</source>
        <translation>The central store refused the file %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::GuideDiff</name>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n copies</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>if applicable</translation>
    </message>
    <message>
        <source>may be waived (e-licence / shared data)</source>
        <translation>may be waived (e-licence / shared data)</translation>
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
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
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
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>Condition %1</translation>
    </message>
    <message>
        <source>Material %1</source>
        <translation>Material %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Legal basis %1</source>
        <translation>Legal basis %1</translation>
    </message>
</context>
<context>
    <name>ow::GuideDiffView</name>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>Version %1 (%2, %3)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>&amp;Next change</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>&amp;Previous change</translation>
    </message>
    <message>
        <source>Guide %1: two versions side by side</source>
        <translation>Guide %1: two versions side by side</translation>
    </message>
    <message>
        <source>Changed rows are highlighted; F7 goes to the next change, Shift+F7 to the previous one</source>
        <translation>Changed rows are highlighted; F7 goes to the next change, Shift+F7 to the previous one</translation>
    </message>
    <message>
        <source>&amp;Left (older):</source>
        <translation>&amp;Left (older):</translation>
    </message>
    <message>
        <source>&amp;Right (newer):</source>
        <translation>&amp;Right (newer):</translation>
    </message>
    <message>
        <source>Left version</source>
        <translation>Left version</translation>
    </message>
    <message>
        <source>The version shown in the left column</source>
        <translation>The version shown in the left column</translation>
    </message>
    <message>
        <source>Right version</source>
        <translation>Right version</translation>
    </message>
    <message>
        <source>The version shown in the right column</source>
        <translation>The version shown in the right column</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Previous change</translation>
    </message>
    <message>
        <source>Moves to the changed row above (Shift+F7)</source>
        <translation>Moves to the changed row above (Shift+F7)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Next change</translation>
    </message>
    <message>
        <source>Moves to the changed row below (F7)</source>
        <translation>Moves to the changed row below (F7)</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Comparison summary</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>One row per field: its label, the left version&apos;s text and the right version&apos;s text</source>
        <translation>One row per field: its label, the left version&apos;s text and the right version&apos;s text</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 of the guide of %3 are the same.</source>
        <translation>Versions %1 and %2 of the guide of %3 are the same.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between version %1 and version %2 of the guide of %3 (highlighted; F7: next change).</source>
        <translation>
            <numerusform>%n field(s) differ between version %1 and version %2 of the guide of %3 (highlighted; F7: next change).</numerusform>
            <numerusform>%n field(s) differ between version %1 and version %2 of the guide of %3 (highlighted; F7: next change).</numerusform>
        </translation>
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
    <message>
        <source>Cannot read version %1 of the guide of %2 from %3: %4</source>
        <translation>Cannot read version %1 of the guide of %2 from %3: %4</translation>
    </message>
    <message>
        <source>Cannot read the versions of the guide of %1 from %2: %3</source>
        <translation>Cannot read the versions of the guide of %1 from %2: %3</translation>
    </message>
    <message>
        <source>Cannot add a draft of the guide of %1 to %2: %3</source>
        <translation>Cannot add a draft of the guide of %1 to %2: %3</translation>
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
    <message>
        <source>The whole guide: conditions, materials, steps, fees and time limits; F8 reads it.</source>
        <translation>The whole guide: conditions, materials, steps, fees and time limits; F8 reads it.</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitRepository</name>
    <message>
        <source>Cannot read the user accounts from %1: %2</source>
        <translation>Cannot read the user accounts from %1: %2</translation>
    </message>
    <message>
        <source>There is no user %1 at this hall to make the visit.</source>
        <translation>There is no user %1 at this hall to make the visit.</translation>
    </message>
    <message>
        <source>The user %1 is deactivated and cannot make the visit.</source>
        <translation>The user %1 is deactivated and cannot make the visit.</translation>
    </message>
    <message>
        <source>Cannot store the home visit in %1: %2</source>
        <translation>Cannot store the home visit in %1: %2</translation>
    </message>
    <message>
        <source>The period of home visits must start before it ends.</source>
        <translation>The period of home visits must start before it ends.</translation>
    </message>
    <message>
        <source>Unknown state of a home visit: %1 (booked, visited or cancelled).</source>
        <translation>Unknown state of a home visit: %1 (booked, visited or cancelled).</translation>
    </message>
    <message>
        <source>Cannot read the home visits from %1: %2</source>
        <translation>Cannot read the home visits from %1: %2</translation>
    </message>
    <message>
        <source>There is no home visit %1.</source>
        <translation>There is no home visit %1.</translation>
    </message>
    <message>
        <source>Say why the home visit is cancelled.</source>
        <translation>Say why the home visit is cancelled.</translation>
    </message>
    <message>
        <source>The reason for cancelling is longer than 200 characters.</source>
        <translation>The reason for cancelling is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Cannot cancel the home visit in %1: %2</source>
        <translation>Cannot cancel the home visit in %1: %2</translation>
    </message>
    <message>
        <source>The home visit is %1; only a booked visit can be cancelled.</source>
        <translation>The home visit is %1; only a booked visit can be cancelled.</translation>
    </message>
    <message>
        <source>Cannot store the case in %1: %2</source>
        <translation>Cannot store the case in %1: %2</translation>
    </message>
    <message>
        <source>The home visit is %1; a case is taken only on a booked visit.</source>
        <translation>The home visit is %1; a case is taken only on a booked visit.</translation>
    </message>
    <message>
        <source>Cannot link the case to the home visit in %1: %2</source>
        <translation>Cannot link the case to the home visit in %1: %2</translation>
    </message>
    <message>
        <source>Cannot count the home visits in %1: %2</source>
        <translation>Cannot count the home visits in %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitView</name>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>Appointments to take a case at the home of an applicant who cannot come.</source>
        <translation>Appointments to take a case at the home of an applicant who cannot come.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Home visits (上门服务)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Home visits (上门服务)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>First day of the visits listed.</source>
        <translation>First day of the visits listed.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Last day of the visits listed.</source>
        <translation>Last day of the visits listed.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Which appointments the list shows: all, or one state.</source>
        <translation>Which appointments the list shows: all, or one state.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Home-visit appointments</source>
        <translation>Home-visit appointments</translation>
    </message>
    <message>
        <source>One row per appointment; the applicant is masked. Enter takes the case of the selected visit.</source>
        <translation>One row per appointment; the applicant is masked. Enter takes the case of the selected visit.</translation>
    </message>
    <message>
        <source>Home visits listed</source>
        <translation>Home visits listed</translation>
    </message>
    <message>
        <source>How many appointments the list shows.</source>
        <translation>How many appointments the list shows.</translation>
    </message>
    <message>
        <source>&amp;Book a home visit…</source>
        <translation>&amp;Book a home visit…</translation>
    </message>
    <message>
        <source>Book a home visit</source>
        <translation>Book a home visit</translation>
    </message>
    <message>
        <source>Opens the booking form for an applicant who cannot come to the hall.</source>
        <translation>Opens the booking form for an applicant who cannot come to the hall.</translation>
    </message>
    <message>
        <source>Take the &amp;case from this visit</source>
        <translation>Take the &amp;case from this visit</translation>
    </message>
    <message>
        <source>Take the case from this visit</source>
        <translation>Take the case from this visit</translation>
    </message>
    <message>
        <source>Opens the intake with the applicant and the items of the selected visit; the stored case marks the visit visited.</source>
        <translation>Opens the intake with the applicant and the items of the selected visit; the stored case marks the visit visited.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Why the selected visit will not happen; required to cancel it.</source>
        <translation>Why the selected visit will not happen; required to cancel it.</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>Cancel the &amp;visit</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <source>Cancels the selected booked visit with the reason given beside.</source>
        <translation>Cancels the selected booked visit with the reason given beside.</translation>
    </message>
    <message>
        <source>Home-visit message</source>
        <translation>Home-visit message</translation>
    </message>
    <message>
        <source>The outcome of the last action.</source>
        <translation>The outcome of the last action.</translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>Problem with this field</translation>
    </message>
    <message>
        <source>What to correct in the field above.</source>
        <translation>What to correct in the field above.</translation>
    </message>
    <message>
        <source>Booking form</source>
        <translation>Booking form</translation>
    </message>
    <message>
        <source>The form that books a home visit; Tab goes from field to field.</source>
        <translation>The form that books a home visit; Tab goes from field to field.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Book a home visit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Book a home visit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Applicant and visit</source>
        <translation>Applicant and visit</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>Resident ID number</translation>
    </message>
    <message>
        <source>The applicant&apos;s 18-character resident ID; the age is read from it.</source>
        <translation>The applicant&apos;s 18-character resident ID; the age is read from it.</translation>
    </message>
    <message>
        <source>Resident &amp;ID:</source>
        <translation>Resident &amp;ID:</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>The applicant&apos;s name as on the ID.</source>
        <translation>The applicant&apos;s name as on the ID.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A mobile or landline number to confirm the visit.</source>
        <translation>A mobile or landline number to confirm the visit.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Address to visit</source>
        <translation>Address to visit</translation>
    </message>
    <message>
        <source>District, street, building and room of the home.</source>
        <translation>District, street, building and room of the home.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Why the applicant cannot come: elderly, disabled, ill, or other (say why in the notes).</source>
        <translation>Why the applicant cannot come: elderly, disabled, ill, or other (say why in the notes).</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Items requested</source>
        <translation>Items requested</translation>
    </message>
    <message>
        <source>Codes of the items the applicant asks for, separated by spaces or commas.</source>
        <translation>Codes of the items the applicant asks for, separated by spaces or commas.</translation>
    </message>
    <message>
        <source>I&amp;tems:</source>
        <translation>I&amp;tems:</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>Items found</translation>
    </message>
    <message>
        <source>The names of the item codes entered.</source>
        <translation>The names of the item codes entered.</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Day of the visit</translation>
    </message>
    <message>
        <source>Today or up to 90 days ahead.</source>
        <translation>Today or up to 90 days ahead.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>From (time)</source>
        <translation>From (time)</translation>
    </message>
    <message>
        <source>When the visit starts, 08:00 or later.</source>
        <translation>When the visit starts, 08:00 or later.</translation>
    </message>
    <message>
        <source>Until (time)</source>
        <translation>Until (time)</translation>
    </message>
    <message>
        <source>When the visit ends, 20:00 at the latest.</source>
        <translation>When the visit ends, 20:00 at the latest.</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>Ti&amp;me:</translation>
    </message>
    <message>
        <source>Staff making the visit</source>
        <translation>Staff making the visit</translation>
    </message>
    <message>
        <source>The user name of who goes to the home.</source>
        <translation>The user name of who goes to the home.</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>&amp;Staff:</translation>
    </message>
    <message>
        <source>Anything the visitor must know: floor, lift, who opens the door.</source>
        <translation>Anything the visitor must know: floor, lift, who opens the door.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Sa&amp;ve the booking</source>
        <translation>Sa&amp;ve the booking</translation>
    </message>
    <message>
        <source>Save the booking</source>
        <translation>Save the booking</translation>
    </message>
    <message>
        <source>Checks every field and stores the appointment.</source>
        <translation>Checks every field and stores the appointment.</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Leaves the form without booking (Esc does the same).</source>
        <translation>Leaves the form without booking (Esc does the same).</translation>
    </message>
    <message>
        <source>Leave the booking form</source>
        <translation>Leave the booking form</translation>
    </message>
    <message>
        <source>Booking message</source>
        <translation>Booking message</translation>
    </message>
    <message>
        <source>Why the booking was not stored.</source>
        <translation>Why the booking was not stored.</translation>
    </message>
    <message numerus="yes">
        <source>%n home visit(s) listed.</source>
        <translation>
            <numerusform>%n home visit listed.</numerusform>
            <numerusform>%n home visits listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not in the catalog</source>
        <translation>%1: not in the catalog</translation>
    </message>
    <message numerus="yes">
        <source>The booking is not stored: %n field(s) to correct.</source>
        <translation>
            <numerusform>The booking is not stored: %n field to correct.</numerusform>
            <numerusform>The booking is not stored: %n fields to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item code %1 is not in the catalog.</source>
        <translation>The item code %1 is not in the catalog.</translation>
    </message>
    <message>
        <source>Home visit booked for %1 %2 (%3).</source>
        <translation>Home visit booked for %1 %2 (%3).</translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>Select a visit first.</translation>
    </message>
    <message>
        <source>This visit is %1: its case is not taken again.</source>
        <translation>This visit is %1: its case is not taken again.</translation>
    </message>
    <message>
        <source>Enter the reason for cancelling beside the button.</source>
        <translation>Enter the reason for cancelling beside the button.</translation>
    </message>
    <message>
        <source>The visit of %1 is cancelled.</source>
        <translation>The visit of %1 is cancelled.</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisits</name>
    <message>
        <source>Enter the applicant&apos;s resident ID number.</source>
        <translation>Enter the applicant&apos;s resident ID number.</translation>
    </message>
    <message>
        <source>Resident ID number: %1</source>
        <translation>Resident ID number: %1</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>Enter the applicant&apos;s name.</translation>
    </message>
    <message>
        <source>The name is longer than 50 characters.</source>
        <translation>The name is longer than 50 characters.</translation>
    </message>
    <message>
        <source>Enter a phone number to confirm the visit with the applicant.</source>
        <translation>Enter a phone number to confirm the visit with the applicant.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Enter the address to visit (district, street, building, room).</source>
        <translation>Enter the address to visit (district, street, building, room).</translation>
    </message>
    <message>
        <source>The address is too short to find the home: give the street, building and room.</source>
        <translation>The address is too short to find the home: give the street, building and room.</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters.</source>
        <translation>The address is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Choose at least one item the applicant asks for.</source>
        <translation>Choose at least one item the applicant asks for.</translation>
    </message>
    <message>
        <source>At most %1 items can be taken on one visit.</source>
        <translation>At most %1 items can be taken on one visit.</translation>
    </message>
    <message>
        <source>Choose the day of the visit.</source>
        <translation>Choose the day of the visit.</translation>
    </message>
    <message>
        <source>The day of the visit (%1) is in the past.</source>
        <translation>The day of the visit (%1) is in the past.</translation>
    </message>
    <message>
        <source>A visit is booked at most %1 days ahead.</source>
        <translation>A visit is booked at most %1 days ahead.</translation>
    </message>
    <message>
        <source>Choose the time slot of the visit.</source>
        <translation>Choose the time slot of the visit.</translation>
    </message>
    <message>
        <source>The time slot ends (%1) before it starts (%2).</source>
        <translation>The time slot ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>Visits are made between 08:00 and 20:00.</source>
        <translation>Visits are made between 08:00 and 20:00.</translation>
    </message>
    <message>
        <source>Choose who makes the visit.</source>
        <translation>Choose who makes the visit.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>The notes are longer than %1 characters.</translation>
    </message>
    <message>
        <source>The reason is &quot;other&quot;: say in the notes why the applicant cannot come.</source>
        <translation>The reason is &quot;other&quot;: say in the notes why the applicant cannot come.</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Ill or bedridden</source>
        <translation>Ill or bedridden</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ow::IdNumber</name>
    <message>
        <source>no ID number given</source>
        <translation>no ID number given</translation>
    </message>
    <message>
        <source>X may only be the last (check) character, not character %1</source>
        <translation>X may only be the last (check) character, not character %1</translation>
    </message>
    <message>
        <source>an ID number has no spaces inside (character %1)</source>
        <translation>an ID number has no spaces inside (character %1)</translation>
    </message>
    <message>
        <source>only digits and a final X are allowed, not %1 (character %2)</source>
        <translation>only digits and a final X are allowed, not %1 (character %2)</translation>
    </message>
    <message>
        <source>18 characters expected, got %1</source>
        <translation>18 characters expected, got %1</translation>
    </message>
    <message>
        <source>the old 15-digit form has only digits, no X at the end</source>
        <translation>the old 15-digit form has only digits, no X at the end</translation>
    </message>
    <message>
        <source>the region code %1 does not exist: it must start with 1 to 8</source>
        <translation>the region code %1 does not exist: it must start with 1 to 8</translation>
    </message>
    <message>
        <source>the birth date %1 does not exist</source>
        <translation>the birth date %1 does not exist</translation>
    </message>
    <message>
        <source>the birth date %1 is after today</source>
        <translation>the birth date %1 is after today</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2</source>
        <translation>the check character should be %1, not %2</translation>
    </message>
    <message>
        <source>this is the old 15-digit form (before 1999): the holder&apos;s current number has 18 characters</source>
        <translation>this is the old 15-digit form (before 1999): the holder&apos;s current number has 18 characters</translation>
    </message>
</context>
<context>
    <name>ow::IntakeAutosave</name>
    <message>
        <source>Unfinished intake</source>
        <translation>Unfinished intake</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore the unfinished intake</source>
        <translation>Restore the unfinished intake</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard the unfinished intake</source>
        <translation>Discard the unfinished intake</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the message about drafts</source>
        <translation>Close the message about drafts</translation>
    </message>
    <message>
        <source>An unfinished intake could not be read and was discarded (the other drafts and cases are unchanged): %1</source>
        <translation>An unfinished intake could not be read and was discarded (the other drafts and cases are unchanged): %1</translation>
    </message>
    <message>
        <source>no items yet</source>
        <translation>no items yet</translation>
    </message>
    <message>
        <source>An unfinished intake was kept: started %1, last saved %2, items: %3. Restore it into this form, or discard it?</source>
        <translation>An unfinished intake was kept: started %1, last saved %2, items: %3. Restore it into this form, or discard it?</translation>
    </message>
</context>
<context>
    <name>ow::IntakeDraft</name>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>Enter the applicant&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the number of the disability certificate.</source>
        <translation>Enter the number of the disability certificate.</translation>
    </message>
    <message>
        <source>Enter the legal representative.</source>
        <translation>Enter the legal representative.</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation>Enter the agent&apos;s name.</translation>
    </message>
    <message>
        <source>The agent cannot be the applicant.</source>
        <translation>The agent cannot be the applicant.</translation>
    </message>
    <message>
        <source>Say what authorizes the agent (e.g. a power of attorney).</source>
        <translation>Say what authorizes the agent (e.g. a power of attorney).</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>Choose at least one item.</translation>
    </message>
    <message>
        <source>Required materials are missing: ask for them all at once with the supplement notice, or receive them first.</source>
        <translation>Required materials are missing: ask for them all at once with the supplement notice, or receive them first.</translation>
    </message>
    <message>
        <source>These items have no published guide, so their materials are unknown: %1.</source>
        <translation>These items have no published guide, so their materials are unknown: %1.</translation>
    </message>
    <message>
        <source>Nothing required is missing: there is nothing to ask for.</source>
        <translation>Nothing required is missing: there is nothing to ask for.</translation>
    </message>
    <message>
        <source>A refusal states its reasons.</source>
        <translation>A refusal states its reasons.</translation>
    </message>
    <message>
        <source>Choose the material the scan belongs to.</source>
        <translation>Choose the material the scan belongs to.</translation>
    </message>
    <message>
        <source>This file is already attached to %1.</source>
        <translation>This file is already attached to %1.</translation>
    </message>
    <message>
        <source>Choose the scan to remove.</source>
        <translation>Choose the scan to remove.</translation>
    </message>
</context>
<context>
    <name>ow::IntakeDraftJson</name>
    <message>
        <source>The field &quot;%1&quot; %2.</source>
        <translation>The field &quot;%1&quot; %2.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>is not text</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>is not true or false</translation>
    </message>
    <message>
        <source>is not a whole number from 0 to 9999</source>
        <translation>is not a whole number from 0 to 9999</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>is not an object</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>is not a list</translation>
    </message>
    <message>
        <source>The draft is not valid JSON: %1 at byte %2.</source>
        <translation>The draft is not valid JSON: %1 at byte %2.</translation>
    </message>
    <message>
        <source>The draft is not a JSON object.</source>
        <translation>The draft is not a JSON object.</translation>
    </message>
    <message>
        <source>The draft is not an intake draft of OneWindow.</source>
        <translation>The draft is not an intake draft of OneWindow.</translation>
    </message>
    <message>
        <source>The draft has no format version.</source>
        <translation>The draft has no format version.</translation>
    </message>
    <message>
        <source>The draft was saved in an older format (version %1); this OneWindow reads version %2 only.</source>
        <translation>The draft was saved in an older format (version %1); this OneWindow reads version %2 only.</translation>
    </message>
    <message>
        <source>The draft was saved by a newer OneWindow (format version %1); this one reads version %2 only.</source>
        <translation>The draft was saved by a newer OneWindow (format version %1); this one reads version %2 only.</translation>
    </message>
    <message>
        <source>is neither person nor enterprise</source>
        <translation>is neither person nor enterprise</translation>
    </message>
    <message>
        <source>is neither an object nor null</source>
        <translation>is neither an object nor null</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not one of received, missing, waived</source>
        <translation>is &quot;%1&quot;, not one of received, missing, waived</translation>
    </message>
    <message>
        <source>The draft is damaged: %1</source>
        <translation>The draft is damaged: %1</translation>
    </message>
</context>
<context>
    <name>ow::IntakeDraftStore</name>
    <message>
        <source>The unfinished intake of %1 cannot be opened: the key for encrypted data is not available.</source>
        <translation>The unfinished intake of %1 cannot be opened: the key for encrypted data is not available.</translation>
    </message>
    <message>
        <source>The unfinished intake of %1 was saved in an older format (version %2) that this OneWindow no longer reads.</source>
        <translation>The unfinished intake of %1 was saved in an older format (version %2) that this OneWindow no longer reads.</translation>
    </message>
    <message>
        <source>The unfinished intake of %1 was saved by a newer OneWindow (format version %2).</source>
        <translation>The unfinished intake of %1 was saved by a newer OneWindow (format version %2).</translation>
    </message>
    <message>
        <source>The unfinished intake of %1 is damaged (its stored data is truncated or not sealed by OneWindow).</source>
        <translation>The unfinished intake of %1 is damaged (its stored data is truncated or not sealed by OneWindow).</translation>
    </message>
    <message>
        <source>The unfinished intake of %1 failed its integrity check: it was altered, or sealed with another key.</source>
        <translation>The unfinished intake of %1 failed its integrity check: it was altered, or sealed with another key.</translation>
    </message>
    <message>
        <source>The draft cannot be saved: the key for encrypted data is not available.</source>
        <translation>The draft cannot be saved: the key for encrypted data is not available.</translation>
    </message>
    <message>
        <source>The draft could not be saved in %1: %2</source>
        <translation>The draft could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>The drafts in %1 cannot be read: %2</source>
        <translation>The drafts in %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>There is no such unfinished intake of yours.</source>
        <translation>There is no such unfinished intake of yours.</translation>
    </message>
    <message>
        <source>The draft could not be removed from %1: %2</source>
        <translation>The draft could not be removed from %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::IntakeView</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>Intake form</translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation>1. Applicant</translation>
    </message>
    <message>
        <source>Applicant kind</source>
        <translation>Applicant kind</translation>
    </message>
    <message>
        <source>Person (resident ID)</source>
        <translation>Person (resident ID)</translation>
    </message>
    <message>
        <source>Enterprise (unified social credit code)</source>
        <translation>Enterprise (unified social credit code)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>ID number or credit code</source>
        <translation>ID number or credit code</translation>
    </message>
    <message>
        <source>&amp;ID / credit code:</source>
        <translation>&amp;ID / credit code:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>Holds a disability certificate</source>
        <translation>Holds a disability certificate</translation>
    </message>
    <message>
        <source>Disability certificate number</source>
        <translation>Disability certificate number</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <source>2. Agent</source>
        <translation>2. Agent</translation>
    </message>
    <message>
        <source>An agent applies for the applicant</source>
        <translation>An agent applies for the applicant</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>Agent&apos;s name</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>Agent&apos;s ID number</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <source>e.g. 授权委托书</source>
        <translation>e.g. 授权委托书</translation>
    </message>
    <message>
        <source>3. Items (one item, several, or a whole scene)</source>
        <translation>3. Items (one item, several, or a whole scene)</translation>
    </message>
    <message>
        <source>Add an item by code</source>
        <translation>Add an item by code</translation>
    </message>
    <message>
        <source>code, e.g. P001, P001.1 or a scene P1.1; Enter adds</source>
        <translation>code, e.g. P001, P001.1 or a scene P1.1; Enter adds</translation>
    </message>
    <message>
        <source>Chosen items; Delete removes one</source>
        <translation>Chosen items; Delete removes one</translation>
    </message>
    <message>
        <source>4. Materials: one merged list (Space changes the state)</source>
        <translation>4. Materials: one merged list (Space changes the state)</translation>
    </message>
    <message>
        <source>Merged materials</source>
        <translation>Merged materials</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <source>5. Decision</source>
        <translation>5. Decision</translation>
    </message>
    <message>
        <source>Reasons for a refusal, or a note</source>
        <translation>Reasons for a refusal, or a note</translation>
    </message>
    <message>
        <source>Reasons (a refusal needs them)</source>
        <translation>Reasons (a refusal needs them)</translation>
    </message>
    <message>
        <source>&amp;Refuse (不予受理)</source>
        <translation>&amp;Refuse (不予受理)</translation>
    </message>
    <message>
        <source>Intake message</source>
        <translation>Intake message</translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>Problem with this field</translation>
    </message>
    <message>
        <source>Not in the catalog: %1</source>
        <translation>Not in the catalog: %1</translation>
    </message>
    <message>
        <source>%1 item(s): %2 materials in their guides, %3 to collect once.</source>
        <translation>%1 item(s): %2 materials in their guides, %3 to collect once.</translation>
    </message>
    <message>
        <source>No published guide (materials unknown): %1.</source>
        <translation>No published guide (materials unknown): %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Green channel: disabled applicant</source>
        <translation>Green channel: disabled applicant</translation>
    </message>
    <message>
        <source>Green channel: %1 years old</source>
        <translation>Green channel: %1 years old</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Age %1</translation>
    </message>
    <message>
        <source>Correct the fields marked in red; nothing was stored.</source>
        <translation>Correct the fields marked in red; nothing was stored.</translation>
    </message>
    <message>
        <source>Stored. The document is ready to print.</source>
        <translation>Stored. The document is ready to print.</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber:</source>
        <translation>Certificate n&amp;umber:</translation>
    </message>
    <message>
        <source>Agent&apos;&amp;s name:</source>
        <translation>Agent&apos;&amp;s name:</translation>
    </message>
    <message>
        <source>A&amp;gent&apos;s ID number:</source>
        <translation>A&amp;gent&apos;s ID number:</translation>
    </message>
    <message>
        <source>Agent&apos;s phon&amp;e:</source>
        <translation>Agent&apos;s phon&amp;e:</translation>
    </message>
    <message>
        <source>Au&amp;thorization:</source>
        <translation>Au&amp;thorization:</translation>
    </message>
    <message>
        <source>Applicant&apos;s archive</source>
        <translation>Applicant&apos;s archive</translation>
    </message>
    <message numerus="yes">
        <source>Known applicant: %n earlier case(s); the empty fields were filled from the archive — check them with the applicant.</source>
        <translation>
            <numerusform>Known applicant: %n earlier case; the empty fields were filled from the archive — check them with the applicant.</numerusform>
            <numerusform>Known applicant: %n earlier cases; the empty fields were filled from the archive — check them with the applicant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acce&amp;pt (受理)</source>
        <translation>Acce&amp;pt (受理)</translation>
    </message>
    <message>
        <source>Ask for missing materials &amp;once (补正)</source>
        <translation>Ask for missing materials &amp;once (补正)</translation>
    </message>
    <message>
        <source>Scans of the selected material</source>
        <translation>Scans of the selected material</translation>
    </message>
    <message>
        <source>Scans of the selected material; Delete removes one</source>
        <translation>Scans of the selected material; Delete removes one</translation>
    </message>
    <message>
        <source>&amp;Browse for scans…</source>
        <translation>&amp;Browse for scans…</translation>
    </message>
    <message>
        <source>Attach a scan from a file (JPEG, PNG or PDF)</source>
        <translation>Attach a scan from a file (JPEG, PNG or PDF)</translation>
    </message>
    <message>
        <source>Remo&amp;ve scan</source>
        <translation>Remo&amp;ve scan</translation>
    </message>
    <message>
        <source>Remove the chosen scan</source>
        <translation>Remove the chosen scan</translation>
    </message>
    <message>
        <source>&amp;Which camera:</source>
        <translation>&amp;Which camera:</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>Document camera</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>Take a picture with the document camera</source>
        <translation>Take a picture with the document camera</translation>
    </message>
    <message>
        <source>Find cameras</source>
        <translation>Find cameras</translation>
    </message>
    <message>
        <source>Look again for connected document cameras</source>
        <translation>Look again for connected document cameras</translation>
    </message>
    <message>
        <source>Document camera status</source>
        <translation>Document camera status</translation>
    </message>
    <message>
        <source>Scan message</source>
        <translation>Scan message</translation>
    </message>
    <message>
        <source>The camera gave no picture that could be kept.</source>
        <translation>The camera gave no picture that could be kept.</translation>
    </message>
    <message>
        <source>Scans cannot be stored in this program.</source>
        <translation>Scans cannot be stored in this program.</translation>
    </message>
    <message>
        <source>No document camera support in this program.</source>
        <translation>No document camera support in this program.</translation>
    </message>
    <message>
        <source>No camera is connected. Connect a document camera (USB) and press Find cameras, or attach scans from files.</source>
        <translation>No camera is connected. Connect a document camera (USB) and press Find cameras, or attach scans from files.</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) found.</source>
        <translation>
            <numerusform>%n camera found.</numerusform>
            <numerusform>%n cameras found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scans: choose a material in the list above.</source>
        <translation>Scans: choose a material in the list above.</translation>
    </message>
    <message numerus="yes">
        <source>Scans of %1: %n page(s)</source>
        <translation>
            <numerusform>Scans of %1: %n page</numerusform>
            <numerusform>Scans of %1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n page</numerusform>
            <numerusform>%1 — %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to attach (%2; at most %3 per file).</source>
        <translation>%1 is too large to attach (%2; at most %3 per file).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The case is decided; its scans can no longer change.</source>
        <translation>The case is decided; its scans can no longer change.</translation>
    </message>
    <message>
        <source>Choose the material the scan belongs to.</source>
        <translation>Choose the material the scan belongs to.</translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Attached %1 to %2 (%n page).</numerusform>
            <numerusform>Attached %1 to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>Removed %1 from %2.</translation>
    </message>
    <message>
        <source>Attach scans to %1</source>
        <translation>Attach scans to %1</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>No camera is connected.</source>
        <translation>No camera is connected.</translation>
    </message>
    <message>
        <source>Taking a picture…</source>
        <translation>Taking a picture…</translation>
    </message>
    <message>
        <source>The intake form; Tab goes from field to field.</source>
        <translation>The intake form; Tab goes from field to field.</translation>
    </message>
    <message>
        <source>One intake from top to bottom: applicant, agent, items, materials checklist, signature and the decision.</source>
        <translation>One intake from top to bottom: applicant, agent, items, materials checklist, signature and the decision.</translation>
    </message>
    <message>
        <source>A person with a resident ID, or an enterprise with its unified social credit code.</source>
        <translation>A person with a resident ID, or an enterprise with its unified social credit code.</translation>
    </message>
    <message>
        <source>The 18-character resident ID or credit code; a known applicant is filled in from the archive.</source>
        <translation>The 18-character resident ID or credit code; a known applicant is filled in from the archive.</translation>
    </message>
    <message>
        <source>The applicant&apos;s name as on the ID or licence.</source>
        <translation>The applicant&apos;s name as on the ID or licence.</translation>
    </message>
    <message>
        <source>A mobile or landline number the applicant can be called back on.</source>
        <translation>A mobile or landline number the applicant can be called back on.</translation>
    </message>
    <message>
        <source>The applicant&apos;s address (optional).</source>
        <translation>The applicant&apos;s address (optional).</translation>
    </message>
    <message>
        <source>The enterprise&apos;s legal representative.</source>
        <translation>The enterprise&apos;s legal representative.</translation>
    </message>
    <message>
        <source>Check when the applicant shows a disability certificate: the case goes by the green channel.</source>
        <translation>Check when the applicant shows a disability certificate: the case goes by the green channel.</translation>
    </message>
    <message>
        <source>The number of the applicant&apos;s disability certificate.</source>
        <translation>The number of the applicant&apos;s disability certificate.</translation>
    </message>
    <message>
        <source>Check when someone applies on the applicant&apos;s behalf; the agent&apos;s fields follow.</source>
        <translation>Check when someone applies on the applicant&apos;s behalf; the agent&apos;s fields follow.</translation>
    </message>
    <message>
        <source>The agent&apos;s name as on their ID.</source>
        <translation>The agent&apos;s name as on their ID.</translation>
    </message>
    <message>
        <source>The agent&apos;s resident ID number.</source>
        <translation>The agent&apos;s resident ID number.</translation>
    </message>
    <message>
        <source>The agent&apos;s phone number.</source>
        <translation>The agent&apos;s phone number.</translation>
    </message>
    <message>
        <source>What authorizes the agent: the letter of authorization or the relationship.</source>
        <translation>What authorizes the agent: the letter of authorization or the relationship.</translation>
    </message>
    <message>
        <source>Type an item, sub-item or scene code and press Enter to add it to the case.</source>
        <translation>Type an item, sub-item or scene code and press Enter to add it to the case.</translation>
    </message>
    <message>
        <source>The items this case is taken in for; Delete removes the selected one.</source>
        <translation>The items this case is taken in for; Delete removes the selected one.</translation>
    </message>
    <message>
        <source>The materials of every chosen item, merged; Space changes the state of the selected row.</source>
        <translation>The materials of every chosen item, merged; Space changes the state of the selected row.</translation>
    </message>
    <message>
        <source>Required for a refusal (the reasons) or a supplement notice; otherwise a note kept with the decision.</source>
        <translation>Required for a refusal (the reasons) or a supplement notice; otherwise a note kept with the decision.</translation>
    </message>
    <message>
        <source>Accepts the case: it gets its deadline and the receipt is printed.</source>
        <translation>Accepts the case: it gets its deadline and the receipt is printed.</translation>
    </message>
    <message>
        <source>Asks for the missing materials: the supplement notice is printed.</source>
        <translation>Asks for the missing materials: the supplement notice is printed.</translation>
    </message>
    <message>
        <source>Refuses the case with the reasons above: the refusal notice is printed.</source>
        <translation>Refuses the case with the reasons above: the refusal notice is printed.</translation>
    </message>
    <message>
        <source>Scans of the material selected in the checklist; Delete removes one.</source>
        <translation>Scans of the material selected in the checklist; Delete removes one.</translation>
    </message>
    <message>
        <source>Chooses a JPEG, PNG or PDF file as a scan of the selected material.</source>
        <translation>Chooses a JPEG, PNG or PDF file as a scan of the selected material.</translation>
    </message>
    <message>
        <source>Removes the chosen scan from the material.</source>
        <translation>Removes the chosen scan from the material.</translation>
    </message>
    <message>
        <source>Which connected document camera takes pictures.</source>
        <translation>Which connected document camera takes pictures.</translation>
    </message>
    <message>
        <source>Takes a picture of the selected material with the chosen camera.</source>
        <translation>Takes a picture of the selected material with the chosen camera.</translation>
    </message>
    <message>
        <source>Looks again for connected document cameras.</source>
        <translation>Looks again for connected document cameras.</translation>
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
    <message>
        <source>Code and name of the entry chosen in the navigator or the search.</source>
        <translation>Code and name of the entry chosen in the navigator or the search.</translation>
    </message>
    <message>
        <source>Catalog data of the selected entry: %1.</source>
        <translation>Catalog data of the selected entry: %1.</translation>
    </message>
</context>
<context>
    <name>ow::KeychainKeyStore</name>
    <message>
        <source>There is no desktop session (DBUS_SESSION_BUS_ADDRESS is not set), so no system keychain can be reached.</source>
        <translation>There is no desktop session (DBUS_SESSION_BUS_ADDRESS is not set), so no system keychain can be reached.</translation>
    </message>
    <message>
        <source>the system keychain (service %1, entry %2)</source>
        <translation>the system keychain (service %1, entry %2)</translation>
    </message>
    <message>
        <source>No keychain entry name was given for the key of the encrypted files.</source>
        <translation>No keychain entry name was given for the key of the encrypted files.</translation>
    </message>
    <message>
        <source>The system keychain (service %1, entry %2) can only be asked once the application is running.</source>
        <translation>The system keychain (service %1, entry %2) can only be asked once the application is running.</translation>
    </message>
    <message>
        <source>The cryptography library libsodium could not be initialised, so the keychain entry %1 was not used.</source>
        <translation>The cryptography library libsodium could not be initialised, so the keychain entry %1 was not used.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds (service %2, entry %3).</source>
        <translation>The system keychain did not answer within %1 seconds (service %2, entry %3).</translation>
    </message>
    <message>
        <source>The system keychain could not be used for the key of the encrypted files (service %1, entry %2): %3</source>
        <translation>The system keychain could not be used for the key of the encrypted files (service %1, entry %2): %3</translation>
    </message>
    <message>
        <source>The keychain entry %1 of service %2 holds %3 bytes, but a key has %4: it is damaged or not a OneWindow key. It was left unchanged.</source>
        <translation>The keychain entry %1 of service %2 holds %3 bytes, but a key has %4: it is damaged or not a OneWindow key. It was left unchanged.</translation>
    </message>
</context>
<context>
    <name>ow::LargePrint</name>
    <message>
        <source> (large print)</source>
        <translation> (large print)</translation>
    </message>
</context>
<context>
    <name>ow::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>Locked by</translation>
    </message>
    <message>
        <source>Lock message</source>
        <translation>Lock message</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Locked — %1</translation>
    </message>
    <message>
        <source>The screen is locked and personal data hidden until the password is entered.</source>
        <translation>The screen is locked and personal data hidden until the password is entered.</translation>
    </message>
    <message>
        <source>The password of the user who locked the screen; Enter unlocks.</source>
        <translation>The password of the user who locked the screen; Enter unlocks.</translation>
    </message>
    <message>
        <source>Unlocks the screen with the password entered.</source>
        <translation>Unlocks the screen with the password entered.</translation>
    </message>
    <message>
        <source>Signs another user in at this window.</source>
        <translation>Signs another user in at this window.</translation>
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
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Search items</source>
        <translation>&amp;Search items</translation>
    </message>
    <message>
        <source>Your session is older than %1 hours: enter your password to go on.</source>
        <translation>Your session is older than %1 hours: enter your password to go on.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. Personal data is hidden.</source>
        <translation>
            <numerusform>Locked after %n minute without input. Personal data is hidden.</numerusform>
            <numerusform>Locked after %n minutes without input. Personal data is hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed-in user and window</source>
        <translation>Signed-in user and window</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>&amp;User accounts…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>guide</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 window %4</source>
        <translation>%1 (%2) · %3 window %4</translation>
    </message>
    <message>
        <source> · DEMO ACCOUNT</source>
        <translation> · DEMO ACCOUNT</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Locked by %1. Personal data is hidden.</source>
        <translation>Locked by %1. Personal data is hidden.</translation>
    </message>
    <message>
        <source>switched to %1</source>
        <translation>switched to %1</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1, window %2</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;New intake</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>&amp;Cases of today</source>
        <translation>&amp;Cases of today</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>The screens will be in the chosen language from the next start.</source>
        <translation>The screens will be in the chosen language from the next start.</translation>
    </message>
    <message>
        <source>The language could not be saved in the settings.</source>
        <translation>The language could not be saved in the settings.</translation>
    </message>
    <message>
        <source>this workstation has no store for personal files</source>
        <translation>this workstation has no store for personal files</translation>
    </message>
    <message>
        <source>Case %1 is stored, but its signature was not: %2</source>
        <translation>Case %1 is stored, but its signature was not: %2</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>Close the tab</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>not yet published</source>
        <translation>not yet published</translation>
    </message>
    <message>
        <source>Catalog %1: %2 items, %3 sub-items, %4 guides · Database: %5</source>
        <translation>Catalog %1: %2 items, %3 sub-items, %4 guides · Database: %5</translation>
    </message>
    <message>
        <source>Sync with the central store now</source>
        <translation>Sync with the central store now</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Sign &amp;out (shift close)…</source>
        <translation>Sign &amp;out (shift close)…</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>shift closed</source>
        <translation>shift closed</translation>
    </message>
    <message>
        <source>One tab per open guide, intake, list or case; Ctrl+W closes the current tab.</source>
        <translation>One tab per open guide, intake, list or case; Ctrl+W closes the current tab.</translation>
    </message>
    <message>
        <source>The catalog data of the entry chosen on the left.</source>
        <translation>The catalog data of the entry chosen on the left.</translation>
    </message>
    <message>
        <source>A page of the workspace.</source>
        <translation>A page of the workspace.</translation>
    </message>
    <message>
        <source>Shows the tabs further left.</source>
        <translation>Shows the tabs further left.</translation>
    </message>
    <message>
        <source>Shows the tabs further right.</source>
        <translation>Shows the tabs further right.</translation>
    </message>
    <message>
        <source>The open pages; Ctrl+Tab and Ctrl+Shift+Tab go from one to the next.</source>
        <translation>The open pages; Ctrl+Tab and Ctrl+Shift+Tab go from one to the next.</translation>
    </message>
    <message>
        <source>&amp;Home visits (上门服务)</source>
        <translation>&amp;Home visits (上门服务)</translation>
    </message>
    <message>
        <source>&amp;Rectifications (整改)</source>
        <translation>&amp;Rectifications (整改)</translation>
    </message>
    <message>
        <source>S&amp;ync conflicts</source>
        <translation>S&amp;ync conflicts</translation>
    </message>
    <message>
        <source>&amp;Catalog and guides…</source>
        <translation>&amp;Catalog and guides…</translation>
    </message>
    <message>
        <source>Taken at home (上门服务) on %1 %2 by %3.</source>
        <translation>Taken at home (上门服务) on %1 %2 by %3.</translation>
    </message>
    <message>
        <source>Channel: home visit</source>
        <translation>Channel: home visit</translation>
    </message>
    <message>
        <source>The case was taken at the applicant&apos;s home on a booked home visit.</source>
        <translation>The case was taken at the applicant&apos;s home on a booked home visit.</translation>
    </message>
    <message>
        <source>Guide %1: v%2 against current</source>
        <translation>Guide %1: v%2 against current</translation>
    </message>
    <message>
        <source>Compare the guide of %1</source>
        <translation>Compare the guide of %1</translation>
    </message>
    <message>
        <source>Shows the guide version %1, which the case was taken under, beside the current one</source>
        <translation>Shows the guide version %1, which the case was taken under, beside the current one</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>Home visit (上门服务) of %1 %2: the case is recorded as taken at home and the appointment is marked visited.</source>
        <translation>Home visit (上门服务) of %1 %2: the case is recorded as taken at home and the appointment is marked visited.</translation>
    </message>
    <message>
        <source>This intake is the case taken at an applicant&apos;s home, booked as a home visit.</source>
        <translation>This intake is the case taken at an applicant&apos;s home, booked as a home visit.</translation>
    </message>
    <message>
        <source>Intake (home visit)</source>
        <translation>Intake (home visit)</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>Rectifications</translation>
    </message>
    <message>
        <source>%1 has no guide.</source>
        <translation>%1 has no guide.</translation>
    </message>
    <message>
        <source>The applicant says the rating aloud and the helper keys it in. Only in the accessibility mode (F12), for an applicant who cannot use the customer window; an ordinary applicant rates on the customer window and the clerk never rates.</source>
        <translation>The applicant says the rating aloud and the helper keys it in. Only in the accessibility mode (F12), for an applicant who cannot use the customer window; an ordinary applicant rates on the customer window and the clerk never rates.</translation>
    </message>
    <message>
        <source>Spoken rating (accessibility mode only)</source>
        <translation>Spoken rating (accessibility mode only)</translation>
    </message>
    <message>
        <source>Spoken rating (assisted-service helpers and supervisors only)</source>
        <translation>Spoken rating (assisted-service helpers and supervisors only)</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s spoken &amp;rating…</source>
        <translation>Record the applicant&apos;s spoken &amp;rating…</translation>
    </message>
    <message>
        <source>The spoken rating is for the accessibility mode only (F12): an applicant who can use the customer window rates there.</source>
        <translation>The spoken rating is for the accessibility mode only (F12): an applicant who can use the customer window rates there.</translation>
    </message>
    <message>
        <source>The case %1 is not decided yet; it can be rated after the decision.</source>
        <translation>The case %1 is not decided yet; it can be rated after the decision.</translation>
    </message>
    <message>
        <source>No decided case to rate: decide an intake, or open the case (F3, Enter) first.</source>
        <translation>No decided case to rate: decide an intake, or open the case (F3, Enter) first.</translation>
    </message>
    <message>
        <source>The case %1 has already been rated (%2); a case is rated once.</source>
        <translation>The case %1 has already been rated (%2); a case is rated once.</translation>
    </message>
    <message>
        <source>Spoken rating cancelled: nothing recorded.</source>
        <translation>Spoken rating cancelled: nothing recorded.</translation>
    </message>
    <message>
        <source>Case %1 rated %2 (spoken answer).</source>
        <translation>Case %1 rated %2 (spoken answer).</translation>
    </message>
    <message>
        <source>Spoken rating</source>
        <translation>Spoken rating</translation>
    </message>
    <message>
        <source>Catalog version %1 received: restart OneWindow to use it · </source>
        <translation>Catalog version %1 received: restart OneWindow to use it · </translation>
    </message>
</context>
<context>
    <name>ow::ManPage</name>
    <message>
        <source>OneWindow manual</source>
        <translation>OneWindow manual</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>command line of OneWindow (一窗通) for a hall&apos;s IT person</source>
        <translation>command line of OneWindow (一窗通) for a hall&apos;s IT person</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>owctl sets up a workstation&apos;s local database and its hall, manages accounts and the audit log, and reads the catalog, guides, the holiday calendar and cases, for scripts and for the hall&apos;s IT person. The counter application itself is onewindow(1).</source>
        <translation>owctl sets up a workstation&apos;s local database and its hall, manages accounts and the audit log, and reads the catalog, guides, the holiday calendar and cases, for scripts and for the hall&apos;s IT person. The counter application itself is onewindow(1).</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>the local database when --db is not given</source>
        <translation>the local database when --db is not given</translation>
    </message>
    <message>
        <source>the password of --user, instead of a prompt (for scripts; keep it out of shell history)</source>
        <translation>the password of --user, instead of a prompt (for scripts; keep it out of shell history)</translation>
    </message>
    <message>
        <source>the password of an account being created, instead of a prompt</source>
        <translation>the password of an account being created, instead of a prompt</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
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
    <message>
        <source>The person&apos;s and the enterprise&apos;s lifecycle.</source>
        <translation>The person&apos;s and the enterprise&apos;s lifecycle.</translation>
    </message>
    <message>
        <source>Person or enterprise; the arrow keys change the lifecycle shown.</source>
        <translation>Person or enterprise; the arrow keys change the lifecycle shown.</translation>
    </message>
    <message>
        <source>Items of an enterprise&apos;s life, by stage and scene</source>
        <translation>Items of an enterprise&apos;s life, by stage and scene</translation>
    </message>
    <message>
        <source>Items of a person&apos;s life, by stage and scene</source>
        <translation>Items of a person&apos;s life, by stage and scene</translation>
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
        <source>the database %1 does not exist; run &apos;owctl init&apos; first</source>
        <translation>the database %1 does not exist; run &apos;owctl init&apos; first</translation>
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
        <source>unknown language &apos;%1&apos;: use zh_CN or en</source>
        <translation>unknown language &apos;%1&apos;: use zh_CN or en</translation>
    </message>
    <message>
        <source>init: unknown argument &apos;%1&apos;</source>
        <translation>init: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>init: --demo sets up its own hall; give it no --center or --admin</source>
        <translation>init: --demo sets up its own hall; give it no --center or --admin</translation>
    </message>
    <message>
        <source>init: setting up a hall needs --center, --center-name, --window and --admin (missing %1)</source>
        <translation>init: setting up a hall needs --center, --center-name, --window and --admin (missing %1)</translation>
    </message>
    <message>
        <source>init: --window and --idle-lock take whole numbers</source>
        <translation>init: --window and --idle-lock take whole numbers</translation>
    </message>
    <message>
        <source>this database is already set up for %1 %2, window %3</source>
        <translation>this database is already set up for %1 %2, window %3</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>set up %1 %2, window %3, administrator %4
</source>
        <translation>set up %1 %2, window %3, administrator %4
</translation>
    </message>
    <message>
        <source>demo users exist already; their passwords were printed when they were made
</source>
        <translation>demo users exist already; their passwords were printed when they were made
</translation>
    </message>
    <message>
        <source>DEMO users (for trying OneWindow only; these passwords are shown this once):
</source>
        <translation>DEMO users (for trying OneWindow only; these passwords are shown this once):
</translation>
    </message>
    <message>
        <source>%1 needs a signed-in user: add --user NAME (password from OWCTL_PASSWORD or the terminal)</source>
        <translation>%1 needs a signed-in user: add --user NAME (password from OWCTL_PASSWORD or the terminal)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>user needs a subcommand: add or list</source>
        <translation>user needs a subcommand: add or list</translation>
    </message>
    <message>
        <source>user list: unknown argument &apos;%1&apos;</source>
        <translation>user list: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation> (deactivated)</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>user add needs a user name</source>
        <translation>user add needs a user name</translation>
    </message>
    <message>
        <source>user add: unknown argument &apos;%1&apos;</source>
        <translation>user add: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>user add needs --role clerk|assisted|supervisor|admin</source>
        <translation>user add needs --role clerk|assisted|supervisor|admin</translation>
    </message>
    <message>
        <source>added %1 (%2)
</source>
        <translation>added %1 (%2)
</translation>
    </message>
    <message>
        <source>unknown user subcommand &apos;%1&apos;</source>
        <translation>unknown user subcommand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>audit needs a subcommand: export or verify</source>
        <translation>audit needs a subcommand: export or verify</translation>
    </message>
    <message>
        <source>unknown audit subcommand &apos;%1&apos;</source>
        <translation>unknown audit subcommand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 takes a date YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>%1 takes a date YYYY-MM-DD, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>audit %1: unknown argument &apos;%2&apos;</source>
        <translation>audit %1: unknown argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>audit export needs --json (the only format so far)</source>
        <translation>audit export needs --json (the only format so far)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from is after --to</translation>
    </message>
    <message>
        <source>the audit log was tampered with: %1</source>
        <translation>the audit log was tampered with: %1</translation>
    </message>
    <message>
        <source>the audit log is intact
</source>
        <translation>the audit log is intact
</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>workstation needs a subcommand: show or set</source>
        <translation>workstation needs a subcommand: show or set</translation>
    </message>
    <message>
        <source>workstation set takes --idle-lock MINUTES</source>
        <translation>workstation set takes --idle-lock MINUTES</translation>
    </message>
    <message>
        <source>--idle-lock takes a whole number of minutes from 1 to 120, got &apos;%1&apos;</source>
        <translation>--idle-lock takes a whole number of minutes from 1 to 120, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>workstation show takes no argument</source>
        <translation>workstation show takes no argument</translation>
    </message>
    <message>
        <source>this database is not set up for a hall yet (owctl init --center …)</source>
        <translation>this database is not set up for a hall yet (owctl init --center …)</translation>
    </message>
    <message>
        <source>%1 %2, window %3, idle lock %4 minutes
</source>
        <translation>%1 %2, window %3, idle lock %4 minutes
</translation>
    </message>
    <message>
        <source>idle lock set to %1 minutes
</source>
        <translation>idle lock set to %1 minutes
</translation>
    </message>
    <message>
        <source>Setting up:</source>
        <translation>Setting up:</translation>
    </message>
    <message>
        <source>create or update the local database; load the catalog and guides on first use (safe to run again)</source>
        <translation>create or update the local database; load the catalog and guides on first use (safe to run again)</translation>
    </message>
    <message>
        <source>also set up the hall, this window and its administrator (password: OWCTL_PASSWORD or prompt)</source>
        <translation>also set up the hall, this window and its administrator (password: OWCTL_PASSWORD or prompt)</translation>
    </message>
    <message>
        <source>a demo hall with one demo user per role; their generated passwords are printed this once</source>
        <translation>a demo hall with one demo user per role; their generated passwords are printed this once</translation>
    </message>
    <message>
        <source>Reference data (no user needed):</source>
        <translation>Reference data (no user needed):</translation>
    </message>
    <message>
        <source>print the whole catalog as one JSON document</source>
        <translation>print the whole catalog as one JSON document</translation>
    </message>
    <message>
        <source>find items by Chinese, pinyin, initials, code or department; prints the ranked hits</source>
        <translation>find items by Chinese, pinyin, initials, code or department; prints the ranked hits</translation>
    </message>
    <message>
        <source>print the guide of an item (or say it has none)</source>
        <translation>print the guide of an item (or say it has none)</translation>
    </message>
    <message>
        <source>save the guide, or the one-page what-to-bring notice, as PDF</source>
        <translation>save the guide, or the one-page what-to-bring notice, as PDF</translation>
    </message>
    <message>
        <source>the hall, window and idle lock of this database</source>
        <translation>the hall, window and idle lock of this database</translation>
    </message>
    <message>
        <source>Accounts and audit (need --user; password: OWCTL_PASSWORD or prompt):</source>
        <translation>Accounts and audit (need --user; password: OWCTL_PASSWORD or prompt):</translation>
    </message>
    <message>
        <source>add an account; its password: OWCTL_NEW_PASSWORD or prompt</source>
        <translation>add an account; its password: OWCTL_NEW_PASSWORD or prompt</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <source>print the audit log</source>
        <translation>print the audit log</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>check the audit log&apos;s hash chain</translation>
    </message>
    <message>
        <source>lock the screen after 1 to 120 idle minutes</source>
        <translation>lock the screen after 1 to 120 idle minutes</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>the local database (else $ONEWINDOW_DB, else the application-data folder)</source>
        <translation>the local database (else $ONEWINDOW_DB, else the application-data folder)</translation>
    </message>
    <message>
        <source>who runs a command that needs a role</source>
        <translation>who runs a command that needs a role</translation>
    </message>
    <message>
        <source>catalog seed for a new database (default: built in)</source>
        <translation>catalog seed for a new database (default: built in)</translation>
    </message>
    <message>
        <source>language of messages (default: the system&apos;s) and of documents (default: Chinese)</source>
        <translation>language of messages (default: the system&apos;s) and of documents (default: Chinese)</translation>
    </message>
    <message>
        <source>show this text, or the version</source>
        <translation>show this text, or the version</translation>
    </message>
    <message>
        <source>Usage: owctl [--db PATH] [--user NAME] [--lang zh_CN|en] COMMAND</source>
        <translation>Usage: owctl [--db PATH] [--user NAME] [--lang zh_CN|en] COMMAND</translation>
    </message>
    <message>
        <source>validate needs a kind (id, uscc or phone) and a value</source>
        <translation>validate needs a kind (id, uscc or phone) and a value</translation>
    </message>
    <message>
        <source>validate: unknown kind &apos;%1&apos;: use id, uscc or phone</source>
        <translation>validate: unknown kind &apos;%1&apos;: use id, uscc or phone</translation>
    </message>
    <message>
        <source>validate %1 needs a value</source>
        <translation>validate %1 needs a value</translation>
    </message>
    <message>
        <source>validate %1 takes one value, got %2 (quote a value with spaces)</source>
        <translation>validate %1 takes one value, got %2 (quote a value with spaces)</translation>
    </message>
    <message>
        <source>invalid ID number %1: %2</source>
        <translation>invalid ID number %1: %2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>%1, born %2, %3, age %4 (elderly: 60 or over)</source>
        <translation>%1, born %2, %3, age %4 (elderly: 60 or over)</translation>
    </message>
    <message>
        <source>%1, born %2, %3, age %4</source>
        <translation>%1, born %2, %3, age %4</translation>
    </message>
    <message>
        <source>valid with a warning: %1: %2</source>
        <translation>valid with a warning: %1: %2</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>valid: %1</translation>
    </message>
    <message>
        <source>invalid credit code: %1</source>
        <translation>invalid credit code: %1</translation>
    </message>
    <message>
        <source>invalid phone number: %1</source>
        <translation>invalid phone number: %1</translation>
    </message>
    <message>
        <source>valid: %1 (%2)</source>
        <translation>valid: %1 (%2)</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>landline</translation>
    </message>
    <message>
        <source>one merged list of materials for items, sub-items or whole scenes (E1.1)</source>
        <translation>one merged list of materials for items, sub-items or whole scenes (E1.1)</translation>
    </message>
    <message>
        <source>the N-th working day after a date, on the official holiday calendar</source>
        <translation>the N-th working day after a date, on the official holiday calendar</translation>
    </message>
    <message>
        <source>workday, weekend or holiday (with its name)</source>
        <translation>workday, weekend or holiday (with its name)</translation>
    </message>
    <message>
        <source>check a resident ID number, unified social credit code or phone number</source>
        <translation>check a resident ID number, unified social credit code or phone number</translation>
    </message>
    <message>
        <source>calendar needs a subcommand: due or is-workday</source>
        <translation>calendar needs a subcommand: due or is-workday</translation>
    </message>
    <message>
        <source>calendar due: unknown argument &apos;%1&apos;</source>
        <translation>calendar due: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>calendar due: %1 is given twice</source>
        <translation>calendar due: %1 is given twice</translation>
    </message>
    <message>
        <source>calendar due needs --from YYYY-MM-DD</source>
        <translation>calendar due needs --from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>calendar due needs --working-days N</source>
        <translation>calendar due needs --working-days N</translation>
    </message>
    <message>
        <source>--from takes a date YYYY-MM-DD that exists, got &apos;%1&apos;</source>
        <translation>--from takes a date YYYY-MM-DD that exists, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--working-days takes a whole number from 0 to %1, got &apos;%2&apos;</source>
        <translation>--working-days takes a whole number from 0 to %1, got &apos;%2&apos;</translation>
    </message>
    <message>
        <source>calendar is-workday takes one date YYYY-MM-DD</source>
        <translation>calendar is-workday takes one date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>calendar is-workday: &apos;%1&apos; is not a date YYYY-MM-DD that exists</source>
        <translation>calendar is-workday: &apos;%1&apos; is not a date YYYY-MM-DD that exists</translation>
    </message>
    <message>
        <source>unknown calendar subcommand &apos;%1&apos;</source>
        <translation>unknown calendar subcommand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>chain needs a subcommand: materials</source>
        <translation>chain needs a subcommand: materials</translation>
    </message>
    <message>
        <source>unknown chain subcommand &apos;%1&apos;</source>
        <translation>unknown chain subcommand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>chain materials: unknown argument &apos;%1&apos;</source>
        <translation>chain materials: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>chain materials needs item, sub-item or scene codes, e.g. E001 E002 or P1.1</source>
        <translation>chain materials needs item, sub-item or scene codes, e.g. E001 E002 or P1.1</translation>
    </message>
    <message>
        <source>chain materials needs --json (the only format so far)</source>
        <translation>chain materials needs --json (the only format so far)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item, sub-item or scene code (E001, E001.1, P1.1 …)</source>
        <translation>&apos;%1&apos; is not an item, sub-item or scene code (E001, E001.1, P1.1 …)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an item, a sub-item nor a scene of the catalog</source>
        <translation>&apos;%1&apos; is neither an item, a sub-item nor a scene of the catalog</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 the work failed (or: invalid), 2 bad command line, 3 valid with a warning, 4 not signed in or not allowed.</source>
        <translation>Exit status: 0 done, 1 the work failed (or: invalid), 2 bad command line, 3 valid with a warning, 4 not signed in or not allowed.</translation>
    </message>
    <message>
        <source>print a case: applicant (identifiers masked), items, materials, events and deadline</source>
        <translation>print a case: applicant (identifiers masked), items, materials, events and deadline</translation>
    </message>
    <message>
        <source>the hall&apos;s cases of a day, names and identifiers masked</source>
        <translation>the hall&apos;s cases of a day, names and identifiers masked</translation>
    </message>
    <message>
        <source>case show needs a case number, e.g. XC01-03-20261130-0007</source>
        <translation>case show needs a case number, e.g. XC01-03-20261130-0007</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case number (centre-window-date-sequence, e.g. XC01-03-20261130-0007)</source>
        <translation>&apos;%1&apos; is not a case number (centre-window-date-sequence, e.g. XC01-03-20261130-0007)</translation>
    </message>
    <message>
        <source>case show: unknown argument &apos;%1&apos;</source>
        <translation>case show: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case show needs --json (the only format so far)</source>
        <translation>case show needs --json (the only format so far)</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>there is no case %1</translation>
    </message>
    <message>
        <source>case list: unknown argument &apos;%1&apos;</source>
        <translation>case list: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case list needs --date YYYY-MM-DD</source>
        <translation>case list needs --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>no cases on %1
</source>
        <translation>no cases on %1
</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>unknown case subcommand &apos;%1&apos;</source>
        <translation>unknown case subcommand &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the case&apos;s receipt, supplement notice or refusal notice as PDF</source>
        <translation>the case&apos;s receipt, supplement notice or refusal notice as PDF</translation>
    </message>
    <message>
        <source>receipt needs a subcommand: render</source>
        <translation>receipt needs a subcommand: render</translation>
    </message>
    <message>
        <source>receipt render needs a case number, e.g. XC01-03-20261130-0007</source>
        <translation>receipt render needs a case number, e.g. XC01-03-20261130-0007</translation>
    </message>
    <message>
        <source>--paper is a4 or 80mm, got &apos;%1&apos;</source>
        <translation>--paper is a4 or 80mm, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>receipt render: unknown argument &apos;%1&apos;</source>
        <translation>receipt render: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>receipt render needs -o FILE.pdf</source>
        <translation>receipt render needs -o FILE.pdf</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>the catalog as CSV (UTF-8 with BOM, opens in Excel), one row per item and sub-item</source>
        <translation>the catalog as CSV (UTF-8 with BOM, opens in Excel), one row per item and sub-item</translation>
    </message>
    <message>
        <source>the published versions of the catalog and guides, and what waits as a draft</source>
        <translation>the published versions of the catalog and guides, and what waits as a draft</translation>
    </message>
    <message>
        <source>what would stop publishing the drafts now (exit 1 when anything)</source>
        <translation>what would stop publishing the drafts now (exit 1 when anything)</translation>
    </message>
    <message>
        <source>every version of an item&apos;s guide</source>
        <translation>every version of an item&apos;s guide</translation>
    </message>
    <message>
        <source>two versions of a guide side by side, field by field</source>
        <translation>two versions of a guide side by side, field by field</translation>
    </message>
    <message>
        <source>a catalog (JSON or CSV) or one guide (JSON) as a draft; checked in full first, a bad file changes nothing</source>
        <translation>a catalog (JSON or CSV) or one guide (JSON) as a draft; checked in full first, a bad file changes nothing</translation>
    </message>
    <message>
        <source>catalog export needs one format: --json or --csv</source>
        <translation>catalog export needs one format: --json or --csv</translation>
    </message>
    <message>
        <source>catalog %1: unknown argument &apos;%2&apos;</source>
        <translation>catalog %1: unknown argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>catalog import needs a file: a catalog (JSON or CSV) or a guide (JSON)</source>
        <translation>catalog import needs a file: a catalog (JSON or CSV) or a guide (JSON)</translation>
    </message>
    <message>
        <source>catalog publish needs --note TEXT saying what changed</source>
        <translation>catalog publish needs --note TEXT saying what changed</translation>
    </message>
    <message>
        <source>--effective takes a date YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>--effective takes a date YYYY-MM-DD, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no version published yet: the counters use the catalog and guides as loaded
</source>
        <translation>no version published yet: the counters use the catalog and guides as loaded
</translation>
    </message>
    <message>
        <source>v%1  effective %2  %3 items, %4 guides  published %5 by %6: %7
</source>
        <translation>v%1  effective %2  %3 items, %4 guides  published %5 by %6: %7
</translation>
    </message>
    <message>
        <source>a draft catalog waits to be published
</source>
        <translation>a draft catalog waits to be published
</translation>
    </message>
    <message>
        <source>guide drafts: %1
</source>
        <translation>guide drafts: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before publishing</source>
        <translation>
            <numerusform>%n problem(s) to fix before publishing</numerusform>
            <numerusform>%n problem(s) to fix before publishing</numerusform>
        </translation>
    </message>
    <message>
        <source>ready to publish
</source>
        <translation>ready to publish
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB: not a catalog or guide</source>
        <translation>%1 is larger than 32 MB: not a catalog or guide</translation>
    </message>
    <message>
        <source>imported %1; publish it with: owctl catalog publish --note TEXT
</source>
        <translation>imported %1; publish it with: owctl catalog publish --note TEXT
</translation>
    </message>
    <message>
        <source>published catalog version %1 (%2 items, %3 guides), effective %4
</source>
        <translation>published catalog version %1 (%2 items, %3 guides), effective %4
</translation>
    </message>
    <message>
        <source>guide %1: unexpected argument &apos;%2&apos;</source>
        <translation>guide %1: unexpected argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>guide diff needs two version numbers, e.g. guide diff E001 1 2</source>
        <translation>guide diff needs two version numbers, e.g. guide diff E001 1 2</translation>
    </message>
    <message>
        <source>%1 has no guide</source>
        <translation>%1 has no guide</translation>
    </message>
    <message>
        <source>%1 v%2 is missing</source>
        <translation>%1 v%2 is missing</translation>
    </message>
    <message>
        <source>%1 has no guide version %2</source>
        <translation>%1 has no guide version %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ
</source>
        <translation>
            <numerusform>%n field(s) differ
</numerusform>
            <numerusform>%n field(s) differ
</numerusform>
        </translation>
    </message>
    <message>
        <source>guide needs a subcommand: show, print, versions or diff</source>
        <translation>guide needs a subcommand: show, print, versions or diff</translation>
    </message>
    <message>
        <source>write every case received in the range, complete and unmasked, to FILE (docs/case-json.md; audited)</source>
        <translation>write every case received in the range, complete and unmasked, to FILE (docs/case-json.md; audited)</translation>
    </message>
    <message>
        <source>store the cases of an exported document, all or none; cases already present are skipped</source>
        <translation>store the cases of an exported document, all or none; cases already present are skipped</translation>
    </message>
    <message>
        <source>case export: unknown argument &apos;%1&apos;</source>
        <translation>case export: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case export needs --json (the only format so far)</source>
        <translation>case export needs --json (the only format so far)</translation>
    </message>
    <message>
        <source>case export writes ID numbers and phones in full: it needs -o FILE and never prints them</source>
        <translation>case export writes ID numbers and phones in full: it needs -o FILE and never prints them</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 is before --from %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cases exported to %1: %2
</source>
        <translation>cases exported to %1: %2
</translation>
    </message>
    <message>
        <source>case import needs one file: owctl case import FILE.json</source>
        <translation>case import needs one file: owctl case import FILE.json</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; nothing was imported</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>imported %1, skipped %2
</source>
        <translation>imported %1, skipped %2
</translation>
    </message>
    <message>
        <source>the case&apos;s electronic archive: DIR/CASE_NO.pdf (form, receipt or notice, every scan) and DIR/CASE_NO.manifest.json (SHA-256 of each part)</source>
        <translation>the case&apos;s electronic archive: DIR/CASE_NO.pdf (form, receipt or notice, every scan) and DIR/CASE_NO.manifest.json (SHA-256 of each part)</translation>
    </message>
    <message>
        <source>case archive needs a case number, e.g. XC01-03-20261130-0007</source>
        <translation>case archive needs a case number, e.g. XC01-03-20261130-0007</translation>
    </message>
    <message>
        <source>case archive: unknown argument &apos;%1&apos;</source>
        <translation>case archive: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case archive needs -o DIR</source>
        <translation>case archive needs -o DIR</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: SHA-256 of the PDF and of its %n part(s)</source>
        <translation>
            <numerusform>%1: SHA-256 of the PDF and of its %n part</numerusform>
            <numerusform>%1: SHA-256 of the PDF and of its %n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>case needs a subcommand: show, list, export, import or archive</source>
        <translation>case needs a subcommand: show, list, export, import or archive</translation>
    </message>
    <message>
        <source>Central store and sync (URL: postgresql://USER@HOST:PORT/DB?sslmode=…; password: PGPASSWORD or ~/.pgpass):</source>
        <translation>Central store and sync (URL: postgresql://USER@HOST:PORT/DB?sslmode=…; password: PGPASSWORD or ~/.pgpass):</translation>
    </message>
    <message>
        <source>create or upgrade the central store&apos;s schema (administrator&apos;s login; safe to run again)</source>
        <translation>create or upgrade the central store&apos;s schema (administrator&apos;s login; safe to run again)</translation>
    </message>
    <message>
        <source>a hall and its login ow_&lt;code&gt;; its password: OWCTL_NEW_PASSWORD or prompt</source>
        <translation>a hall and its login ow_&lt;code&gt;; its password: OWCTL_NEW_PASSWORD or prompt</translation>
    </message>
    <message>
        <source>what the user leaves for the next shift (交班): cases not yet in the central store, 补正 waiting; close also records the hand-over</source>
        <translation>what the user leaves for the next shift (交班): cases not yet in the central store, 补正 waiting; close also records the hand-over</translation>
    </message>
    <message>
        <source>the central address, pending changes, last success and last error</source>
        <translation>the central address, pending changes, last success and last error</translation>
    </message>
    <message>
        <source>central %1 needs --central URL (the administrator&apos;s login)</source>
        <translation>central %1 needs --central URL (the administrator&apos;s login)</translation>
    </message>
    <message>
        <source>central init: unknown argument &apos;%1&apos;</source>
        <translation>central init: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: central schema version %2 (up to date)
</source>
        <translation>%1: central schema version %2 (up to date)
</translation>
    </message>
    <message>
        <source>%1: central schema version %2 (updated from %3)
</source>
        <translation>%1: central schema version %2 (updated from %3)
</translation>
    </message>
    <message>
        <source>central add-center needs CODE and NAME</source>
        <translation>central add-center needs CODE and NAME</translation>
    </message>
    <message>
        <source>Password of the center&apos;s login %1: </source>
        <translation>Password of the center&apos;s login %1: </translation>
    </message>
    <message>
        <source>center %1 (%2): login %3
</source>
        <translation>center %1 (%2): login %3
</translation>
    </message>
    <message>
        <source>central publish: the kind is one of %1</source>
        <translation>central publish: the kind is one of %1</translation>
    </message>
    <message>
        <source>%1 %2: version %3 published
</source>
        <translation>%1 %2: version %3 published
</translation>
    </message>
    <message>
        <source>central: unknown command &apos;%1&apos;</source>
        <translation>central: unknown command &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sync: unknown argument &apos;%1&apos;</source>
        <translation>sync: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>central store: %1
pending: %2
last success: %3
last error: %4
</source>
        <translation>central store: %1
pending: %2
last success: %3
last error: %4
</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>sync needs --central URL the first time (it is remembered)</source>
        <translation>sync needs --central URL the first time (it is remembered)</translation>
    </message>
    <message>
        <source>Password of the central login %1: </source>
        <translation>Password of the central login %1: </translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>sync failed: %1</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3
</source>
        <translation>pushed %1, pulled %2, conflicts %3
</translation>
    </message>
    <message>
        <source>shift needs summary or close</source>
        <translation>shift needs summary or close</translation>
    </message>
    <message>
        <source>fill the database with a synthetic history of D days ending at --end (default: today); refuses a database with real cases unless --force</source>
        <translation>fill the database with a synthetic history of D days ending at --end (default: today); refuses a database with real cases unless --force</translation>
    </message>
    <message>
        <source>demo needs a subcommand: generate</source>
        <translation>demo needs a subcommand: generate</translation>
    </message>
    <message>
        <source>demo generate: unknown argument &apos;%1&apos;</source>
        <translation>demo generate: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--cases takes a number from 1 to 5000000, got &apos;%1&apos;</source>
        <translation>--cases takes a number from 1 to 5000000, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 3660, got &apos;%1&apos;</source>
        <translation>--days takes a number from 1 to 3660, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed takes a whole number (0 or more), got &apos;%1&apos;</source>
        <translation>--seed takes a whole number (0 or more), got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--end takes a date YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>--end takes a date YYYY-MM-DD, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo generate needs --cases N, --days D and --seed S</source>
        <translation>demo generate needs --cases N, --days D and --seed S</translation>
    </message>
    <message>
        <source>%1 is %2: the archive is a copy; 归档 is recorded once the case is delivered (送达)
</source>
        <translation>%1 is %2: the archive is a copy; 归档 is recorded once the case is delivered (送达)
</translation>
    </message>
    <message>
        <source>electronic archive, PDF SHA-256 %1</source>
        <translation>electronic archive, PDF SHA-256 %1</translation>
    </message>
    <message>
        <source>the archive is written, but %1 is not marked 归档: %2</source>
        <translation>the archive is written, but %1 is not marked 归档: %2</translation>
    </message>
    <message>
        <source>%1 is filed (归档)
</source>
        <translation>%1 is filed (归档)
</translation>
    </message>
    <message>
        <source>the supervisor&apos;s figures of a day (or --from/--to a range): cases by hour, stage and item, decisions, handling time, deadlines, ratings, assisted cases, the plan&apos;s ledger</source>
        <translation>the supervisor&apos;s figures of a day (or --from/--to a range): cases by hour, stage and item, decisions, handling time, deadlines, ratings, assisted cases, the plan&apos;s ledger</translation>
    </message>
    <message>
        <source>report needs a subcommand: daily</source>
        <translation>report needs a subcommand: daily</translation>
    </message>
    <message>
        <source>report daily: unknown argument &apos;%1&apos;</source>
        <translation>report daily: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--window takes a window number 1 to 999, got &apos;%1&apos;</source>
        <translation>--window takes a window number 1 to 999, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--clerk takes a user name</source>
        <translation>--clerk takes a user name</translation>
    </message>
    <message>
        <source>report daily needs --date YYYY-MM-DD (or --from and --to)</source>
        <translation>report daily needs --date YYYY-MM-DD (or --from and --to)</translation>
    </message>
    <message>
        <source>report daily: --from %1 is after --to %2</source>
        <translation>report daily: --from %1 is after --to %2</translation>
    </message>
    <message>
        <source>report daily needs --json (the only format so far)</source>
        <translation>report daily needs --json (the only format so far)</translation>
    </message>
    <message>
        <source>the password is kept in the system keychain (%1)</source>
        <translation>the password is kept in the system keychain (%1)</translation>
    </message>
    <message>
        <source>the password is kept in %1, readable by its owner only (%2)</source>
        <translation>the password is kept in %1, readable by its owner only (%2)</translation>
    </message>
    <message>
        <source>the plan ledger: items offered as 极简办, 集成办 and 全域办, counted against the target of 100 enterprise and 100 individual items</source>
        <translation>the plan ledger: items offered as 极简办, 集成办 and 全域办, counted against the target of 100 enterprise and 100 individual items</translation>
    </message>
    <message>
        <source>check the drafts and put them in force as the next numbered version; with --central also send it to every hall through the central store</source>
        <translation>check the drafts and put them in force as the next numbered version; with --central also send it to every hall through the central store</translation>
    </message>
    <message>
        <source>the home-visit appointments (上门服务) of a day or period, applicants masked (assisted-service role)</source>
        <translation>the home-visit appointments (上门服务) of a day or period, applicants masked (assisted-service role)</translation>
    </message>
    <message>
        <source>publish a new version of reference data to every hall (checked first: what a counter would refuse is not sent)</source>
        <translation>publish a new version of reference data to every hall (checked first: what a counter would refuse is not sent)</translation>
    </message>
    <message>
        <source>send the newest catalog version published in the database to every hall</source>
        <translation>send the newest catalog version published in the database to every hall</translation>
    </message>
    <message>
        <source>catalog needs a subcommand: export, search, import, check, publish, versions or ledger</source>
        <translation>catalog needs a subcommand: export, search, import, check, publish, versions or ledger</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 items counted towards the target of %5 (极简办 %6, 集成办 %7, 全域办 %8)
</source>
        <translation>%1 %2: %3 of %4 items counted towards the target of %5 (极简办 %6, 集成办 %7, 全域办 %8)
</translation>
    </message>
    <message>
        <source>central publish needs KIND KEY FILE.json (or catalog release, for the newest catalog version of the database)</source>
        <translation>central publish needs KIND KEY FILE.json (or catalog release, for the newest catalog version of the database)</translation>
    </message>
    <message>
        <source>%1 has no published catalog version to send: publish one first (owctl catalog publish --note TEXT).</source>
        <translation>%1 has no published catalog version to send: publish one first (owctl catalog publish --note TEXT).</translation>
    </message>
    <message>
        <source>not published: %1</source>
        <translation>not published: %1</translation>
    </message>
    <message>
        <source>visit needs a subcommand: list</source>
        <translation>visit needs a subcommand: list</translation>
    </message>
    <message>
        <source>visit list: unknown argument &apos;%1&apos;</source>
        <translation>visit list: unknown argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--state takes booked, visited, cancelled or all, got &apos;%1&apos;</source>
        <translation>--state takes booked, visited, cancelled or all, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>visit list needs --date YYYY-MM-DD (and --to for a period)</source>
        <translation>visit list needs --date YYYY-MM-DD (and --to for a period)</translation>
    </message>
    <message>
        <source>visit list: --date %1 is after --to %2</source>
        <translation>visit list: --date %1 is after --to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n home visit(s)</source>
        <translation>
            <numerusform>%n home visit</numerusform>
            <numerusform>%n home visits</numerusform>
        </translation>
    </message>
    <message>
        <source>one sync round with the central store (the URL is remembered); prints what moved and the reference data it refused; --save-password keeps the login&apos;s password (from OWCTL_CENTRAL_PASSWORD or prompt) in the system keychain, or without one in an owner-only file beside the database; --verbose reports each page pulled on stderr</source>
        <translation>one sync round with the central store (the URL is remembered); prints what moved and the reference data it refused; --save-password keeps the login&apos;s password (from OWCTL_CENTRAL_PASSWORD or prompt) in the system keychain, or without one in an owner-only file beside the database; --verbose reports each page pulled on stderr</translation>
    </message>
    <message>
        <source>refused: %1
</source>
        <translation>refused: %1
</translation>
    </message>
    <message>
        <source>rows received so far: %1…</source>
        <translation>rows received so far: %1…</translation>
    </message>
    <message>
        <source>rows received: %1, the pull is complete</source>
        <translation>rows received: %1, the pull is complete</translation>
    </message>
    <message>
        <source>let the hall&apos;s own login publish the catalog and the holiday calendar from its administrator screen</source>
        <translation>let the hall&apos;s own login publish the catalog and the holiday calendar from its administrator screen</translation>
    </message>
    <message>
        <source>material drafts: %1
</source>
        <translation>material drafts: %1
</translation>
    </message>
    <message>
        <source>central: say init, add-center, allow-publish or publish</source>
        <translation>central: say init, add-center, allow-publish or publish</translation>
    </message>
    <message>
        <source>central allow-publish needs the CODE of a center</source>
        <translation>central allow-publish needs the CODE of a center</translation>
    </message>
    <message>
        <source>center %1 may not publish: %2</source>
        <translation>center %1 may not publish: %2</translation>
    </message>
    <message>
        <source>center %1 may publish the catalog and the holiday calendar from its administrator screen
</source>
        <translation>center %1 may publish the catalog and the holiday calendar from its administrator screen
</translation>
    </message>
</context>
<context>
    <name>ow::OwnerOnlyFileKeyStore</name>
    <message>
        <source>the key file %1 (readable by its owner only)</source>
        <translation>the key file %1 (readable by its owner only)</translation>
    </message>
    <message>
        <source>No path was given for the key file of the encrypted files.</source>
        <translation>No path was given for the key file of the encrypted files.</translation>
    </message>
    <message>
        <source>The cryptography library libsodium could not be initialised, so the key file %1 was not used.</source>
        <translation>The cryptography library libsodium could not be initialised, so the key file %1 was not used.</translation>
    </message>
    <message>
        <source>The key file %1 is a symbolic link; OneWindow reads its key only from a regular file. It was left unchanged.</source>
        <translation>The key file %1 is a symbolic link; OneWindow reads its key only from a regular file. It was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Cannot read the key file %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 disappeared while it was being created.</source>
        <translation>The key file %1 disappeared while it was being created.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file. It was left unchanged.</source>
        <translation>The key file %1 is not a regular file. It was left unchanged.</translation>
    </message>
    <message>
        <source>The key file %1 belongs to another user (user id %2); OneWindow uses a key file only when it belongs to the user running it. It was left unchanged.</source>
        <translation>The key file %1 belongs to another user (user id %2); OneWindow uses a key file only when it belongs to the user running it. It was left unchanged.</translation>
    </message>
    <message>
        <source>The key file %1 can be read or changed by other users (permissions %2): the key protects applicants&apos; personal files and must be readable by its owner only. Run &quot;chmod 600 %1&quot; and consider the key exposed. The file was left unchanged.</source>
        <translation>The key file %1 can be read or changed by other users (permissions %2): the key protects applicants&apos; personal files and must be readable by its owner only. Run &quot;chmod 600 %1&quot; and consider the key exposed. The file was left unchanged.</translation>
    </message>
    <message>
        <source>The key file %1 holds %2 bytes, but a key has %3: it is damaged or not a OneWindow key. It was left unchanged (a new key would make the stored files unreadable).</source>
        <translation>The key file %1 holds %2 bytes, but a key has %3: it is damaged or not a OneWindow key. It was left unchanged (a new key would make the stored files unreadable).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the key file %2: %3</source>
        <translation>Cannot create the folder %1 for the key file %2: %3</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2 is not a folder.</source>
        <translation>Cannot create the key file %1: %2 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1 in the folder %2: %3</source>
        <translation>Cannot create the key file %1 in the folder %2: %3</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Cannot write the key file %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>Cannot create the key file %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::PasswordHasher</name>
    <message>
        <source>the cryptography library could not be started</source>
        <translation>the cryptography library could not be started</translation>
    </message>
    <message>
        <source>the password could not be hashed (not enough memory)</source>
        <translation>the password could not be hashed (not enough memory)</translation>
    </message>
</context>
<context>
    <name>ow::PasswordPolicy</name>
    <message>
        <source>This password is on the list of common passwords; choose a less obvious one.</source>
        <translation>This password is on the list of common passwords; choose a less obvious one.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>The password must have at most %1 characters.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>The password must not start or end with a space.</translation>
    </message>
    <message>
        <source>The password must contain at least one letter.</source>
        <translation>The password must contain at least one letter.</translation>
    </message>
    <message>
        <source>The password must contain at least one digit.</source>
        <translation>The password must contain at least one digit.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters with at least one letter and one digit, no space at the start or end, not containing your user name and not a common password.</source>
        <translation>Use %1 to %2 characters with at least one letter and one digit, no space at the start or end, not containing your user name and not a common password.</translation>
    </message>
</context>
<context>
    <name>ow::PasswordPrompt</name>
    <message>
        <source>no terminal to ask for the password: set %1</source>
        <translation>no terminal to ask for the password: set %1</translation>
    </message>
</context>
<context>
    <name>ow::PdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — page %2 of %3</translation>
    </message>
    <message>
        <source>Cannot draw %1 as PDF</source>
        <translation>Cannot draw %1 as PDF</translation>
    </message>
</context>
<context>
    <name>ow::PhoneNumber</name>
    <message>
        <source>no phone number given</source>
        <translation>no phone number given</translation>
    </message>
    <message>
        <source>the extension after 转 must be 1 to 6 digits</source>
        <translation>the extension after 转 must be 1 to 6 digits</translation>
    </message>
    <message>
        <source>the phone number before 转 is missing</source>
        <translation>the phone number before 转 is missing</translation>
    </message>
    <message>
        <source>only digits, spaces, dashes, parentheses, a leading + and 转 before an extension are allowed, not %1 (character %2)</source>
        <translation>only digits, spaces, dashes, parentheses, a leading + and 转 before an extension are allowed, not %1 (character %2)</translation>
    </message>
    <message>
        <source>+ may only stand at the start, before the country code</source>
        <translation>+ may only stand at the start, before the country code</translation>
    </message>
    <message>
        <source>no digits in the phone number</source>
        <translation>no digits in the phone number</translation>
    </message>
    <message>
        <source>only mainland numbers are accepted: the country code must be +86</source>
        <translation>only mainland numbers are accepted: the country code must be +86</translation>
    </message>
    <message>
        <source>after +86 only a mobile number is accepted; write a landline with its area code, e.g. 0632-1234567</source>
        <translation>after +86 only a mobile number is accepted; write a landline with its area code, e.g. 0632-1234567</translation>
    </message>
    <message>
        <source>%1 is a service number, not a phone number of the applicant</source>
        <translation>%1 is a service number, not a phone number of the applicant</translation>
    </message>
    <message>
        <source>too short for a phone number: %1 digits</source>
        <translation>too short for a phone number: %1 digits</translation>
    </message>
    <message>
        <source>400 and 800 numbers are company hotlines, not a phone number of the applicant</source>
        <translation>400 and 800 numbers are company hotlines, not a phone number of the applicant</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits, got %1</source>
        <translation>a mobile number has 11 digits, got %1</translation>
    </message>
    <message>
        <source>mobile numbers start with 13 to 19, not %1</source>
        <translation>mobile numbers start with 13 to 19, not %1</translation>
    </message>
    <message>
        <source>a mobile number has no extension</source>
        <translation>a mobile number has no extension</translation>
    </message>
    <message>
        <source>an area code starts with 0, e.g. (0632)1234567</source>
        <translation>an area code starts with 0, e.g. (0632)1234567</translation>
    </message>
    <message>
        <source>a landline needs its area code, e.g. 0632-1234567</source>
        <translation>a landline needs its area code, e.g. 0632-1234567</translation>
    </message>
    <message>
        <source>%1 digits make neither a mobile number (11 digits starting 13 to 19) nor a landline (area code starting with 0)</source>
        <translation>%1 digits make neither a mobile number (11 digits starting 13 to 19) nor a landline (area code starting with 0)</translation>
    </message>
    <message>
        <source>parentheses may only enclose the area code, e.g. (0632)1234567</source>
        <translation>parentheses may only enclose the area code, e.g. (0632)1234567</translation>
    </message>
    <message>
        <source>an area code has 3 or 4 digits, got %1</source>
        <translation>an area code has 3 or 4 digits, got %1</translation>
    </message>
    <message>
        <source>an area code starts with 0</source>
        <translation>an area code starts with 0</translation>
    </message>
    <message>
        <source>the area code %1 does not exist: only 010 and 020 to 029 have three digits</source>
        <translation>the area code %1 does not exist: only 010 and 020 to 029 have three digits</translation>
    </message>
    <message>
        <source>the area code %1 does not exist: four-digit area codes start with 03 to 09</source>
        <translation>the area code %1 does not exist: four-digit area codes start with 03 to 09</translation>
    </message>
    <message>
        <source>the local number after the area code is missing</source>
        <translation>the local number after the area code is missing</translation>
    </message>
    <message>
        <source>the local number after the area code has 7 or 8 digits, got %1</source>
        <translation>the local number after the area code has 7 or 8 digits, got %1</translation>
    </message>
    <message>
        <source>a local number does not start with 0 (the area code has it)</source>
        <translation>a local number does not start with 0 (the area code has it)</translation>
    </message>
    <message>
        <source>two extensions given: use either - or 转</source>
        <translation>two extensions given: use either - or 转</translation>
    </message>
    <message>
        <source>an extension has 1 to 6 digits, got %1</source>
        <translation>an extension has 1 to 6 digits, got %1</translation>
    </message>
    <message>
        <source>too many groups of digits: write area code, number and extension, e.g. 0632-1234567-801</source>
        <translation>too many groups of digits: write area code, number and extension, e.g. 0632-1234567-801</translation>
    </message>
    <message>
        <source>%1 is not a phone number the public can call: a hotline has five digits starting 123 (12345), else give a mobile or landline number</source>
        <translation>%1 is not a phone number the public can call: a hotline has five digits starting 123 (12345), else give a mobile or landline number</translation>
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
    <name>ow::PublishCheck</name>
    <message>
        <source>The catalog is empty.</source>
        <translation>The catalog is empty.</translation>
    </message>
    <message>
        <source>The guide of %1 names no item or sub-item of the catalog.</source>
        <translation>The guide of %1 names no item or sub-item of the catalog.</translation>
    </message>
    <message>
        <source>The guide of %1: the legal time limit must be a whole number of working days from 1, or 即办.</source>
        <translation>The guide of %1: the legal time limit must be a whole number of working days from 1, or 即办.</translation>
    </message>
    <message>
        <source>The guide of %1: the promised time limit must be a whole number of working days from 1, or 即办.</source>
        <translation>The guide of %1: the promised time limit must be a whole number of working days from 1, or 即办.</translation>
    </message>
    <message>
        <source>The guide of %1 promises %2 working days, more than the legal %3.</source>
        <translation>The guide of %1 promises %2 working days, more than the legal %3.</translation>
    </message>
    <message>
        <source>The guide of %1 promises %2 working days for an item the law wants decided on the spot (即办).</source>
        <translation>The guide of %1 promises %2 working days for an item the law wants decided on the spot (即办).</translation>
    </message>
    <message>
        <source>%1 had a guide in the published version and would lose it.</source>
        <translation>%1 had a guide in the published version and would lose it.</translation>
    </message>
    <message>
        <source>Item %1 %2 of scene %3 %4 would be removed: a scene (一件事) may not lose an item.</source>
        <translation>Item %1 %2 of scene %3 %4 would be removed: a scene (一件事) may not lose an item.</translation>
    </message>
    <message>
        <source>Item %1 %2 would leave scene %3 %4: a scene (一件事) may not lose an item.</source>
        <translation>Item %1 %2 would leave scene %3 %4: a scene (一件事) may not lose an item.</translation>
    </message>
    <message>
        <source>Sub-item %1 %2 would be removed.</source>
        <translation>Sub-item %1 %2 would be removed.</translation>
    </message>
    <message>
        <source>The guide of %1 has no opening hours (办理时间).</source>
        <translation>The guide of %1 has no opening hours (办理时间).</translation>
    </message>
    <message>
        <source>enquiry phone (咨询电话)</source>
        <translation>enquiry phone (咨询电话)</translation>
    </message>
    <message>
        <source>complaint phone (监督电话)</source>
        <translation>complaint phone (监督电话)</translation>
    </message>
    <message>
        <source>The guide of %1 has no %2.</source>
        <translation>The guide of %1 has no %2.</translation>
    </message>
    <message>
        <source>The guide of %1: the %2 &quot;%3&quot; is not valid: %4.</source>
        <translation>The guide of %1: the %2 &quot;%3&quot; is not valid: %4.</translation>
    </message>
    <message>
        <source>The guide of %1: step %2 needs a name and a description.</source>
        <translation>The guide of %1: step %2 needs a name and a description.</translation>
    </message>
</context>
<context>
    <name>ow::QtDocumentCamera</name>
    <message>
        <source>The camera is still taking the previous picture.</source>
        <translation>The camera is still taking the previous picture.</translation>
    </message>
    <message>
        <source>The camera is no longer connected. Connect it and refresh the list.</source>
        <translation>The camera is no longer connected. Connect it and refresh the list.</translation>
    </message>
    <message>
        <source>The camera could not take the picture: %1</source>
        <translation>The camera could not take the picture: %1</translation>
    </message>
    <message>
        <source>The camera could not be started: %1</source>
        <translation>The camera could not be started: %1</translation>
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
    <name>ow::RatingWindow</name>
    <message>
        <source>Please rate our service</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Case %1: how was our service?</source>
        <translation>Case %1: how was our service?</translation>
    </message>
    <message>
        <source>This case has already been rated. Thank you.</source>
        <translation>This case has already been rated. Thank you.</translation>
    </message>
    <message>
        <source>Touch one of the buttons.</source>
        <translation>Touch one of the buttons.</translation>
    </message>
    <message>
        <source>Thank you. We are sorry; the hall&apos;s supervisor will call you back.</source>
        <translation>Thank you. We are sorry; the hall&apos;s supervisor will call you back.</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Thank you for your rating.</translation>
    </message>
    <message>
        <source>The applicant touches it to rate the service %1 of 5.</source>
        <translation>The applicant touches it to rate the service %1 of 5.</translation>
    </message>
</context>
<context>
    <name>ow::ReadAloud</name>
    <message>
        <source>S&amp;top reading</source>
        <translation>S&amp;top reading</translation>
    </message>
    <message>
        <source>Nothing to read: move the focus to a field, a list or a document.</source>
        <translation>Nothing to read: move the focus to a field, a list or a document.</translation>
    </message>
    <message>
        <source>No materials checklist on screen: open an intake (F2) first.</source>
        <translation>No materials checklist on screen: open an intake (F2) first.</translation>
    </message>
    <message>
        <source>The screen is locked: nothing of a case is read aloud.</source>
        <translation>The screen is locked: nothing of a case is read aloud.</translation>
    </message>
    <message>
        <source>No decision taken yet at this window.</source>
        <translation>No decision taken yet at this window.</translation>
    </message>
    <message>
        <source> (no speech engine)</source>
        <translation> (no speech engine)</translation>
    </message>
    <message>
        <source>&amp;Read the focused field aloud</source>
        <translation>&amp;Read the focused field aloud</translation>
    </message>
    <message>
        <source>Read the &amp;checklist aloud</source>
        <translation>Read the &amp;checklist aloud</translation>
    </message>
    <message>
        <source>Read the &amp;decision and deadline aloud</source>
        <translation>Read the &amp;decision and deadline aloud</translation>
    </message>
    <message>
        <source>No speech engine: reading aloud is off.</source>
        <translation>No speech engine: reading aloud is off.</translation>
    </message>
    <message>
        <source>Reading aloud: %1</source>
        <translation>Reading aloud: %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>button</source>
        <translation>button</translation>
    </message>
    <message>
        <source>button, not available</source>
        <translation>button, not available</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>Row %1 of %2</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Due on %1</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>Still to bring: %1</source>
        <translation>Still to bring: %1</translation>
    </message>
</context>
<context>
    <name>ow::RectificationService</name>
    <message>
        <source>The rectification of case %1 is closed already.</source>
        <translation>The rectification of case %1 is closed already.</translation>
    </message>
    <message>
        <source>The call-back&apos;s date must be a day up to today.</source>
        <translation>The call-back&apos;s date must be a day up to today.</translation>
    </message>
    <message>
        <source>The call-back cannot be before the rectification was opened (%1).</source>
        <translation>The call-back cannot be before the rectification was opened (%1).</translation>
    </message>
    <message>
        <source>Say whom the call-back reached (the applicant or who answered).</source>
        <translation>Say whom the call-back reached (the applicant or who answered).</translation>
    </message>
    <message>
        <source>Write down what was said in the call-back.</source>
        <translation>Write down what was said in the call-back.</translation>
    </message>
    <message>
        <source>Record the call-back before closing the rectification.</source>
        <translation>Record the call-back before closing the rectification.</translation>
    </message>
</context>
<context>
    <name>ow::RectificationView</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Which rectifications to show</source>
        <translation>Which rectifications to show</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Reload the rectifications</source>
        <translation>Reload the rectifications</translation>
    </message>
    <message>
        <source>Rectifications, the earliest due first</source>
        <translation>Rectifications, the earliest due first</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Due (working days)</source>
        <translation>Due (working days)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>Call-back</translation>
    </message>
    <message>
        <source>Call-back (回访)</source>
        <translation>Call-back (回访)</translation>
    </message>
    <message>
        <source>Day of the call-back</source>
        <translation>Day of the call-back</translation>
    </message>
    <message>
        <source>Whom the call-back reached</source>
        <translation>Whom the call-back reached</translation>
    </message>
    <message>
        <source>the applicant, or who answered</source>
        <translation>the applicant, or who answered</translation>
    </message>
    <message>
        <source>What was said in the call-back</source>
        <translation>What was said in the call-back</translation>
    </message>
    <message>
        <source>Record the &amp;call-back</source>
        <translation>Record the &amp;call-back</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Reac&amp;hed:</source>
        <translation>Reac&amp;hed:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;What was said:</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Closing note: what was done</source>
        <translation>Closing note: what was done</translation>
    </message>
    <message>
        <source>C&amp;lose the rectification</source>
        <translation>C&amp;lose the rectification</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 by %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s), %1 overdue</source>
        <translation>
            <numerusform>%n rectification, %1 overdue</numerusform>
            <numerusform>%n rectifications, %1 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rectification in the list.</source>
        <translation>Choose a rectification in the list.</translation>
    </message>
    <message>
        <source>Case %1, rated %2; opened %3, due %4 (%5).</source>
        <translation>Case %1, rated %2; opened %3, due %4 (%5).</translation>
    </message>
    <message>
        <source>Call-back of case %1 recorded.</source>
        <translation>Call-back of case %1 recorded.</translation>
    </message>
    <message>
        <source>Rectification of case %1 closed.</source>
        <translation>Rectification of case %1 closed.</translation>
    </message>
</context>
<context>
    <name>ow::ReferenceApply</name>
    <message>
        <source>&apos;%1&apos; is not a kind of reference data this OneWindow knows (%2); a newer OneWindow may: update this one.</source>
        <translation>&apos;%1&apos; is not a kind of reference data this OneWindow knows (%2); a newer OneWindow may: update this one.</translation>
    </message>
    <message>
        <source>%1: the document is not a JSON object.</source>
        <translation>%1: the document is not a JSON object.</translation>
    </message>
    <message>
        <source>The materials dictionary is published under the key &apos;dictionary&apos;, not &apos;%1&apos;.</source>
        <translation>The materials dictionary is published under the key &apos;dictionary&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The holiday calendar is published under the key &apos;holidays&apos;, not &apos;%1&apos;.</source>
        <translation>The holiday calendar is published under the key &apos;holidays&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: the guide is for %2, not for %3.</source>
        <translation>%1: the guide is for %2, not for %3.</translation>
    </message>
    <message>
        <source>%1: a published guide needs a version of 1 or more.</source>
        <translation>%1: a published guide needs a version of 1 or more.</translation>
    </message>
    <message>
        <source>A catalog version is published under the key &apos;release&apos;, not &apos;%1&apos;.</source>
        <translation>A catalog version is published under the key &apos;release&apos;, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a whole number of 1 or more.</source>
        <translation>%1: &quot;version&quot; must be a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>%1: &quot;effective_on&quot; must be a date YYYY-MM-DD that exists.</source>
        <translation>%1: &quot;effective_on&quot; must be a date YYYY-MM-DD that exists.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or empty.</source>
        <translation>%1: &quot;%2&quot; is missing or empty.</translation>
    </message>
    <message>
        <source>%1: &quot;catalog&quot;, &quot;guides&quot; and &quot;materials&quot; must be JSON objects.</source>
        <translation>%1: &quot;catalog&quot;, &quot;guides&quot; and &quot;materials&quot; must be JSON objects.</translation>
    </message>
    <message>
        <source>%1: the guide is for %2 version %3.</source>
        <translation>%1: the guide is for %2 version %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not an item or sub-item of the catalog.</source>
        <translation>%1: %2 is not an item or sub-item of the catalog.</translation>
    </message>
    <message>
        <source>%1: the catalog and guides do not match the version&apos;s SHA-256 (the document was altered or cut short).</source>
        <translation>%1: the catalog and guides do not match the version&apos;s SHA-256 (the document was altered or cut short).</translation>
    </message>
    <message>
        <source>Cannot read catalog version %1 from %2: %3</source>
        <translation>Cannot read catalog version %1 from %2: %3</translation>
    </message>
    <message>
        <source>There is no catalog version %1 in %2.</source>
        <translation>There is no catalog version %1 in %2.</translation>
    </message>
    <message>
        <source>Catalog version %1 names guide %2 version %3, which %4 does not hold.</source>
        <translation>Catalog version %1 names guide %2 version %3, which %4 does not hold.</translation>
    </message>
    <message>
        <source>Cannot read the materials dictionary from %1: %2</source>
        <translation>Cannot read the materials dictionary from %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the reference data pulled into %1: %2</source>
        <translation>Cannot read the reference data pulled into %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the reference data applied in %1: %2</source>
        <translation>Cannot record the reference data applied in %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the material %1 in %2: %3</source>
        <translation>Cannot store the material %1 in %2: %3</translation>
    </message>
    <message>
        <source>%1 is not an item or sub-item of this workstation&apos;s catalog.</source>
        <translation>%1 is not an item or sub-item of this workstation&apos;s catalog.</translation>
    </message>
    <message>
        <source>the guide of %1 version %2 published here differs from the central store&apos;s.</source>
        <translation>the guide of %1 version %2 published here differs from the central store&apos;s.</translation>
    </message>
    <message>
        <source>Cannot store the guide of %1 in %2: %3</source>
        <translation>Cannot store the guide of %1 in %2: %3</translation>
    </message>
    <message>
        <source>catalog version %1 of this workstation differs from the central store&apos;s.</source>
        <translation>catalog version %1 of this workstation differs from the central store&apos;s.</translation>
    </message>
    <message>
        <source>Cannot store catalog version %1 in %2: %3</source>
        <translation>Cannot store catalog version %1 in %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the refused reference data of %1: %2</source>
        <translation>Cannot read the refused reference data of %1: %2</translation>
    </message>
    <message>
        <source>Cannot apply the reference data in %1: %2</source>
        <translation>Cannot apply the reference data in %1: %2</translation>
    </message>
    <message>
        <source>The central store&apos;s %1 %2 (version %3) cannot be used here and was skipped: %4 The rest was applied; publish a corrected version.</source>
        <translation>The central store&apos;s %1 %2 (version %3) cannot be used here and was skipped: %4 The rest was applied; publish a corrected version.</translation>
    </message>
    <message>
        <source>Cannot record the refused reference data in %1: %2</source>
        <translation>Cannot record the refused reference data in %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::ReportRepository</name>
    <message>
        <source>Cannot count %1 in %2: %3</source>
        <translation>Cannot count %1 in %2: %3</translation>
    </message>
    <message>
        <source>A report needs a first and a last day, the first not after the last.</source>
        <translation>A report needs a first and a last day, the first not after the last.</translation>
    </message>
    <message>
        <source>A report needs the hall&apos;s centre code.</source>
        <translation>A report needs the hall&apos;s centre code.</translation>
    </message>
    <message>
        <source>cases by hour</source>
        <translation>cases by hour</translation>
    </message>
    <message>
        <source>the catalog&apos;s names</source>
        <translation>the catalog&apos;s names</translation>
    </message>
    <message>
        <source>cases by stage</source>
        <translation>cases by stage</translation>
    </message>
    <message>
        <source>cases by scene</source>
        <translation>cases by scene</translation>
    </message>
    <message>
        <source>cases by item</source>
        <translation>cases by item</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decisions</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>deadlines</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>ratings</translation>
    </message>
    <message>
        <source>assisted cases</source>
        <translation>assisted cases</translation>
    </message>
    <message>
        <source>the plan&apos;s ledger</source>
        <translation>the plan&apos;s ledger</translation>
    </message>
    <message>
        <source>the cases behind a figure</source>
        <translation>the cases behind a figure</translation>
    </message>
    <message>
        <source>the day&apos;s summary</source>
        <translation>the day&apos;s summary</translation>
    </message>
</context>
<context>
    <name>ow::Roles</name>
    <message>
        <source>counter clerk</source>
        <translation>counter clerk</translation>
    </message>
    <message>
        <source>assisted-service staff</source>
        <translation>assisted-service staff</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>ow::RuntimeModule</name>
    <message>
        <source>The module %1 of OneWindow cannot be loaded (%2).</source>
        <translation>The module %1 of OneWindow cannot be loaded (%2).</translation>
    </message>
</context>
<context>
    <name>ow::ScanFormat</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach.</source>
        <translation>%1 is empty: there is nothing to attach.</translation>
    </message>
    <message>
        <source>%1 is too large to attach (%2; at most %3 per file). Scan it at a lower resolution or split it.</source>
        <translation>%1 is too large to attach (%2; at most %3 per file). Scan it at a lower resolution or split it.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file (its content says so, whatever its name): only those can be attached.</source>
        <translation>%1 is not a JPEG, PNG or PDF file (its content says so, whatever its name): only those can be attached.</translation>
    </message>
</context>
<context>
    <name>ow::ScanGallery</name>
    <message>
        <source>Scans of the case</source>
        <translation>Scans of the case</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n page(s)</source>
        <translation>
            <numerusform>%1: %2 — %n page</numerusform>
            <numerusform>%1: %2 — %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>The thumbnail cannot be shown.</source>
        <translation>The thumbnail cannot be shown.</translation>
    </message>
    <message numerus="yes">
        <source>Scans: %n file(s)</source>
        <translation>
            <numerusform>Scans: %n file</numerusform>
            <numerusform>Scans: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ScanInspector</name>
    <message>
        <source>%1 is damaged or not a readable PDF; it was not attached.</source>
        <translation>%1 is damaged or not a readable PDF; it was not attached.</translation>
    </message>
    <message>
        <source>%1 is protected by a password; attach a copy without one.</source>
        <translation>%1 is protected by a password; attach a copy without one.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a readable PDF (no page could be read); it was not attached.</source>
        <translation>%1 is damaged or not a readable PDF (no page could be read); it was not attached.</translation>
    </message>
    <message>
        <source>%1 has %2 pages; at most %3 can be attached as one file.</source>
        <translation>%1 has %2 pages; at most %3 can be attached as one file.</translation>
    </message>
    <message>
        <source>The first page of %1 cannot be drawn: the PDF is damaged; it was not attached.</source>
        <translation>The first page of %1 cannot be drawn: the PDF is damaged; it was not attached.</translation>
    </message>
    <message>
        <source>%1 is a damaged or unreadable image; it was not attached.</source>
        <translation>%1 is a damaged or unreadable image; it was not attached.</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation>The image cannot be read.</translation>
    </message>
    <message>
        <source>The PDF is damaged, empty or protected by a password.</source>
        <translation>The PDF is damaged, empty or protected by a password.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be drawn.</source>
        <translation>Page %1 of the PDF cannot be drawn.</translation>
    </message>
</context>
<context>
    <name>ow::ScanService</name>
    <message>
        <source>%1 was not read as a %2 file; it was not attached.</source>
        <translation>%1 was not read as a %2 file; it was not attached.</translation>
    </message>
    <message>
        <source>Cannot read which cases use a scan from %1: %2</source>
        <translation>Cannot read which cases use a scan from %1: %2</translation>
    </message>
    <message>
        <source>The scan %1 has no thumbnail.</source>
        <translation>The scan %1 has no thumbnail.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case number.</source>
        <translation>&apos;%1&apos; is not a case number.</translation>
    </message>
    <message>
        <source>There is no case %1 in this database.</source>
        <translation>There is no case %1 in this database.</translation>
    </message>
    <message>
        <source>Scan of %1 in case %2: %3</source>
        <translation>Scan of %1 in case %2: %3</translation>
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
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Empties the search box (Esc does the same).</source>
        <translation>Empties the search box (Esc does the same).</translation>
    </message>
    <message>
        <source>Search: Chinese, pinyin or code (Ctrl+K)</source>
        <translation>Search: Chinese, pinyin or code (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search items (Ctrl+K)</source>
        <translation>Search items (Ctrl+K)</translation>
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
    <name>ow::SecureFileStore</name>
    <message>
        <source>Cannot create the folder %1 for the encrypted files: %2</source>
        <translation>Cannot create the folder %1 for the encrypted files: %2</translation>
    </message>
    <message>
        <source>Cannot store encrypted files in %1: it is not a folder.</source>
        <translation>Cannot store encrypted files in %1: it is not a folder.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 to flush it to disk: %2</source>
        <translation>Cannot open the folder %1 to flush it to disk: %2</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation>Cannot flush the folder %1 to disk: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a file in %2: names are the 64 lowercase hexadecimal characters of a SHA-256. Nothing was read or changed.</source>
        <translation>&quot;%1&quot; is not the name of a file in %2: names are the 64 lowercase hexadecimal characters of a SHA-256. Nothing was read or changed.</translation>
    </message>
    <message>
        <source>No folder was given for the encrypted files.</source>
        <translation>No folder was given for the encrypted files.</translation>
    </message>
    <message>
        <source>The cryptography library libsodium could not be initialised, so the encrypted files in %1 cannot be used.</source>
        <translation>The cryptography library libsodium could not be initialised, so the encrypted files in %1 cannot be used.</translation>
    </message>
    <message>
        <source>The key for the encrypted files in %1 has %2 bytes instead of %3; nothing was read or written.</source>
        <translation>The key for the encrypted files in %1 has %2 bytes instead of %3; nothing was read or written.</translation>
    </message>
    <message>
        <source>The content is already stored, but the stored copy does not read back, so it was not overwritten: %1 Remove that file to store the content again.</source>
        <translation>The content is already stored, but the stored copy does not read back, so it was not overwritten: %1 Remove that file to store the content again.</translation>
    </message>
    <message>
        <source>Cannot write an encrypted file in the folder %1: %2</source>
        <translation>Cannot write an encrypted file in the folder %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file %1 in the folder %2: %3</source>
        <translation>Cannot write the encrypted file %1 in the folder %2: %3</translation>
    </message>
    <message>
        <source>No encrypted file %1 is stored.</source>
        <translation>No encrypted file %1 is stored.</translation>
    </message>
    <message>
        <source>Cannot read the encrypted file %1: %2</source>
        <translation>Cannot read the encrypted file %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an encrypted OneWindow file (its header is wrong). It was left unchanged.</source>
        <translation>%1 is not an encrypted OneWindow file (its header is wrong). It was left unchanged.</translation>
    </message>
    <message>
        <source>The encrypted file %1 is truncated (%2 bytes). It was left unchanged.</source>
        <translation>The encrypted file %1 is truncated (%2 bytes). It was left unchanged.</translation>
    </message>
    <message>
        <source>The encrypted file %1 failed its integrity check: it was altered or truncated, or it was encrypted with another key. It was left unchanged.</source>
        <translation>The encrypted file %1 failed its integrity check: it was altered or truncated, or it was encrypted with another key. It was left unchanged.</translation>
    </message>
    <message>
        <source>The encrypted file %1 holds content whose SHA-256 is %2, not its name: it was renamed or replaced. It was left unchanged.</source>
        <translation>The encrypted file %1 holds content whose SHA-256 is %2, not its name: it was renamed or replaced. It was left unchanged.</translation>
    </message>
    <message>
        <source>Cannot remove the encrypted file %1: %2</source>
        <translation>Cannot remove the encrypted file %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::SetupDialog</name>
    <message>
        <source>First start — set up this workstation</source>
        <translation>First start — set up this workstation</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <source>This database is new. Enter the hall this workstation belongs to, its window number, and the administrator account. There is no default password.</source>
        <translation>This database is new. Enter the hall this workstation belongs to, its window number, and the administrator account. There is no default password.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Center code</source>
        <translation>Center code</translation>
    </message>
    <message>
        <source>e.g. XC01: capital letters and digits</source>
        <translation>e.g. XC01: capital letters and digits</translation>
    </message>
    <message>
        <source>&amp;Center code:</source>
        <translation>&amp;Center code:</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>Center name</translation>
    </message>
    <message>
        <source>e.g. 薛城区政务服务中心</source>
        <translation>e.g. 薛城区政务服务中心</translation>
    </message>
    <message>
        <source>Center &amp;name:</source>
        <translation>Center &amp;name:</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>&amp;Window number:</source>
        <translation>&amp;Window number:</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <source>e.g. admin.wang</source>
        <translation>e.g. admin.wang</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>Administrator display name</source>
        <translation>Administrator display name</translation>
    </message>
    <message>
        <source>e.g. 王伟</source>
        <translation>e.g. 王伟</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Password rules</translation>
    </message>
    <message>
        <source>Setup message</source>
        <translation>Setup message</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>ow::ShiftClosePanel</name>
    <message>
        <source>Hand over and &amp;sign out</source>
        <translation>Hand over and &amp;sign out</translation>
    </message>
    <message>
        <source>&amp;Cancel, keep working</source>
        <translation>&amp;Cancel, keep working</translation>
    </message>
    <message>
        <source>Shift close (交班)</source>
        <translation>Shift close (交班)</translation>
    </message>
    <message>
        <source>Shift close: what you leave for the next shift</source>
        <translation>Shift close: what you leave for the next shift</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What is left could not be read: %1 You can still sign out.</source>
        <translation>What is left could not be read: %1 You can still sign out.</translation>
    </message>
    <message>
        <source>Nothing is left behind: every case is in the central store and nothing waits for you.</source>
        <translation>Nothing is left behind: every case is in the central store and nothing waits for you.</translation>
    </message>
    <message>
        <source>This is what you leave for the next shift. It stays on this workstation and is recorded with your hand-over.</source>
        <translation>This is what you leave for the next shift. It stays on this workstation and is recorded with your hand-over.</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Last successful sync: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — due %2</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <translation>%1 — %2 at %3</translation>
    </message>
    <message>
        <source>Cases not yet in the central store: %1</source>
        <translation>Cases not yet in the central store: %1</translation>
    </message>
    <message>
        <source>Every case is in the central store.</source>
        <translation>Every case is in the central store.</translation>
    </message>
    <message>
        <source>Receipts and notices printed since the last sync: %1</source>
        <translation>Receipts and notices printed since the last sync: %1</translation>
    </message>
    <message>
        <source>Nothing printed since the last sync.</source>
        <translation>Nothing printed since the last sync.</translation>
    </message>
    <message>
        <source>补正 deadlines running (waiting for the applicant): %1</source>
        <translation>补正 deadlines running (waiting for the applicant): %1</translation>
    </message>
    <message>
        <source>No 补正 is waiting.</source>
        <translation>No 补正 is waiting.</translation>
    </message>
    <message>
        <source>Rectifications (整改) due: %1</source>
        <translation>Rectifications (整改) due: %1</translation>
    </message>
    <message>
        <source>No rectification is open.</source>
        <translation>No rectification is open.</translation>
    </message>
    <message>
        <source>Changes of this workstation not yet sent: %1</source>
        <translation>Changes of this workstation not yet sent: %1</translation>
    </message>
    <message>
        <source>Hand over and sign out</source>
        <translation>Hand over and sign out</translation>
    </message>
    <message>
        <source>Cancel and keep working</source>
        <translation>Cancel and keep working</translation>
    </message>
</context>
<context>
    <name>ow::ShiftHandover</name>
    <message>
        <source>Cannot read what is left for the next shift: %1</source>
        <translation>Cannot read what is left for the next shift: %1</translation>
    </message>
    <message>
        <source>Cases not yet in the central store: %1</source>
        <translation>Cases not yet in the central store: %1</translation>
    </message>
    <message>
        <source>Supplements (补正) waiting for the applicant: %1</source>
        <translation>Supplements (补正) waiting for the applicant: %1</translation>
    </message>
    <message>
        <source>Changes of this workstation not yet sent: %1</source>
        <translation>Changes of this workstation not yet sent: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Rectifications (整改) still open: %1</source>
        <translation>Rectifications (整改) still open: %1</translation>
    </message>
    <message>
        <source>Receipts and notices printed since the last sync: %1</source>
        <translation>Receipts and notices printed since the last sync: %1</translation>
    </message>
</context>
<context>
    <name>ow::ShortcutSheet</name>
    <message>
        <source>Keys (F1)</source>
        <translation>Keys (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Keys and what they do</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what the key does (where)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lists and forms</source>
        <translation>Lists and forms</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <source>The field or button with that letter</source>
        <translation>The field or button with that letter</translation>
    </message>
    <message>
        <source>↑ ↓ Enter</source>
        <translation>↑ ↓ Enter</translation>
    </message>
    <message>
        <source>Choose in a list; Enter opens</source>
        <translation>Choose in a list; Enter opens</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Checklist: received / missing / waived</source>
        <translation>Checklist: received / missing / waived</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Intake: remove the chosen item</source>
        <translation>Intake: remove the chosen item</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Search: clear and go back to the navigator</source>
        <translation>Search: clear and go back to the navigator</translation>
    </message>
    <message>
        <source>Every key of the screen on show, read from its actions; F1 closes the sheet.</source>
        <translation>Every key of the screen on show, read from its actions; F1 closes the sheet.</translation>
    </message>
    <message>
        <source>1 … 5, Enter, Esc</source>
        <translation>1 … 5, Enter, Esc</translation>
    </message>
    <message>
        <source>Spoken rating (accessibility mode, F9): the applicant&apos;s answer, record it, cancel</source>
        <translation>Spoken rating (accessibility mode, F9): the applicant&apos;s answer, record it, cancel</translation>
    </message>
</context>
<context>
    <name>ow::SignInDialog</name>
    <message>
        <source>Sign in — OneWindow</source>
        <translation>Sign in — OneWindow</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Hall and window</source>
        <translation>Hall and window</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Sign-in message</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign in to the counter with your user name and password.</source>
        <translation>Sign in to the counter with your user name and password.</translation>
    </message>
    <message>
        <source>The hall and window this workstation serves.</source>
        <translation>The hall and window this workstation serves.</translation>
    </message>
    <message>
        <source>Your sign-in name at this hall.</source>
        <translation>Your sign-in name at this hall.</translation>
    </message>
    <message>
        <source>Your password; five wrong passwords lock the account for a while.</source>
        <translation>Your password; five wrong passwords lock the account for a while.</translation>
    </message>
    <message>
        <source>Why the last sign-in failed.</source>
        <translation>Why the last sign-in failed.</translation>
    </message>
    <message>
        <source>Signs in with the user name and password above.</source>
        <translation>Signs in with the user name and password above.</translation>
    </message>
    <message>
        <source>Closes the program without signing in.</source>
        <translation>Closes the program without signing in.</translation>
    </message>
</context>
<context>
    <name>ow::SignatureField</name>
    <message>
        <source>&amp;Clear signature</source>
        <translation>&amp;Clear signature</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>Undo stroke</translation>
    </message>
    <message>
        <source>Signature of the applicant or agent</source>
        <translation>Signature of the applicant or agent</translation>
    </message>
    <message>
        <source>Signature of the applicant (or of the agent acting for them):</source>
        <translation>Signature of the applicant (or of the agent acting for them):</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>Undo the last stroke</translation>
    </message>
    <message>
        <source>Undo the last stroke (Alt+Z)</source>
        <translation>Undo the last stroke (Alt+Z)</translation>
    </message>
    <message>
        <source>Signature state</source>
        <translation>Signature state</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>Not signed yet.</translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n stroke(s)); kept with the case.</source>
        <translation>
            <numerusform>Signed (%n stroke); kept with the case.</numerusform>
            <numerusform>Signed (%n strokes); kept with the case.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipes the pad so the signer can sign again.</source>
        <translation>Wipes the pad so the signer can sign again.</translation>
    </message>
    <message>
        <source>Takes back the last stroke drawn (Alt+Z).</source>
        <translation>Takes back the last stroke drawn (Alt+Z).</translation>
    </message>
</context>
<context>
    <name>ow::SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>The applicant signs here with a pen, a finger or the mouse; a signature pad works the same way.</source>
        <translation>The applicant signs here with a pen, a finger or the mouse; a signature pad works the same way.</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>ow::SpeechEngine</name>
    <message>
        <source>No speech engine is installed on this computer (Qt TextToSpeech found none): reading aloud is not available.</source>
        <translation>No speech engine is installed on this computer (Qt TextToSpeech found none): reading aloud is not available.</translation>
    </message>
    <message>
        <source>The speech engine does not answer (is the speech service running?): reading aloud is not available.</source>
        <translation>The speech engine does not answer (is the speech service running?): reading aloud is not available.</translation>
    </message>
</context>
<context>
    <name>ow::SpokenRatingPanel</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>&amp;Record (Enter)</source>
        <translation>&amp;Record (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Spoken rating of case %1</source>
        <translation>Spoken rating of case %1</translation>
    </message>
    <message>
        <source>The applicant&apos;s own rating, said aloud: keys 1 to 5 choose the answer they say, Enter records it, Esc cancels.</source>
        <translation>The applicant&apos;s own rating, said aloud: keys 1 to 5 choose the answer they say, Enter records it, Esc cancels.</translation>
    </message>
    <message>
        <source>Case %1: how was our service?</source>
        <translation>Case %1: how was our service?</translation>
    </message>
    <message>
        <source>For an applicant who cannot use the customer window. Read the question (it is read aloud when a speech engine exists), let the applicant answer and press the number they say. Only the applicant rates: the helper never chooses for them, and outside the accessibility mode there is no such command.</source>
        <translation>For an applicant who cannot use the customer window. Read the question (it is read aloud when a speech engine exists), let the applicant answer and press the number they say. Only the applicant rates: the helper never chooses for them, and outside the accessibility mode there is no such command.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Key %1: the applicant said &quot;%2&quot;.</source>
        <translation>Key %1: the applicant said &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No answer chosen yet: press 1 to 5.</source>
        <translation>No answer chosen yet: press 1 to 5.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Records the answer chosen as the applicant&apos;s rating (channel: spoken); a case is rated once.</source>
        <translation>Records the answer chosen as the applicant&apos;s rating (channel: spoken); a case is rated once.</translation>
    </message>
    <message>
        <source>Closes the panel without recording anything.</source>
        <translation>Closes the panel without recording anything.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Case %1. How satisfied are you with our service? Please answer with a number: %2.</source>
        <translation>Case %1. How satisfied are you with our service? Please answer with a number: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Not read aloud (%1): read the question and the answers to the applicant yourself.</source>
        <translation>Not read aloud (%1): read the question and the answers to the applicant yourself.</translation>
    </message>
    <message>
        <source>Chosen: %1 — %2. Enter records it; another number changes it.</source>
        <translation>Chosen: %1 — %2. Enter records it; another number changes it.</translation>
    </message>
    <message>
        <source>%1, %2. Is that right?</source>
        <translation>%1, %2. Is that right?</translation>
    </message>
    <message>
        <source>Press 1 to 5 first: the number the applicant says.</source>
        <translation>Press 1 to 5 first: the number the applicant says.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2 (spoken). The hall&apos;s supervisor will call the applicant back; the rectification is due on %3.</source>
        <translation>Recorded: %1 — %2 (spoken). The hall&apos;s supervisor will call the applicant back; the rectification is due on %3.</translation>
    </message>
    <message>
        <source>Thank you. We are sorry; the hall&apos;s supervisor will call you back.</source>
        <translation>Thank you. We are sorry; the hall&apos;s supervisor will call you back.</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2 (spoken). Thank you.</source>
        <translation>Recorded: %1 — %2 (spoken). Thank you.</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Thank you for your rating.</translation>
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
    <message>
        <source>Sign in as this user without the sign-in window; the password comes from ONEWINDOW_PASSWORD (for kiosks, tests and benchmarks).</source>
        <translation>Sign in as this user without the sign-in window; the password comes from ONEWINDOW_PASSWORD (for kiosks, tests and benchmarks).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Language of the screens: zh_CN (default) or en; without it, the one chosen in File &gt; Language.</source>
        <translation>Language of the screens: zh_CN (default) or en; without it, the one chosen in File &gt; Language.</translation>
    </message>
</context>
<context>
    <name>ow::SyncConflicts</name>
    <message>
        <source>Cannot read the sync conflicts: %1</source>
        <translation>Cannot read the sync conflicts: %1</translation>
    </message>
    <message>
        <source>Write a note on what was done about the conflict (for example: checked with the applicant, the kept version is right).</source>
        <translation>Write a note on what was done about the conflict (for example: checked with the applicant, the kept version is right).</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most 2000 are kept.</source>
        <translation>The note has %1 characters; at most 2000 are kept.</translation>
    </message>
    <message>
        <source>Cannot read the sync conflict: %1</source>
        <translation>Cannot read the sync conflict: %1</translation>
    </message>
    <message>
        <source>There is no sync conflict %1 (a later sync may have removed it).</source>
        <translation>There is no sync conflict %1 (a later sync may have removed it).</translation>
    </message>
    <message>
        <source>The conflict was already reviewed by %1.</source>
        <translation>The conflict was already reviewed by %1.</translation>
    </message>
    <message>
        <source>Cannot record the review: %1</source>
        <translation>Cannot record the review: %1</translation>
    </message>
</context>
<context>
    <name>ow::SyncConflictsView</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case item</source>
        <translation>Case item</translation>
    </message>
    <message>
        <source>Case material</source>
        <translation>Case material</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Show &amp;reviewed ones too</source>
        <translation>Show &amp;reviewed ones too</translation>
    </message>
    <message>
        <source>Show &amp;unmasked (recorded)</source>
        <translation>Show &amp;unmasked (recorded)</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Mark reviewed</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Edits made at two windows to the same record: the central store kept the version that arrived first; the other one is shown beside it. Check them and mark each one reviewed with a note.</source>
        <translation>Edits made at two windows to the same record: the central store kept the version that arrived first; the other one is shown beside it. Check them and mark each one reviewed with a note.</translation>
    </message>
    <message>
        <source>What this screen shows</source>
        <translation>What this screen shows</translation>
    </message>
    <message>
        <source>Show reviewed conflicts too</source>
        <translation>Show reviewed conflicts too</translation>
    </message>
    <message>
        <source>Conflicts and the chosen one&apos;s versions</source>
        <translation>Conflicts and the chosen one&apos;s versions</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Lost at workstation</source>
        <translation>Lost at workstation</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>The chosen conflict</source>
        <translation>The chosen conflict</translation>
    </message>
    <message>
        <source>Chosen conflict</source>
        <translation>Chosen conflict</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>Both versions, field by field</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept by the central store</source>
        <translation>Kept by the central store</translation>
    </message>
    <message>
        <source>Lost (arrived later)</source>
        <translation>Lost (arrived later)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>&amp;Note on the review:</source>
        <translation>&amp;Note on the review:</translation>
    </message>
    <message>
        <source>Note on the review</source>
        <translation>Note on the review</translation>
    </message>
    <message>
        <source>Show the personal data unmasked; the look is recorded</source>
        <translation>Show the personal data unmasked; the look is recorded</translation>
    </message>
    <message>
        <source>Mark the conflict reviewed with the note</source>
        <translation>Mark the conflict reviewed with the note</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>There are no sync conflicts.</source>
        <translation>There are no sync conflicts.</translation>
    </message>
    <message>
        <source>No sync conflict waits for a review.</source>
        <translation>No sync conflict waits for a review.</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Choose a conflict in the list.</translation>
    </message>
    <message>
        <source>%1 %2, decided %3</source>
        <translation>%1 %2, decided %3</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2: %3</source>
        <translation>Reviewed by %1 on %2: %3</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Not reviewed yet.</translation>
    </message>
    <message>
        <source>The personal data is shown in full; the look was recorded in the audit log.</source>
        <translation>The personal data is shown in full; the look was recorded in the audit log.</translation>
    </message>
    <message>
        <source>Conflict marked reviewed.</source>
        <translation>Conflict marked reviewed.</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Applicant&apos;s ID number</source>
        <translation>Applicant&apos;s ID number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>Agent&apos;s phone</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — differs</translation>
    </message>
</context>
<context>
    <name>ow::SyncEngine</name>
    <message>
        <source>statement %1 failed on purpose (fault injection)</source>
        <translation>statement %1 failed on purpose (fault injection)</translation>
    </message>
    <message>
        <source>the answer to statement %1 was lost on purpose (fault injection)</source>
        <translation>the answer to statement %1 was lost on purpose (fault injection)</translation>
    </message>
    <message>
        <source>Cannot read the sync state of %1: %2</source>
        <translation>Cannot read the sync state of %1: %2</translation>
    </message>
    <message>
        <source>This workstation has no hall yet: set it up first (owctl init --center CODE …).</source>
        <translation>This workstation has no hall yet: set it up first (owctl init --center CODE …).</translation>
    </message>
    <message>
        <source>The central store has no OneWindow schema (or an older one): run &apos;owctl central init&apos; against it first.</source>
        <translation>The central store has no OneWindow schema (or an older one): run &apos;owctl central init&apos; against it first.</translation>
    </message>
    <message>
        <source>The central store refused this workstation: %1</source>
        <translation>The central store refused this workstation: %1</translation>
    </message>
    <message>
        <source>The central store speaks sync protocol %1, this OneWindow speaks %2: update the older side first. Nothing was sent.</source>
        <translation>The central store speaks sync protocol %1, this OneWindow speaks %2: update the older side first. Nothing was sent.</translation>
    </message>
    <message>
        <source>The central store has schema version %1, this OneWindow knows up to %2: update OneWindow. Nothing was sent.</source>
        <translation>The central store has schema version %1, this OneWindow knows up to %2: update OneWindow. Nothing was sent.</translation>
    </message>
    <message>
        <source>The login %1 is not a hall&apos;s login in the central store (owctl central add-center creates one).</source>
        <translation>The login %1 is not a hall&apos;s login in the central store (owctl central add-center creates one).</translation>
    </message>
    <message>
        <source>This workstation belongs to hall %1, but the central login is hall %2&apos;s. Nothing was sent.</source>
        <translation>This workstation belongs to hall %1, but the central login is hall %2&apos;s. Nothing was sent.</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>Cannot read the outbox: %1</translation>
    </message>
    <message>
        <source>The central store did not take the changes: %1</source>
        <translation>The central store did not take the changes: %1</translation>
    </message>
    <message>
        <source>Cannot clear the outbox: %1</source>
        <translation>Cannot clear the outbox: %1</translation>
    </message>
    <message>
        <source>Cannot store a row of %1 from the central store: %2</source>
        <translation>Cannot store a row of %1 from the central store: %2</translation>
    </message>
    <message>
        <source>Cannot read the changes from the central store: %1</source>
        <translation>Cannot read the changes from the central store: %1</translation>
    </message>
    <message>
        <source>Cannot store the changes from the central store: %1</source>
        <translation>Cannot store the changes from the central store: %1</translation>
    </message>
    <message>
        <source>Cannot record the sync: %1</source>
        <translation>Cannot record the sync: %1</translation>
    </message>
    <message>
        <source>Cannot store the central address in %1: %2</source>
        <translation>Cannot store the central address in %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a full resync: %1</source>
        <translation>Cannot start a full resync: %1</translation>
    </message>
    <message>
        <source>Cannot compare the row counts with the central store: %1</source>
        <translation>Cannot compare the row counts with the central store: %1</translation>
    </message>
    <message>
        <source>Cannot count the rows here: %1</source>
        <translation>Cannot count the rows here: %1</translation>
    </message>
    <message>
        <source>Cannot finish the full resync: %1</source>
        <translation>Cannot finish the full resync: %1</translation>
    </message>
    <message>
        <source>The central store sent a malformed key for %1: %2</source>
        <translation>The central store sent a malformed key for %1: %2</translation>
    </message>
    <message>
        <source>the central store took %1 of the %2 rows sent</source>
        <translation>the central store took %1 of the %2 rows sent</translation>
    </message>
    <message>
        <source>The central store has schema version %1, this OneWindow needs %2: run &apos;owctl central init&apos; against it (it upgrades the store). Nothing was sent.</source>
        <translation>The central store has schema version %1, this OneWindow needs %2: run &apos;owctl central init&apos; against it (it upgrades the store). Nothing was sent.</translation>
    </message>
    <message>
        <source>No central store to connect to.</source>
        <translation>No central store to connect to.</translation>
    </message>
</context>
<context>
    <name>ow::SyncOutbox</name>
    <message>
        <source>Cannot read the synced tables of %1: %2</source>
        <translation>Cannot read the synced tables of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the columns of %1: %2</source>
        <translation>Cannot read the columns of %1: %2</translation>
    </message>
    <message>
        <source>The synced table %1 does not exist in %2.</source>
        <translation>The synced table %1 does not exist in %2.</translation>
    </message>
    <message>
        <source>Cannot set up the sync outbox of %1: %2</source>
        <translation>Cannot set up the sync outbox of %1: %2</translation>
    </message>
</context>
<context>
    <name>ow::SyncPayload</name>
    <message>
        <source>The central store&apos;s answer to %1 is not JSON (%2 at byte %3).</source>
        <translation>The central store&apos;s answer to %1 is not JSON (%2 at byte %3).</translation>
    </message>
    <message>
        <source>The central store&apos;s answer to %1 is not a JSON object.</source>
        <translation>The central store&apos;s answer to %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>The central store&apos;s greeting has no protocol or schema version.</source>
        <translation>The central store&apos;s greeting has no protocol or schema version.</translation>
    </message>
    <message>
        <source>The central store&apos;s greeting names its hall with something other than text.</source>
        <translation>The central store&apos;s greeting names its hall with something other than text.</translation>
    </message>
    <message>
        <source>The central store&apos;s answer to pushed changes has a bad conflict count.</source>
        <translation>The central store&apos;s answer to pushed changes has a bad conflict count.</translation>
    </message>
    <message>
        <source>The central store&apos;s page of changes has no list of rows.</source>
        <translation>The central store&apos;s page of changes has no list of rows.</translation>
    </message>
    <message>
        <source>Row %1 of the central store&apos;s page of changes %2.</source>
        <translation>Row %1 of the central store&apos;s page of changes %2.</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>is not an object</translation>
    </message>
    <message>
        <source>names no table</source>
        <translation>names no table</translation>
    </message>
    <message>
        <source>has no row key</source>
        <translation>has no row key</translation>
    </message>
    <message numerus="yes">
        <source>The row key %1 is not a list of %n value(s).</source>
        <translation>
            <numerusform>The row key %1 is not a list of %n value.</numerusform>
            <numerusform>The row key %1 is not a list of %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row key %1 holds a list or an object.</source>
        <translation>The row key %1 holds a list or an object.</translation>
    </message>
    <message>
        <source>The central store&apos;s answer to %1 has no whole number &quot;%2&quot;.</source>
        <translation>The central store&apos;s answer to %1 has no whole number &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The central store&apos;s greeting says whether there is anything new with something other than true or false.</source>
        <translation>The central store&apos;s greeting says whether there is anything new with something other than true or false.</translation>
    </message>
    <message>
        <source>The central store&apos;s page of changes sends %1 rows but read only %2.</source>
        <translation>The central store&apos;s page of changes sends %1 rows but read only %2.</translation>
    </message>
    <message>
        <source>The central store&apos;s page of changes has no cursor (xid and seq) after the rows it read.</source>
        <translation>The central store&apos;s page of changes has no cursor (xid and seq) after the rows it read.</translation>
    </message>
    <message>
        <source>has no data (an object, or null for a deleted row)</source>
        <translation>has no data (an object, or null for a deleted row)</translation>
    </message>
    <message>
        <source>The central store sent a malformed count check: %1.</source>
        <translation>The central store sent a malformed count check: %1.</translation>
    </message>
    <message>
        <source>the counts are not an object</source>
        <translation>the counts are not an object</translation>
    </message>
    <message>
        <source>the count of %1 is not a whole number</source>
        <translation>the count of %1 is not a whole number</translation>
    </message>
    <message>
        <source>the case columns are not an object</source>
        <translation>the case columns are not an object</translation>
    </message>
    <message>
        <source>the case column of %1 is not a name</source>
        <translation>the case column of %1 is not a name</translation>
    </message>
    <message>
        <source>the closed statuses are not a list</source>
        <translation>the closed statuses are not a list</translation>
    </message>
    <message>
        <source>a closed status is not text</source>
        <translation>a closed status is not text</translation>
    </message>
    <message>
        <source>the cutoff is not a date (YYYY-MM-DD)</source>
        <translation>the cutoff is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>whether the log moved is not true or false</source>
        <translation>whether the log moved is not true or false</translation>
    </message>
</context>
<context>
    <name>ow::SyncStatusWidget</name>
    <message>
        <source>Sync with the central store</source>
        <translation>Sync with the central store</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>Sync: starting…</translation>
    </message>
    <message>
        <source>Central store: not set up</source>
        <translation>Central store: not set up</translation>
    </message>
    <message>
        <source>This workstation keeps its cases locally. Set up the central store with owctl sync --central URL.</source>
        <translation>This workstation keeps its cases locally. Set up the central store with owctl sync --central URL.</translation>
    </message>
    <message numerus="yes">
        <source>Online · %n change(s) to send</source>
        <translation>
            <numerusform>Online · %n change to send</numerusform>
            <numerusform>Online · %n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: sent %1, received %2.</source>
        <translation>Last sync: sent %1, received %2.</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) to send</source>
        <translation>
            <numerusform>Offline · %n change to send</numerusform>
            <numerusform>Offline · %n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>· last success %1</source>
        <translation>· last success %1</translation>
    </message>
    <message>
        <source>Changes sent to the central store</source>
        <translation>Changes sent to the central store</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping edit(s) were decided by the central store; a supervisor finds them under Manage › Sync conflicts.</source>
        <translation>
            <numerusform>%n overlapping edit was decided by the central store; a supervisor finds them under Manage › Sync conflicts.</numerusform>
            <numerusform>%n overlapping edits were decided by the central store; a supervisor finds them under Manage › Sync conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync failed: %1 Work goes on here; it is sent when the store can be reached again (retried automatically).</source>
        <translation>The last sync failed: %1 Work goes on here; it is sent when the store can be reached again (retried automatically).</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>Sending %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>· %n publication(s) refused</source>
        <translation>
            <numerusform>· %n publication refused</numerusform>
            <numerusform>· %n publications refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused publications of the central store (the rest was applied; a corrected publication is applied on its arrival): %1</source>
        <translation>Refused publications of the central store (the rest was applied; a corrected publication is applied on its arrival): %1</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n row(s) so far</source>
        <translation>
            <numerusform>Receiving: %n row so far</numerusform>
            <numerusform>Receiving: %n rows so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::UserRepository</name>
    <message>
        <source>Cannot %1 in %2: %3</source>
        <translation>Cannot %1 in %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the hall setup from %1: %2</source>
        <translation>Cannot read the hall setup from %1: %2</translation>
    </message>
    <message>
        <source>record the hall</source>
        <translation>record the hall</translation>
    </message>
    <message>
        <source>record this workstation</source>
        <translation>record this workstation</translation>
    </message>
    <message>
        <source>change the idle lock</source>
        <translation>change the idle lock</translation>
    </message>
    <message>
        <source>Cannot read the user accounts from %1: %2</source>
        <translation>Cannot read the user accounts from %1: %2</translation>
    </message>
    <message>
        <source>add the user %1</source>
        <translation>add the user %1</translation>
    </message>
    <message>
        <source>record a failed sign-in</source>
        <translation>record a failed sign-in</translation>
    </message>
    <message>
        <source>record a sign-in</source>
        <translation>record a sign-in</translation>
    </message>
    <message>
        <source>change the password of %1</source>
        <translation>change the password of %1</translation>
    </message>
    <message>
        <source>change the account %1</source>
        <translation>change the account %1</translation>
    </message>
    <message>
        <source>Cannot read the settings of %1 from %2: %3</source>
        <translation>Cannot read the settings of %1 from %2: %3</translation>
    </message>
    <message>
        <source>save the settings of %1</source>
        <translation>save the settings of %1</translation>
    </message>
</context>
<context>
    <name>ow::UsersDialog</name>
    <message>
        <source>Password rules</source>
        <translation>Password rules</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Form message</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>Choose a user first.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 is unlocked.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 is active again.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 is deactivated.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>The hall&apos;s user accounts with role and state; select one for the buttons below.</source>
        <translation>The hall&apos;s user accounts with role and state; select one for the buttons below.</translation>
    </message>
    <message>
        <source>Adds the user described in the form with the password given.</source>
        <translation>Adds the user described in the form with the password given.</translation>
    </message>
    <message>
        <source>Sets a new password for the selected user.</source>
        <translation>Sets a new password for the selected user.</translation>
    </message>
    <message>
        <source>Lifts the lock of the selected user after wrong passwords.</source>
        <translation>Lifts the lock of the selected user after wrong passwords.</translation>
    </message>
    <message>
        <source>The selected user can no longer sign in; their records stay.</source>
        <translation>The selected user can no longer sign in; their records stay.</translation>
    </message>
    <message>
        <source>The selected user can sign in again.</source>
        <translation>The selected user can sign in again.</translation>
    </message>
    <message>
        <source>Closes the user accounts.</source>
        <translation>Closes the user accounts.</translation>
    </message>
</context>
<context>
    <name>ow::UsersModel</name>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ow::WorkCalendar</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or empty</source>
        <translation>field &quot;%1&quot; is missing or empty</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a list</source>
        <translation>field &quot;%1&quot; is missing or not a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation>%1 is not a real date</translation>
    </message>
    <message>
        <source>%1 lies outside the year %2</source>
        <translation>%1 lies outside the year %2</translation>
    </message>
    <message>
        <source>not an object with a name and days</source>
        <translation>not an object with a name and days</translation>
    </message>
    <message>
        <source>%1 lists no days</source>
        <translation>%1 lists no days</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the calendar must be a JSON object</source>
        <translation>%1: the calendar must be a JSON object</translation>
    </message>
    <message>
        <source>field &quot;years&quot; lists no year</source>
        <translation>field &quot;years&quot; lists no year</translation>
    </message>
    <message>
        <source>field &quot;year&quot; is missing or not a year from 1 to 9999</source>
        <translation>field &quot;year&quot; is missing or not a year from 1 to 9999</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>the year is listed twice</source>
        <translation>the year is listed twice</translation>
    </message>
    <message>
        <source>%1 is both a holiday (%2) and a make-up workday (%3)</source>
        <translation>%1 is both a holiday (%2) and a make-up workday (%3)</translation>
    </message>
    <message>
        <source>make-up workday %1 is a %2; make-up workdays fall on a Saturday or Sunday</source>
        <translation>make-up workday %1 is a %2; make-up workdays fall on a Saturday or Sunday</translation>
    </message>
</context>
</TS>
