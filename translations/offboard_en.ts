<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionCatalog</name>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Microsoft Graph does not let an app signed in on its own (app-only) run this action. Sign in as a user with %1.</source>
        <translation>Microsoft Graph does not let an app signed in on its own (app-only) run this action. Sign in as a user with %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>The app registration lacks the application permission %1.</source>
        <translation>The app registration lacks the application permission %1.</translation>
    </message>
    <message>
        <source>Your sign-in lacks the permission %1.</source>
        <translation>Your sign-in lacks the permission %1.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Deprovision</source>
        <translation>Deprovision</translation>
    </message>
    <message>
        <source>Remove all devices from management</source>
        <translation>Remove all devices from management</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Unassign user from device</source>
        <translation>Unassign user from device</translation>
    </message>
    <message>
        <source>Intune removes the company data, apps, settings and e-mail profiles it put on the device, and stops managing it. The user&apos;s personal data stays on the device. The retire replaces any other action still pending for the device and happens when the device next checks in with Intune. It cannot be undone: to manage the device again, it must be enrolled again.</source>
        <translation>Intune removes the company data, apps, settings and e-mail profiles it put on the device, and stops managing it. The user&apos;s personal data stays on the device. The retire replaces any other action still pending for the device and happens when the device next checks in with Intune. It cannot be undone: to manage the device again, it must be enrolled again.</translation>
    </message>
    <message>
        <source>Intune stops managing the device, with the reason you give; the device is not wiped. Microsoft documents this action only in the beta API and without details, so prefer Retire unless your process asks for deprovision. It cannot be undone: to manage the device again, it must be enrolled again.</source>
        <translation>Intune stops managing the device, with the reason you give; the device is not wiped. Microsoft documents this action only in the beta API and without details, so prefer Retire unless your process asks for deprovision. It cannot be undone: to manage the device again, it must be enrolled again.</translation>
    </message>
    <message>
        <source>Every device of this user is retired: when each one next checks in, Intune removes the company data, apps and settings it put there and stops managing it. Personal data stays. This includes devices not shown in the list. It cannot be undone.</source>
        <translation>Every device of this user is retired: when each one next checks in, Intune removes the company data, apps and settings it put there and stops managing it. Personal data stays. This includes devices not shown in the list. It cannot be undone.</translation>
    </message>
    <message>
        <source>The remote assistance partner is disconnected from Intune: helpdesk staff can no longer start remote assistance sessions through it until it is onboarded again in the Intune admin center.</source>
        <translation>The remote assistance partner is disconnected from Intune: helpdesk staff can no longer start remote assistance sessions through it until it is onboarded again in the Intune admin center.</translation>
    </message>
    <message>
        <source>The assigned user is removed from the Windows Autopilot device identity, so the next Autopilot deployment of the device is not set up for that user. The device stays registered in Autopilot.</source>
        <translation>The assigned user is removed from the Windows Autopilot device identity, so the next Autopilot deployment of the device is not set up for that user. The device stays registered in Autopilot.</translation>
    </message>
    <message>
        <source>Employee left the company</source>
        <translation>Employee left the company</translation>
    </message>
    <message>
        <source>Device returned to the vendor</source>
        <translation>Device returned to the vendor</translation>
    </message>
    <message>
        <source>Device lost or stolen</source>
        <translation>Device lost or stolen</translation>
    </message>
    <message>
        <source>Device replaced</source>
        <translation>Device replaced</translation>
    </message>
    <message>
        <source>Device to be reused by another department</source>
        <translation>Device to be reused by another department</translation>
    </message>
    <message>
        <source>You signed in read-only. To run actions, sign out and sign in without “Read only”.</source>
        <translation>You signed in read-only. To run actions, sign out and sign in without “Read only”.</translation>
    </message>
    <message>
        <source>Delete from Intune</source>
        <translation>Delete from Intune</translation>
    </message>
    <message>
        <source>Deregister from Autopilot</source>
        <translation>Deregister from Autopilot</translation>
    </message>
    <message>
        <source>Disable in Entra ID</source>
        <translation>Disable in Entra ID</translation>
    </message>
    <message>
        <source>Delete from Entra ID</source>
        <translation>Delete from Entra ID</translation>
    </message>
    <message>
        <source>The device&apos;s record is deleted from Intune. Intune no longer lists or manages it; if the device checks in again it is not managed. Delete only after a retire or wipe has been carried out.</source>
        <translation>The device&apos;s record is deleted from Intune. Intune no longer lists or manages it; if the device checks in again it is not managed. Delete only after a retire or wipe has been carried out.</translation>
    </message>
    <message>
        <source>The device is deregistered from Windows Autopilot: a reset no longer sets it up for your organisation, and it can be registered by its next owner. Autopilot completes this after a few minutes.</source>
        <translation>The device is deregistered from Windows Autopilot: a reset no longer sets it up for your organisation, and it can be registered by its next owner. Autopilot completes this after a few minutes.</translation>
    </message>
    <message>
        <source>The device&apos;s Microsoft Entra object is disabled: nobody can sign in to Microsoft Entra ID on it, and access policies that need a known device block it. It can be enabled again.</source>
        <translation>The device&apos;s Microsoft Entra object is disabled: nobody can sign in to Microsoft Entra ID on it, and access policies that need a known device block it. It can be enabled again.</translation>
    </message>
    <message>
        <source>The device&apos;s Microsoft Entra object is deleted, and with it its BitLocker recovery keys and its local administrator (LAPS) password. It cannot be undone.</source>
        <translation>The device&apos;s Microsoft Entra object is deleted, and with it its BitLocker recovery keys and its local administrator (LAPS) password. It cannot be undone.</translation>
    </message>
    <message>
        <source>Your organisation has turned this action off (%1).</source>
        <translation>Your organisation has turned this action off (%1).</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Plan not opened</source>
        <translation>Plan not opened</translation>
    </message>
    <message>
        <source>The plan %1 was not opened: %2</source>
        <translation>The plan %1 was not opened: %2</translation>
    </message>
</context>
<context>
    <name>ActionProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Graph&apos;s message and request ID</source>
        <translation>Graph&apos;s message and request ID</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Send nothing more; what is already on its way still reports</source>
        <translation>Send nothing more; what is already on its way still reports</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Retry failed</translation>
    </message>
    <message>
        <source>Run the action again on the targets Graph refused. Targets with an unknown outcome are not included: check them first.</source>
        <translation>Run the action again on the targets Graph refused. Targets with an unknown outcome are not included: check them first.</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Export results…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s to stay within Intune&apos;s request limits…</source>
        <translation>
            <numerusform>Waiting %n s to stay within Intune&apos;s request limits…</numerusform>
            <numerusform>Waiting %n s to stay within Intune&apos;s request limits…</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Audit journal</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Outcome unknown: check the object</source>
        <translation>Outcome unknown: check the object</translation>
    </message>
    <message>
        <source>Needs approval (Multi Admin Approval)</source>
        <translation>Needs approval (Multi Admin Approval)</translation>
    </message>
    <message>
        <source> (request ID %1)</source>
        <translation> (request ID %1)</translation>
    </message>
    <message>
        <source>An Intune access policy requires a second administrator&apos;s approval: submit the request in the Intune admin center (Tenant administration &gt; Multi Admin Approval). </source>
        <translation>An Intune access policy requires a second administrator&apos;s approval: submit the request in the Intune admin center (Tenant administration &gt; Multi Admin Approval). </translation>
    </message>
    <message>
        <source>Done: %1 · failed: %2 · awaiting approval: %3 · outcome unknown: %4 · not sent: %5</source>
        <translation>Done: %1 · failed: %2 · awaiting approval: %3 · outcome unknown: %4 · not sent: %5</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Graph ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Request ID %1</source>
        <translation>Request ID %1</translation>
    </message>
    <message>
        <source>Action still running</source>
        <translation>Action still running</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stop sending</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Keep running</translation>
    </message>
    <message>
        <source>The action is still running. Stop sending and close when the requests already on their way have reported? Nothing more is sent.</source>
        <translation>The action is still running. Stop sending and close when the requests already on their way have reported? Nothing more is sent.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests already on their way…</source>
        <translation>Stopping: waiting for the requests already on their way…</translation>
    </message>
</context>
<context>
    <name>ActionRunner</name>
    <message>
        <source>The audit journal %1 could not be written (%2), so nothing more is sent.</source>
        <translation>The audit journal %1 could not be written (%2), so nothing more is sent.</translation>
    </message>
    <message>
        <source>The audit journal %1 could not be written (%2).</source>
        <translation>The audit journal %1 could not be written (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Microsoft Graph id for this action; nothing was sent.</source>
        <translation>&quot;%1&quot; is not a valid Microsoft Graph id for this action; nothing was sent.</translation>
    </message>
    <message>
        <source>Stopped before it was sent (again): Microsoft Graph did not carry it out.</source>
        <translation>Stopped before it was sent (again): Microsoft Graph did not carry it out.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Offboard</source>
        <translation>Offboard</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed (%1). Sign out and sign in again.</source>
        <translation>Your sign-in could not be renewed (%1). Sign out and sign in again.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1). You stay signed in until Offboard closes.</source>
        <translation>Your sign-in could not be saved in the system keychain (%1). You stay signed in until Offboard closes.</translation>
    </message>
</context>
<context>
    <name>AutopilotPage</name>
    <message>
        <source>&amp;Enrollment state:</source>
        <translation>&amp;Enrollment state:</translation>
    </message>
    <message>
        <source>Enrollment state filter</source>
        <translation>Enrollment state filter</translation>
    </message>
    <message>
        <source>Serial number, device name, user, model, group tag…</source>
        <translation>Serial number, device name, user, model, group tag…</translation>
    </message>
    <message numerus="yes">
        <source>%n Autopilot identities share this serial number. Check the Graph ID before acting.</source>
        <translation>
            <numerusform>%n Autopilot identities share this serial number. Check the Graph ID before acting.</numerusform>
            <numerusform>%n Autopilot identities share this serial number. Check the Graph ID before acting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Orphan: no Intune managed device belongs to this identity.</source>
        <translation>Orphan: no Intune managed device belongs to this identity.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Graph ID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Group tag</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Assigned user</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Enrollment state</translation>
    </message>
    <message>
        <source>Managed device</source>
        <translation>Managed device</translation>
    </message>
    <message>
        <source>Entra device ID</source>
        <translation>Entra device ID</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <source>Autopilot devices</source>
        <translation>Autopilot devices</translation>
    </message>
    <message>
        <source>&amp;Orphans</source>
        <translation>&amp;Orphans</translation>
    </message>
    <message>
        <source>Only identities that no Intune managed device belongs to</source>
        <translation>Only identities that no Intune managed device belongs to</translation>
    </message>
    <message>
        <source>Only orphans</source>
        <translation>Only orphans</translation>
    </message>
    <message>
        <source>&amp;Duplicate serials</source>
        <translation>&amp;Duplicate serials</translation>
    </message>
    <message>
        <source>Only identities whose serial number another identity shares</source>
        <translation>Only identities whose serial number another identity shares</translation>
    </message>
    <message>
        <source>Only duplicate serial numbers</source>
        <translation>Only duplicate serial numbers</translation>
    </message>
</context>
<context>
    <name>BatchRequest</name>
    <message>
        <source>Microsoft Graph sent a batch answer that could not be read.</source>
        <translation>Microsoft Graph sent a batch answer that could not be read.</translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s batch answer had no result for this request.</source>
        <translation>Microsoft Graph&apos;s batch answer had no result for this request.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph asked to wait %n s before sending this again, longer than Offboard waits; it was not sent again. Try it later.</source>
        <translation>
            <numerusform>Microsoft Graph asked to wait %n s before sending this again, longer than Offboard waits; it was not sent again. Try it later.</numerusform>
            <numerusform>Microsoft Graph asked to wait %n s before sending this again, longer than Offboard waits; it was not sent again. Try it later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>Could not open a local port for the browser to return to.</source>
        <translation>Could not open a local port for the browser to return to.</translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Microsoft global cloud</source>
        <translation>Microsoft global cloud</translation>
    </message>
    <message>
        <source>US Government L4</source>
        <translation>US Government L4</translation>
    </message>
    <message>
        <source>US Government L5 (DoD)</source>
        <translation>US Government L5 (DoD)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>China (operated by 21Vianet)</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Custom (%1)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Primary user</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS version</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Management state</source>
        <translation>Management state</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Group tag</source>
        <translation>Group tag</translation>
    </message>
    <message>
        <source>Assigned user</source>
        <translation>Assigned user</translation>
    </message>
    <message>
        <source>Enrollment state</source>
        <translation>Enrollment state</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Last contacted</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Purchase order</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>User principal name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Last connection</translation>
    </message>
    <message>
        <source>Onboarding address</source>
        <translation>Onboarding address</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message numerus="yes">
        <source>%n managed device(s)</source>
        <translation>
            <numerusform>%n managed device</numerusform>
            <numerusform>%n managed devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote assistance partner(s)</source>
        <translation>
            <numerusform>%n remote assistance partner</numerusform>
            <numerusform>%n remote assistance partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Autopilot device(s)</source>
        <translation>
            <numerusform>%n Autopilot device</numerusform>
            <numerusform>%n Autopilot devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Confirm: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Serial number or user</source>
        <translation>Serial number or user</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Graph ID</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Permission used: %1 (%2)</source>
        <translation>Permission used: %1 (%2)</translation>
    </message>
    <message>
        <source>This sign-in cannot run the action: %1</source>
        <translation>This sign-in cannot run the action: %1</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>Choose or type the reason</translation>
    </message>
    <message>
        <source>Deprovision reason</source>
        <translation>Deprovision reason</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>To confirm, type the number of objects (%1):</source>
        <translation>To confirm, type the number of objects (%1):</translation>
    </message>
    <message>
        <source>To confirm, type %1:</source>
        <translation>To confirm, type %1:</translation>
    </message>
    <message>
        <source>Show the exact request</source>
        <translation>Show the exact request</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more like these</source>
        <translation>
            <numerusform>… and %n more like these</numerusform>
            <numerusform>… and %n more like these</numerusform>
        </translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>Sent in JSON batches of up to 20 requests (POST %1/$batch).</source>
        <translation>Sent in JSON batches of up to 20 requests (POST %1/$batch).</translation>
    </message>
    <message>
        <source>Asking Microsoft Graph which devices these users have…</source>
        <translation>Asking Microsoft Graph which devices these users have…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Management state</source>
        <translation>Management state</translation>
    </message>
    <message>
        <source>Devices that will be retired</source>
        <translation>Devices that will be retired</translation>
    </message>
    <message>
        <source>Ask &amp;again</source>
        <translation>Ask &amp;again</translation>
    </message>
    <message>
        <source>Ask Microsoft Graph again for the users&apos; devices</source>
        <translation>Ask Microsoft Graph again for the users&apos; devices</translation>
    </message>
    <message>
        <source>The users&apos; devices could not be listed, so the action cannot be confirmed: %1</source>
        <translation>The users&apos; devices could not be listed, so the action cannot be confirmed: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph lists no managed devices for these users: nothing will be retired now.</source>
        <translation>Microsoft Graph lists no managed devices for these users: nothing will be retired now.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph lists %n managed device(s) for these users. Each of them will be retired:</source>
        <translation>
            <numerusform>Microsoft Graph lists %n managed device for these users. Each of them will be retired:</numerusform>
            <numerusform>Microsoft Graph lists %n managed devices for these users. Each of them will be retired:</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph lists no managed devices for this user: nothing will be retired now.</source>
        <translation>Microsoft Graph lists no managed devices for this user: nothing will be retired now.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph lists %n managed device(s) for this user. Each of them will be retired:</source>
        <translation>
            <numerusform>Microsoft Graph lists %n managed device for this user. It will be retired:</numerusform>
            <numerusform>Microsoft Graph lists %n managed devices for this user. Each of them will be retired:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Microsoft Entra device(s)</source>
        <translation>
            <numerusform>%n Microsoft Entra device</numerusform>
            <numerusform>%n Microsoft Entra devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Give the connection a name.</translation>
    </message>
    <message>
        <source>Enter the tenant as its ID (a GUID) or one of its domains, e.g. contoso.onmicrosoft.com.</source>
        <translation>Enter the tenant as its ID (a GUID) or one of its domains, e.g. contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>App-only sign-in needs a specific tenant, not &quot;organizations&quot;.</source>
        <translation>App-only sign-in needs a specific tenant, not &quot;organizations&quot;.</translation>
    </message>
    <message>
        <source>The client ID is the application (client) ID of an app registration: a GUID.</source>
        <translation>The client ID is the application (client) ID of an app registration: a GUID.</translation>
    </message>
    <message>
        <source>A custom cloud needs its Graph and sign-in addresses.</source>
        <translation>A custom cloud needs its Graph and sign-in addresses.</translation>
    </message>
    <message>
        <source>A custom cloud&apos;s addresses must start with https:// (plain http only for this machine, 127.0.0.1).</source>
        <translation>A custom cloud&apos;s addresses must start with https:// (plain http only for this machine, 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>DailyLimits</name>
    <message>
        <source>Retire: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</source>
        <translation>Retire: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</translation>
    </message>
    <message>
        <source>Delete: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</source>
        <translation>Delete: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</translation>
    </message>
    <message>
        <source>Wipe: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</source>
        <translation>Wipe: this plan %1, sent by Offboard in the last 24 hours %2, Intune&apos;s daily limit %3.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: this goes over the daily limit by %n; Intune refuses the rest until the day&apos;s count falls. Split the plan, or run part of it tomorrow.</source>
        <translation>
            <numerusform>Warning: this goes over the daily limit by %n; Intune refuses the rest until the day&apos;s count falls. Split the plan, or run part of it tomorrow.</numerusform>
            <numerusform>Warning: this goes over the daily limit by %n; Intune refuses the rest until the day&apos;s count falls. Split the plan, or run part of it tomorrow.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin center and other tools count too; Offboard knows only its own journal.</source>
        <translation>The admin center and other tools count too; Offboard knows only its own journal.</translation>
    </message>
    <message>
        <source>Intune&apos;s daily limit of %1 %2 actions per tenant is probably reached (%3 sent by Offboard in the last 24 hours); try again when the day&apos;s count falls.</source>
        <translation>Intune&apos;s daily limit of %1 %2 actions per tenant is probably reached (%3 sent by Offboard in the last 24 hours); try again when the day&apos;s count falls.</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>retire</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>wipe</source>
        <translation>wipe</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>Demo tenant (built in)</source>
        <translation>Demo tenant (built in)</translation>
    </message>
    <message>
        <source>The demo organisation has not consented to Offboard&apos;s write permissions (%1), so you are signed in read-only: lists and details, no actions.</source>
        <translation>The demo organisation has not consented to Offboard&apos;s write permissions (%1), so you are signed in read-only: lists and details, no actions.</translation>
    </message>
    <message>
        <source>Signing in to the demo tenant failed: %1</source>
        <translation>Signing in to the demo tenant failed: %1</translation>
    </message>
</context>
<context>
    <name>DemoTenantHost</name>
    <message>
        <source>The demo tenant could not listen on the loopback interface.</source>
        <translation>The demo tenant could not listen on the loopback interface.</translation>
    </message>
</context>
<context>
    <name>DeviceCodeSignIn</name>
    <message>
        <source>The sign-in address %1 is not secure (HTTPS is required).</source>
        <translation>The sign-in address %1 is not secure (HTTPS is required).</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>&amp;OS:</source>
        <translation>&amp;OS:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Co&amp;mpliance:</source>
        <translation>Co&amp;mpliance:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>O&amp;wnership:</source>
        <translation>O&amp;wnership:</translation>
    </message>
    <message>
        <source>No check-in for:</source>
        <translation>No check-in for:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Operating system filter</source>
        <translation>Operating system filter</translation>
    </message>
    <message>
        <source>Compliance filter</source>
        <translation>Compliance filter</translation>
    </message>
    <message>
        <source>Management state filter</source>
        <translation>Management state filter</translation>
    </message>
    <message>
        <source>Ownership filter</source>
        <translation>Ownership filter</translation>
    </message>
    <message>
        <source>Days without check-in</source>
        <translation>Days without check-in</translation>
    </message>
    <message>
        <source>Device name, user, serial number, model…</source>
        <translation>Device name, user, serial number, model…</translation>
    </message>
    <message numerus="yes">
        <source>%n managed devices share this serial number. Check the Graph ID before acting.</source>
        <translation>
            <numerusform>%n managed devices share this serial number. Check the Graph ID before acting.</numerusform>
            <numerusform>%n managed devices share this serial number. Check the Graph ID before acting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Graph ID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation>Primary user</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Management state</source>
        <translation>Management state</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Last check-in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Entra device ID</source>
        <translation>Entra device ID</translation>
    </message>
    <message>
        <source>Autopilot identity</source>
        <translation>Autopilot identity</translation>
    </message>
    <message>
        <source>none found among the loaded Autopilot devices</source>
        <translation>none found among the loaded Autopilot devices</translation>
    </message>
    <message>
        <source>Managed devices</source>
        <translation>Managed devices</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Compliant</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Not compliant</translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation>In grace period</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Managed by Configuration Manager</source>
        <translation>Managed by Configuration Manager</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Managed</translation>
    </message>
    <message>
        <source>Retire pending</source>
        <translation>Retire pending</translation>
    </message>
    <message>
        <source>Retire failed</source>
        <translation>Retire failed</translation>
    </message>
    <message>
        <source>Retire issued</source>
        <translation>Retire issued</translation>
    </message>
    <message>
        <source>Retire cancelled</source>
        <translation>Retire cancelled</translation>
    </message>
    <message>
        <source>Wipe pending</source>
        <translation>Wipe pending</translation>
    </message>
    <message>
        <source>Wipe failed</source>
        <translation>Wipe failed</translation>
    </message>
    <message>
        <source>Wipe issued</source>
        <translation>Wipe issued</translation>
    </message>
    <message>
        <source>Wipe cancelled</source>
        <translation>Wipe cancelled</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <source>Delete pending</source>
        <translation>Delete pending</translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation>Discovered</translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation>Corporate</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Not contacted</translation>
    </message>
    <message>
        <source>Pending reset</source>
        <translation>Pending reset</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Onboarded</source>
        <translation>Onboarded</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Not onboarded</source>
        <translation>Not onboarded</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>S&amp;teps</translation>
    </message>
    <message>
        <source>&amp;Recovery keys</source>
        <translation>&amp;Recovery keys</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Recovery information read</source>
        <translation>Recovery information read</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Devices and their state before</source>
        <translation>Devices and their state before</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Steps and their outcomes</source>
        <translation>Steps and their outcomes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Volume or account</source>
        <translation>Volume or account</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Recovery keys and passwords</source>
        <translation>Recovery keys and passwords</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Passphrase of the evidence file</source>
        <translation>Passphrase of the evidence file</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Show the selected secret</source>
        <translation>Show the selected secret</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected secret</source>
        <translation>Copy the selected secret</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared after %n second(s).</source>
        <translation>
            <numerusform>The clipboard is cleared after %n second.</numerusform>
            <numerusform>The clipboard is cleared after %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Offboarding run by %1 in %2 (%3), started %4; written %5.
%6</source>
        <translation>Offboarding run by %1 in %2 (%3), started %4; written %5.
%6</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker recovery key</translation>
    </message>
    <message>
        <source>Local administrator password (LAPS)</source>
        <translation>Local administrator password (LAPS)</translation>
    </message>
    <message>
        <source>FileVault recovery key</source>
        <translation>FileVault recovery key</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s). Select one, then Show or Copy.</source>
        <translation>
            <numerusform>%n secret. Select it, then Show or Copy.</numerusform>
            <numerusform>%n secrets. Select one, then Show or Copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operating system volume</source>
        <translation>Operating system volume</translation>
    </message>
    <message>
        <source>Fixed data volume</source>
        <translation>Fixed data volume</translation>
    </message>
    <message>
        <source>Removable data volume</source>
        <translation>Removable data volume</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>The recovery information could not be encrypted.</source>
        <translation>The recovery information could not be encrypted.</translation>
    </message>
    <message>
        <source>This is not an Offboard evidence file.</source>
        <translation>This is not an Offboard evidence file.</translation>
    </message>
    <message>
        <source>The evidence file was written by another version of Offboard (format %1).</source>
        <translation>The evidence file was written by another version of Offboard (format %1).</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>The server refused the connection.</translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation>The server closed the connection before it answered.</translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation>The server name could not be resolved.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>A secure connection could not be established.</source>
        <translation>A secure connection could not be established.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>The proxy server could not be used.</translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation>A network error occurred (code %1).</translation>
    </message>
    <message>
        <source>Outcome unknown: the connection broke after the request was sent. Check the object before trying again.</source>
        <translation>Outcome unknown: the connection broke after the request was sent. Check the object before trying again.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation>%1 (HTTP %2, %3)</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>The server answered HTTP %1.</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Error code: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Request ID: %1</translation>
    </message>
    <message>
        <source>Client request ID: %1</source>
        <translation>Client request ID: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: Microsoft Graph answered HTTP %1 (%2), which does not say whether the action was carried out. Check the object before trying again.</source>
        <translation>Outcome unknown: Microsoft Graph answered HTTP %1 (%2), which does not say whether the action was carried out. Check the object before trying again.</translation>
    </message>
</context>
<context>
    <name>GraphReads</name>
    <message>
        <source>Microsoft Graph sent no JSON object.</source>
        <translation>Microsoft Graph sent no JSON object.</translation>
    </message>
</context>
<context>
    <name>GraphRequest</name>
    <message>
        <source>Refused to send the request to %1: it is not the Microsoft Graph host in use, or not a secure address.</source>
        <translation>Refused to send the request to %1: it is not the Microsoft Graph host in use, or not a secure address.</translation>
    </message>
    <message>
        <source>Not sent: the sign-in this request belongs to has ended.</source>
        <translation>Not sent: the sign-in this request belongs to has ended.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph asked to wait %n minute(s) before trying again. Offboard waits at most two minutes, so it stopped here; try again later. Graph said: %1</source>
        <translation>
            <numerusform>Microsoft Graph asked to wait %n minute before trying again. Offboard waits at most two minutes, so it stopped here; try again later. Graph said: %1</numerusform>
            <numerusform>Microsoft Graph asked to wait %n minutes before trying again. Offboard waits at most two minutes, so it stopped here; try again later. Graph said: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was redirected to %1, which Offboard does not follow: Microsoft Graph does not redirect.</source>
        <translation>The request was redirected to %1, which Offboard does not follow: Microsoft Graph does not redirect.</translation>
    </message>
</context>
<context>
    <name>IdentitySimulator</name>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>Sign in to the demo tenant</source>
        <translation>Sign in to the demo tenant</translation>
    </message>
    <message>
        <source>Offboard demo tenant</source>
        <translation>Offboard demo tenant</translation>
    </message>
    <message>
        <source>This is the simulated Microsoft Entra ID sign-in of the Offboard demo tenant. The demo accounts are listed in the README.</source>
        <translation>This is the simulated Microsoft Entra ID sign-in of the Offboard demo tenant. The demo accounts are listed in the README.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>AADSTS50126: Error validating credentials due to invalid username or password.</source>
        <translation>AADSTS50126: Error validating credentials due to invalid username or password.</translation>
    </message>
    <message>
        <source>Enter code</source>
        <translation>Enter code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>That code is not valid or has expired. Check it and try again.</source>
        <translation>That code is not valid or has expired. Check it and try again.</translation>
    </message>
    <message>
        <source>You declined the sign-in. You can close this window.</source>
        <translation>You declined the sign-in. You can close this window.</translation>
    </message>
    <message>
        <source>You have signed in to Offboard on your other device. You can close this window.</source>
        <translation>You have signed in to Offboard on your other device. You can close this window.</translation>
    </message>
    <message>
        <source>Need admin approval</source>
        <translation>Need admin approval</translation>
    </message>
    <message>
        <source>Return to the application without granting consent</source>
        <translation>Return to the application without granting consent</translation>
    </message>
    <message>
        <source>Need admin approval: Offboard asks for permissions in your organization that only an admin can grant.</source>
        <translation>Need admin approval: Offboard asks for permissions in your organization that only an admin can grant.</translation>
    </message>
</context>
<context>
    <name>IntentVerifier</name>
    <message>
        <source>Checked after a restart: %1</source>
        <translation>Checked after a restart: %1</translation>
    </message>
    <message>
        <source>the object no longer exists</source>
        <translation>the object no longer exists</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>could not be read (%1)</translation>
    </message>
    <message>
        <source>management state is %1</source>
        <translation>management state is %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the user&apos;s %n device(s) are pending retirement</source>
        <translation>
            <numerusform>%1 of the user&apos;s %n device are pending retirement</numerusform>
            <numerusform>%1 of the user&apos;s %n devices are pending retirement</numerusform>
        </translation>
    </message>
    <message>
        <source>onboarding status is %1</source>
        <translation>onboarding status is %1</translation>
    </message>
    <message>
        <source>no user is assigned</source>
        <translation>no user is assigned</translation>
    </message>
    <message>
        <source>%1 is still assigned</source>
        <translation>%1 is still assigned</translation>
    </message>
    <message>
        <source>the device is still enabled</source>
        <translation>the device is still enabled</translation>
    </message>
    <message>
        <source>the device is disabled</source>
        <translation>the device is disabled</translation>
    </message>
    <message>
        <source>the object still exists</source>
        <translation>the object still exists</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Another Offboard (process %1) is writing the audit journal %2. Actions run only from that window until it closes.</source>
        <translation>Another Offboard (process %1) is writing the audit journal %2. Actions run only from that window until it closes.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>No outcome recorded</source>
        <translation>No outcome recorded</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API version</translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation>Target ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Device, user, request ID, message…</source>
        <translation>Device, user, request ID, message…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Search the journal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Reload the journal</source>
        <translation>Reload the journal</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xport to CSV…</translation>
    </message>
    <message>
        <source>Export the shown journal records to CSV</source>
        <translation>Export the shown journal records to CSV</translation>
    </message>
    <message>
        <source>Journal records</source>
        <translation>Journal records</translation>
    </message>
    <message>
        <source>The journal %1 could not be read: %2</source>
        <translation>The journal %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal record(s)</source>
        <translation>
            <numerusform>%Ln journal record</numerusform>
            <numerusform>%Ln journal records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown of %Ln journal record(s)</source>
        <translation>
            <numerusform>%1 shown of %Ln journal record</numerusform>
            <numerusform>%1 shown of %Ln journal records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Search %1</translation>
    </message>
    <message>
        <source>Details of the selected %1</source>
        <translation>Details of the selected %1</translation>
    </message>
    <message>
        <source>Look &amp;up in Microsoft Graph</source>
        <translation>Look &amp;up in Microsoft Graph</translation>
    </message>
    <message>
        <source>For very large tenants: press Enter to ask Microsoft Graph for names, serial numbers or user names that start with the text, instead of searching the loaded list.</source>
        <translation>For very large tenants: press Enter to ask Microsoft Graph for names, serial numbers or user names that start with the text, instead of searching the loaded list.</translation>
    </message>
    <message>
        <source>Look up in Microsoft Graph</source>
        <translation>Look up in Microsoft Graph</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Try loading again</source>
        <translation>Try loading again</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>The list could not be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph asked us to slow down: waiting %n s…</source>
        <translation>
            <numerusform>Microsoft Graph asked us to slow down: waiting %n s…</numerusform>
            <numerusform>Microsoft Graph asked us to slow down: waiting %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading: %1 of %2</source>
        <translation>Loading: %1 of %2</translation>
    </message>
    <message>
        <source>Loading: %1</source>
        <translation>Loading: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loading failed after %Ln object(s)</source>
        <translation>
            <numerusform>Loading failed after %Ln object</numerusform>
            <numerusform>Loading failed after %Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %Ln object(s)</source>
        <translation>
            <numerusform>Loading stopped after %Ln object</numerusform>
            <numerusform>Loading stopped after %Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln object</numerusform>
            <numerusform>%Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln object(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln object shown</numerusform>
            <numerusform>%1 of %Ln objects shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln objects selected.</source>
        <translation>
            <numerusform>%Ln objects selected.</numerusform>
            <numerusform>%Ln objects selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy &amp;cell</source>
        <translation>Copy &amp;cell</translation>
    </message>
    <message>
        <source>Copy selected &amp;rows</source>
        <translation>Copy selected &amp;rows</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 (Graph value)</source>
        <translation>%1 (Graph value)</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>detail pane label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Request ID: %2</source>
        <translation>%1 Request ID: %2</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Sign-in was not completed: %1 Return to Offboard for details.</source>
        <translation>Sign-in was not completed: %1 Return to Offboard for details.</translation>
    </message>
    <message>
        <source>Signed in. You can close this browser tab and return to Offboard.</source>
        <translation>Signed in. You can close this browser tab and return to Offboard.</translation>
    </message>
    <message>
        <source>Offboard is waiting for a sign-in here; there is nothing else at this address.</source>
        <translation>Offboard is waiting for a sign-in here; there is nothing else at this address.</translation>
    </message>
    <message>
        <source>Offboard only accepts the sign-in answer the browser brings back.</source>
        <translation>Offboard only accepts the sign-in answer the browser brings back.</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Offboard is waiting for. Start the sign-in again from Offboard.</source>
        <translation>This answer does not belong to the sign-in Offboard is waiting for. Start the sign-in again from Offboard.</translation>
    </message>
    <message>
        <source>Offboard could not read this request.</source>
        <translation>Offboard could not read this request.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Offboard</source>
        <translation>About Offboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Offboard %1&lt;/h3&gt;&lt;p&gt;Offboards devices from Microsoft Intune and Windows Autopilot through Microsoft Graph.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Offboard %1&lt;/h3&gt;&lt;p&gt;Offboards devices from Microsoft Intune and Windows Autopilot through Microsoft Graph.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offboard — demo tenant</source>
        <translation>Offboard — demo tenant</translation>
    </message>
    <message>
        <source>Offboard — %1</source>
        <translation>Offboard — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;About Offboard</source>
        <translation>&amp;About Offboard</translation>
    </message>
    <message>
        <source>DEMO TENANT: everything here is simulated on this computer. No request reaches Microsoft, and nothing you do here changes a real device.</source>
        <translation>DEMO TENANT: everything here is simulated on this computer. No request reaches Microsoft, and nothing you do here changes a real device.</translation>
    </message>
    <message>
        <source>Demo tenant notice</source>
        <translation>Demo tenant notice</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Stop loading</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Signed in as %1 · demo tenant</source>
        <translation>Signed in as %1 · demo tenant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>app %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · tenant %2 · %3</source>
        <translation>Signed in as %1 · tenant %2 · %3</translation>
    </message>
    <message>
        <source>Tenant ID: %1
Access token valid until %2</source>
        <translation>Tenant ID: %1
Access token valid until %2</translation>
    </message>
    <message>
        <source>&amp;Export visible rows to CSV…</source>
        <translation>&amp;Export visible rows to CSV…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Stop loading this list</source>
        <translation>Stop loading this list</translation>
    </message>
    <message>
        <source>Export visible rows</source>
        <translation>Export visible rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Select one or more rows first.</source>
        <translation>Select one or more rows first.</translation>
    </message>
    <message>
        <source>Verif&amp;y now</source>
        <translation>Verif&amp;y now</translation>
    </message>
    <message numerus="yes">
        <source>%n action request(s) from an earlier session have no recorded outcome: Offboard stopped while sending them, so they may or may not have happened. Nothing is sent again by itself; verify them to see what Microsoft Graph says now.</source>
        <translation>
            <numerusform>%n action request from an earlier session have no recorded outcome: Offboard stopped while sending them, so they may or may not have happened. Nothing is sent again by itself; verify them to see what Microsoft Graph says now.</numerusform>
            <numerusform>%n action requests from an earlier session have no recorded outcome: Offboard stopped while sending them, so they may or may not have happened. Nothing is sent again by itself; verify them to see what Microsoft Graph says now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked with Microsoft Graph:</source>
        <translation>Checked with Microsoft Graph:</translation>
    </message>
    <message>
        <source>An action is still running. Stop sending and sign out once the requests already on their way have reported? Nothing more is sent.</source>
        <translation>An action is still running. Stop sending and sign out once the requests already on their way have reported? Nothing more is sent.</translation>
    </message>
    <message>
        <source>An action is still running. Stop sending and quit once the requests already on their way have reported? Nothing more is sent.</source>
        <translation>An action is still running. Stop sending and quit once the requests already on their way have reported? Nothing more is sent.</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · read-only</translation>
    </message>
    <message>
        <source>Nothing to do: every selected row already shows what this action leaves behind.</source>
        <translation>Nothing to do: every selected row already shows what this action leaves behind.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;New offboarding…</source>
        <translation>&amp;New offboarding…</translation>
    </message>
    <message>
        <source>Offboard devices or people from a list of serial numbers, device names, ids or user names</source>
        <translation>Offboard devices or people from a list of serial numbers, device names, ids or user names</translation>
    </message>
    <message>
        <source>&amp;Offboard this person…</source>
        <translation>&amp;Offboard this person…</translation>
    </message>
    <message>
        <source>&amp;Offboard this device…</source>
        <translation>&amp;Offboard this device…</translation>
    </message>
    <message>
        <source>&amp;Offboard the selected…</source>
        <translation>&amp;Offboard the selected…</translation>
    </message>
    <message>
        <source>Find everything that belongs to the selection in Intune, Autopilot and Entra ID, and plan its offboarding</source>
        <translation>Find everything that belongs to the selection in Intune, Autopilot and Entra ID, and plan its offboarding</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Offboard plans (*.json)</source>
        <translation>Offboard plans (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;plan…</source>
        <translation>Open &amp;plan…</translation>
    </message>
    <message>
        <source>Open an offboarding plan saved to a file, to check it again and run it</source>
        <translation>Open an offboarding plan saved to a file, to check it again and run it</translation>
    </message>
    <message>
        <source>An offboarding run started %1 did not finish: Offboard stopped during it. Resume it: steps the journal shows as sent are checked with Microsoft Graph, never sent again; the others are sent after a new confirmation.</source>
        <translation>An offboarding run started %1 did not finish: Offboard stopped during it. Resume it: steps the journal shows as sent are checked with Microsoft Graph, never sent again; the others are sent after a new confirmation.</translation>
    </message>
    <message>
        <source>Resume the off&amp;boarding…</source>
        <translation>Resume the off&amp;boarding…</translation>
    </message>
    <message>
        <source>An offboarding plan is running</source>
        <translation>An offboarding plan is running</translation>
    </message>
    <message>
        <source>Stop the plan in its window first (Stop), and wait until the requests already sent have reported.</source>
        <translation>Stop the plan in its window first (Stop), and wait until the requests already sent have reported.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2; QtKeychain %3.&lt;/p&gt;&lt;p&gt;Qt is used under the GNU LGPL version 3 and QtKeychain under the BSD 2-clause licence, both linked from the system&apos;s libraries.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built with Qt %1, running on Qt %2; QtKeychain %3.&lt;/p&gt;&lt;p&gt;Qt is used under the GNU LGPL version 3 and QtKeychain under the BSD 2-clause licence, both linked from the system&apos;s libraries.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&lt;p&gt;Project page: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Project page: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open evidence file</source>
        <translation>Open evidence file</translation>
    </message>
    <message>
        <source>Offboard evidence (*.json)</source>
        <translation>Offboard evidence (*.json)</translation>
    </message>
    <message>
        <source>Open e&amp;vidence…</source>
        <translation>Open e&amp;vidence…</translation>
    </message>
    <message>
        <source>Open a run&apos;s evidence file: what was done, and the recovery keys and passwords read before, with its passphrase</source>
        <translation>Open a run&apos;s evidence file: what was done, and the recovery keys and passwords read before, with its passphrase</translation>
    </message>
</context>
<context>
    <name>OffboardingInput</name>
    <message>
        <source>Graph or Entra ID</source>
        <translation>Graph or Entra ID</translation>
    </message>
    <message>
        <source>User (UPN)</source>
        <translation>User (UPN)</translation>
    </message>
    <message>
        <source>Serial number or device name</source>
        <translation>Serial number or device name</translation>
    </message>
</context>
<context>
    <name>OffboardingPlan</name>
    <message>
        <source>Leaving employee</source>
        <translation>Leaving employee</translation>
    </message>
    <message>
        <source>Return to vendor</source>
        <translation>Return to vendor</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Lost or stolen device</translation>
    </message>
    <message>
        <source>Retire the person&apos;s devices and unassign them from Autopilot; the devices stay registered for the next employee.</source>
        <translation>Retire the person&apos;s devices and unassign them from Autopilot; the devices stay registered for the next employee.</translation>
    </message>
    <message>
        <source>Retire, delete from Intune, deregister from Autopilot and delete from Microsoft Entra ID, in that order: nothing of the device stays in the tenant.</source>
        <translation>Retire, delete from Intune, deregister from Autopilot and delete from Microsoft Entra ID, in that order: nothing of the device stays in the tenant.</translation>
    </message>
    <message>
        <source>Retire the device and disable it in Microsoft Entra ID, so nobody can sign in on it; its Autopilot registration stays.</source>
        <translation>Retire the device and disable it in Microsoft Entra ID, so nobody can sign in on it; its Autopilot registration stays.</translation>
    </message>
    <message>
        <source>Intune already retires this device.</source>
        <translation>Intune already retires this device.</translation>
    </message>
    <message>
        <source>Synced from on-premises Active Directory: disable or delete it there; Entra ID refuses it here.</source>
        <translation>Synced from on-premises Active Directory: disable or delete it there; Entra ID refuses it here.</translation>
    </message>
    <message>
        <source>Co-managed with Configuration Manager: a retire ends Intune&apos;s management only; Configuration Manager keeps managing the device.</source>
        <translation>Co-managed with Configuration Manager: a retire ends Intune&apos;s management only; Configuration Manager keeps managing the device.</translation>
    </message>
    <message>
        <source>Hybrid joined: its Entra device is synced from on-premises Active Directory and comes back unless it is removed there.</source>
        <translation>Hybrid joined: its Entra device is synced from on-premises Active Directory and comes back unless it is removed there.</translation>
    </message>
    <message>
        <source>%1: Entra ID refuses to disable or delete the device object while the device is registered in Windows Autopilot; tick &quot;Deregister from Autopilot&quot; too.</source>
        <translation>%1: Entra ID refuses to disable or delete the device object while the device is registered in Windows Autopilot; tick &quot;Deregister from Autopilot&quot; too.</translation>
    </message>
    <message>
        <source>%1: choose either Retire or Deprovision, not both.</source>
        <translation>%1: choose either Retire or Deprovision, not both.</translation>
    </message>
    <message>
        <source>Deprovision needs a reason.</source>
        <translation>Deprovision needs a reason.</translation>
    </message>
    <message>
        <source>Retire every device Intune manages for %1</source>
        <translation>Retire every device Intune manages for %1</translation>
    </message>
    <message>
        <source>Deprovision %1 in Intune, with the reason given</source>
        <translation>Deprovision %1 in Intune, with the reason given</translation>
    </message>
    <message>
        <source>Delete %1 from Microsoft Intune</source>
        <translation>Delete %1 from Microsoft Intune</translation>
    </message>
    <message>
        <source>Unassign the user from %1 in Windows Autopilot</source>
        <translation>Unassign the user from %1 in Windows Autopilot</translation>
    </message>
    <message>
        <source>Deregister %1 from Windows Autopilot and wait until Autopilot has removed it</source>
        <translation>Deregister %1 from Windows Autopilot and wait until Autopilot has removed it</translation>
    </message>
    <message>
        <source>Disable %1 in Microsoft Entra ID</source>
        <translation>Disable %1 in Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Delete %1 from Microsoft Entra ID</source>
        <translation>Delete %1 from Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Checking that it took effect…</source>
        <translation>Checking that it took effect…</translation>
    </message>
    <message>
        <source>Done, checked</source>
        <translation>Done, checked</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Outcome unknown: check before retrying</source>
        <translation>Outcome unknown: check before retrying</translation>
    </message>
    <message>
        <source>Not confirmed in time</source>
        <translation>Not confirmed in time</translation>
    </message>
    <message>
        <source>Deleting the Entra device also deletes its BitLocker keys and LAPS password: back them up first.</source>
        <translation>Deleting the Entra device also deletes its BitLocker keys and LAPS password: back them up first.</translation>
    </message>
    <message>
        <source>Retire %1 in Intune</source>
        <translation>Retire %1 in Intune</translation>
    </message>
</context>
<context>
    <name>OffboardingPlanFile</name>
    <message>
        <source>This is not an Offboard plan.</source>
        <translation>This is not an Offboard plan.</translation>
    </message>
    <message>
        <source>This plan was saved by another version of Offboard (format %1).</source>
        <translation>This plan was saved by another version of Offboard (format %1).</translation>
    </message>
    <message>
        <source>The plan file is damaged.</source>
        <translation>The plan file is damaged.</translation>
    </message>
    <message>
        <source>The plan file is damaged: a step names an unknown action or an invalid id.</source>
        <translation>The plan file is damaged: a step names an unknown action or an invalid id.</translation>
    </message>
    <message>
        <source>This plan was made for the tenant %1, and you are signed in to %2. Its ids mean nothing here, or other objects: it is not opened.</source>
        <translation>This plan was made for the tenant %1, and you are signed in to %2. Its ids mean nothing here, or other objects: it is not opened.</translation>
    </message>
    <message>
        <source>%1 (found by &quot;%2&quot;) is no longer found with the same id.</source>
        <translation>%1 (found by &quot;%2&quot;) is no longer found with the same id.</translation>
    </message>
    <message>
        <source>%1 (found by &quot;%2&quot;) was not in the saved plan.</source>
        <translation>%1 (found by &quot;%2&quot;) was not in the saved plan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 can no longer be planned: the object is gone or changed.</source>
        <translation>&quot;%1&quot; on %2 can no longer be planned: the object is gone or changed.</translation>
    </message>
</context>
<context>
    <name>OffboardingReport</name>
    <message>
        <source>Device or person</source>
        <translation>Device or person</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Step (Graph action)</source>
        <translation>Step (Graph action)</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Object id</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Dry run: not sent</source>
        <translation>Dry run: not sent</translation>
    </message>
    <message>
        <source>Offboarding report</source>
        <translation>Offboarding report</translation>
    </message>
    <message>
        <source>Offboarding report (dry run: nothing was sent)</source>
        <translation>Offboarding report (dry run: nothing was sent)</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Tenant: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Template: %1</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>Started %1, finished %2</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Steps, in the order they ran</source>
        <translation>Steps, in the order they ran</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>OffboardingResolver</name>
    <message>
        <source>Asking Microsoft Graph…</source>
        <translation>Asking Microsoft Graph…</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Several matches: choose</source>
        <translation>Several matches: choose</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Could not be checked</translation>
    </message>
    <message>
        <source>No managed device, Entra device, Autopilot device or user has this id.</source>
        <translation>No managed device, Entra device, Autopilot device or user has this id.</translation>
    </message>
    <message>
        <source>No user has this user principal name.</source>
        <translation>No user has this user principal name.</translation>
    </message>
    <message>
        <source>No managed device, Autopilot device or Entra device has this serial number or name.</source>
        <translation>No managed device, Autopilot device or Entra device has this serial number or name.</translation>
    </message>
    <message numerus="yes">
        <source>%n objects match: choose which by their ids.</source>
        <translation>
            <numerusform>%n object matches: choose which by its id.</numerusform>
            <numerusform>%n objects match: choose which by their ids.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user has no managed devices.</source>
        <translation>The user has no managed devices.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID could not be asked: %1</source>
        <translation>Microsoft Entra ID could not be asked: %1</translation>
    </message>
    <message>
        <source>Windows Autopilot could not be asked: %1</source>
        <translation>Windows Autopilot could not be asked: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n other Autopilot registration(s) have this serial number and are not part of this device.</source>
        <translation>
            <numerusform>%n other Autopilot registration has this serial number and is not part of this device.</numerusform>
            <numerusform>%n other Autopilot registrations have this serial number and are not part of this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen by id: %1</source>
        <translation>Chosen by id: %1</translation>
    </message>
</context>
<context>
    <name>OffboardingRunner</name>
    <message>
        <source>Not sent: the run was stopped.</source>
        <translation>Not sent: the run was stopped.</translation>
    </message>
    <message>
        <source>Waiting for Windows Autopilot to remove %1…</source>
        <translation>Waiting for Windows Autopilot to remove %1…</translation>
    </message>
    <message>
        <source>Intune reports the retire failed (retireFailed).</source>
        <translation>Intune reports the retire failed (retireFailed).</translation>
    </message>
    <message>
        <source>Stopped before Graph showed the change.</source>
        <translation>Stopped before Graph showed the change.</translation>
    </message>
    <message numerus="yes">
        <source>Graph did not show the change within %n second(s).</source>
        <translation>
            <numerusform>Graph did not show the change within %n second.</numerusform>
            <numerusform>Graph did not show the change within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: an earlier step for this device did not take effect.</source>
        <translation>Skipped: an earlier step for this device did not take effect.</translation>
    </message>
    <message>
        <source>Refused before the run was interrupted (see the journal); not sent again.</source>
        <translation>Refused before the run was interrupted (see the journal); not sent again.</translation>
    </message>
    <message>
        <source>Sent before the run was interrupted; checked, not sent again.</source>
        <translation>Sent before the run was interrupted; checked, not sent again.</translation>
    </message>
</context>
<context>
    <name>OffboardingWizard</name>
    <message>
        <source>What to offboard</source>
        <translation>What to offboard</translation>
    </message>
    <message>
        <source>Serial numbers, device names, Intune or Entra device ids and user principal names, mixed as you like. Only exact matches are used.</source>
        <translation>Serial numbers, device names, Intune or Entra device ids and user principal names, mixed as you like. Only exact matches are used.</translation>
    </message>
    <message>
        <source>&amp;Identifiers, one per line:</source>
        <translation>&amp;Identifiers, one per line:</translation>
    </message>
    <message>
        <source>Identifiers, one per line</source>
        <translation>Identifiers, one per line</translation>
    </message>
    <message>
        <source>I&amp;mport from file…</source>
        <translation>I&amp;mport from file…</translation>
    </message>
    <message>
        <source>Import identifiers from a CSV or text file</source>
        <translation>Import identifiers from a CSV or text file</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Column:</translation>
    </message>
    <message>
        <source>Column of the imported file</source>
        <translation>Column of the imported file</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>First row is a &amp;header</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>What each line is read as</source>
        <translation>What each line is read as</translation>
    </message>
    <message>
        <source>Import identifiers</source>
        <translation>Import identifiers</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV and text files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identifier(s) to look up.</source>
        <translation>
            <numerusform>%n identifier to look up.</numerusform>
            <numerusform>%n identifiers to look up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) left out.</source>
        <translation>
            <numerusform>%n repeated line left out.</numerusform>
            <numerusform>%n repeated lines left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>What each identifier is</source>
        <translation>What each identifier is</translation>
    </message>
    <message>
        <source>Microsoft Graph is asked for exact matches in Intune, Windows Autopilot and Microsoft Entra ID. Where several objects match, choose which.</source>
        <translation>Microsoft Graph is asked for exact matches in Intune, Windows Autopilot and Microsoft Entra ID. Where several objects match, choose which.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>What each identifier was found to be</source>
        <translation>What each identifier was found to be</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the objects an ambiguous entry means</source>
        <translation>Choose the objects an ambiguous entry means</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device(s)</source>
        <translation>
            <numerusform>%1: %n device</numerusform>
            <numerusform>%1: %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Found: %1 · not found: %2 · several matches: %3 · could not be checked: %4</source>
        <translation>Found: %1 · not found: %2 · several matches: %3 · could not be checked: %4</translation>
    </message>
    <message>
        <source>Choose by id: %1</source>
        <translation>Choose by id: %1</translation>
    </message>
    <message>
        <source>Tick the objects &quot;%1&quot; means. Compare their ids, users and last check-in in the lists if unsure.</source>
        <translation>Tick the objects &quot;%1&quot; means. Compare their ids, users and last check-in in the lists if unsure.</translation>
    </message>
    <message>
        <source>Matching objects</source>
        <translation>Matching objects</translation>
    </message>
    <message>
        <source>%1 · serial %2 · user %3 · id %4</source>
        <translation>%1 · serial %2 · user %3 · id %4</translation>
    </message>
    <message>
        <source>Use the ticked objects</source>
        <translation>Use the ticked objects</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>Steps run in Microsoft&apos;s order: Intune, then Windows Autopilot, then Microsoft Entra ID; each starts only when the one before has taken effect.</source>
        <translation>Steps run in Microsoft&apos;s order: Intune, then Windows Autopilot, then Microsoft Entra ID; each starts only when the one before has taken effect.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>&amp;Reason for deprovision:</source>
        <translation>&amp;Reason for deprovision:</translation>
    </message>
    <message>
        <source>Reason for deprovision</source>
        <translation>Reason for deprovision</translation>
    </message>
    <message>
        <source>Device and step</source>
        <translation>Device and step</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Plan: devices and their steps</source>
        <translation>Plan: devices and their steps</translation>
    </message>
    <message>
        <source>Show the re&amp;quests (dry run)…</source>
        <translation>Show the re&amp;quests (dry run)…</translation>
    </message>
    <message>
        <source>Show the requests the plan would send</source>
        <translation>Show the requests the plan would send</translation>
    </message>
    <message>
        <source>found by &quot;%1&quot;</source>
        <translation>found by &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) ticked</source>
        <translation>
            <numerusform>%n step ticked</numerusform>
            <numerusform>%n steps ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: the requests, in order</source>
        <translation>Dry run: the requests, in order</translation>
    </message>
    <message>
        <source>Nothing has been sent. Running the plan sends these requests in this order, each after the one before it has taken effect:</source>
        <translation>Nothing has been sent. Running the plan sends these requests in this order, each after the one before it has taken effect:</translation>
    </message>
    <message>
        <source>Requests the plan would send</source>
        <translation>Requests the plan would send</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Run the plan</source>
        <translation>Run the plan</translation>
    </message>
    <message>
        <source>To confirm, t&amp;ype the number of steps (%1):</source>
        <translation>To confirm, t&amp;ype the number of steps (%1):</translation>
    </message>
    <message>
        <source>Confirmation: the number of steps</source>
        <translation>Confirmation: the number of steps</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Start the plan</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;p</translation>
    </message>
    <message>
        <source>Stop the plan</source>
        <translation>Stop the plan</translation>
    </message>
    <message>
        <source>Save report as CS&amp;V…</source>
        <translation>Save report as CS&amp;V…</translation>
    </message>
    <message>
        <source>Save report as HTM&amp;L…</source>
        <translation>Save report as HTM&amp;L…</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>Save report as P&amp;DF…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Request ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Steps and their outcomes</source>
        <translation>Steps and their outcomes</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %1 of %n step(s) done and checked.</source>
        <translation>
            <numerusform>Finished: %1 of %n step done and checked.</numerusform>
            <numerusform>Finished: %1 of %n steps done and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will be sent to Microsoft Graph as %1 (%2). This cannot be undone. Every request is written to the journal.</source>
        <translation>
            <numerusform>%n step will be sent to Microsoft Graph as %1 (%2). This cannot be undone. Every request is written to the journal.</numerusform>
            <numerusform>%n steps will be sent to Microsoft Graph as %1 (%2). This cannot be undone. Every request is written to the journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>The journal could not be written, so nothing more is sent: %1</source>
        <translation>The journal could not be written, so nothing more is sent: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <source>New offboarding</source>
        <translation>New offboarding</translation>
    </message>
    <message>
        <source>Offboarding report</source>
        <translation>Offboarding report</translation>
    </message>
    <message>
        <source>Stop the plan?</source>
        <translation>Stop the plan?</translation>
    </message>
    <message>
        <source>Steps are still running. Stop sending? What is already on its way still reports.</source>
        <translation>Steps are still running. Stop sending? What is already on its way still reports.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan…</source>
        <translation>Sa&amp;ve plan…</translation>
    </message>
    <message>
        <source>Save the plan to a file, for someone else to run</source>
        <translation>Save the plan to a file, for someone else to run</translation>
    </message>
    <message>
        <source>Plan saved by %1 on %2, checked again against the tenant now.</source>
        <translation>Plan saved by %1 on %2, checked again against the tenant now.</translation>
    </message>
    <message>
        <source>Nothing has changed since.</source>
        <translation>Nothing has changed since.</translation>
    </message>
    <message>
        <source>Changed since:</source>
        <translation>Changed since:</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <source>Offboard plans (*.json)</source>
        <translation>Offboard plans (*.json)</translation>
    </message>
    <message>
        <source>The plan could not be kept beside the journal; if Offboard stops during the run, it cannot offer to resume it.</source>
        <translation>The plan could not be kept beside the journal; if Offboard stops during the run, it cannot offer to resume it.</translation>
    </message>
    <message>
        <source>Resume the offboarding</source>
        <translation>Resume the offboarding</translation>
    </message>
    <message>
        <source>Read and &amp;keep recovery keys and passwords first (BitLocker, LAPS, FileVault)</source>
        <translation>Read and &amp;keep recovery keys and passwords first (BitLocker, LAPS, FileVault)</translation>
    </message>
    <message>
        <source>Read and keep recovery information first</source>
        <translation>Read and keep recovery information first</translation>
    </message>
    <message>
        <source>Microsoft asks to back up BitLocker recovery keys and local administrator passwords before a device is retired or deleted: deleting its Entra device deletes them. Offboard reads them (Microsoft Entra ID audits each read) and seals them in the run&apos;s evidence file with a passphrase you choose.</source>
        <translation>Microsoft asks to back up BitLocker recovery keys and local administrator passwords before a device is retired or deleted: deleting its Entra device deletes them. Offboard reads them (Microsoft Entra ID audits each read) and seals them in the run&apos;s evidence file with a passphrase you choose.</translation>
    </message>
    <message>
        <source>No ticked step removes a device that keeps recovery information.</source>
        <translation>No ticked step removes a device that keeps recovery information.</translation>
    </message>
    <message>
        <source>Recovery information is not read: once the Entra devices are deleted, it is gone.</source>
        <translation>Recovery information is not read: once the Entra devices are deleted, it is gone.</translation>
    </message>
    <message numerus="yes">
        <source>Before the first step, the recovery information of %n device(s) is read and sealed in the run&apos;s evidence file.</source>
        <translation>
            <numerusform>Before the first step, the recovery information of %n device is read and sealed in the run&apos;s evidence file.</numerusform>
            <numerusform>Before the first step, the recovery information of %n devices is read and sealed in the run&apos;s evidence file.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in may not read all of it:</source>
        <translation>This sign-in may not read all of it:</translation>
    </message>
    <message>
        <source>Evidence file p&amp;assphrase:</source>
        <translation>Evidence file p&amp;assphrase:</translation>
    </message>
    <message>
        <source>Passphrase for the evidence file</source>
        <translation>Passphrase for the evidence file</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>The recovery keys and passwords are sealed with it (AES-256-GCM). Offboard does not keep it: without it nobody can read them, you included.</source>
        <translation>The recovery keys and passwords are sealed with it (AES-256-GCM). Offboard does not keep it: without it nobody can read them, you included.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>The passphrase again</translation>
    </message>
    <message>
        <source>Open the evidence f&amp;ile…</source>
        <translation>Open the evidence f&amp;ile…</translation>
    </message>
    <message>
        <source>Preparing the evidence file&apos;s key…</source>
        <translation>Preparing the evidence file&apos;s key…</translation>
    </message>
    <message numerus="yes">
        <source>Reading recovery information: %1 of %n device(s)…</source>
        <translation>
            <numerusform>Reading recovery information: %1 of %n device…</numerusform>
            <numerusform>Reading recovery information: %1 of %n devices…</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>The evidence file could not be written, so nothing is sent: %1</source>
        <translation>The evidence file could not be written, so nothing is sent: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery key(s) or password(s) sealed in the evidence file %1</source>
        <translation>
            <numerusform>%n recovery key or password sealed in the evidence file %1</numerusform>
            <numerusform>%n recovery keys or passwords sealed in the evidence file %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before any step was sent.</source>
        <translation>Stopped before any step was sent.</translation>
    </message>
    <message>
        <source>The steps&apos; outcomes could not be added to the evidence file: %1</source>
        <translation>The steps&apos; outcomes could not be added to the evidence file: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationPolicy</name>
    <message>
        <source>%1 could not be read; none of its settings apply.</source>
        <translation>%1 could not be read; none of its settings apply.</translation>
    </message>
    <message>
        <source>Unknown section [%1].</source>
        <translation>Unknown section [%1].</translation>
    </message>
    <message>
        <source>Unknown setting %1 outside any section.</source>
        <translation>Unknown setting %1 outside any section.</translation>
    </message>
    <message>
        <source>Unknown setting %1 in [%2].</source>
        <translation>Unknown setting %1 in [%2].</translation>
    </message>
    <message>
        <source>Language=%1: Offboard speaks %2.</source>
        <translation>Language=%1: Offboard speaks %2.</translation>
    </message>
    <message>
        <source>AllowedMethods: unknown sign-in method %1 (browser, deviceCode or clientSecret).</source>
        <translation>AllowedMethods: unknown sign-in method %1 (browser, deviceCode or clientSecret).</translation>
    </message>
    <message>
        <source>OwnConnections takes true or false.</source>
        <translation>OwnConnections takes true or false.</translation>
    </message>
    <message>
        <source>Disabled: unknown action %1.</source>
        <translation>Disabled: unknown action %1.</translation>
    </message>
    <message>
        <source>[%1]: a connection&apos;s key is made of letters, digits, - and _.</source>
        <translation>[%1]: a connection&apos;s key is made of letters, digits, - and _.</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>unknown setting %1</translation>
    </message>
    <message>
        <source>unknown cloud %1</source>
        <translation>unknown cloud %1</translation>
    </message>
    <message>
        <source>unknown sign-in method %1</source>
        <translation>unknown sign-in method %1</translation>
    </message>
    <message>
        <source>%1 takes true or false</source>
        <translation>%1 takes true or false</translation>
    </message>
    <message>
        <source>its sign-in method is not among AllowedMethods</source>
        <translation>its sign-in method is not among AllowedMethods</translation>
    </message>
    <message>
        <source>[%1] is not offered: %2</source>
        <translation>[%1] is not offered: %2</translation>
    </message>
    <message>
        <source>Your organisation allows only the connections it has set up (%1).</source>
        <translation>Your organisation allows only the connections it has set up (%1).</translation>
    </message>
    <message>
        <source>Your organisation has turned off sign-in in the browser (%1).</source>
        <translation>Your organisation has turned off sign-in in the browser (%1).</translation>
    </message>
    <message>
        <source>Your organisation has turned off sign-in with a device code (%1).</source>
        <translation>Your organisation has turned off sign-in with a device code (%1).</translation>
    </message>
    <message>
        <source>Your organisation has turned off app-only sign-in with a client secret (%1).</source>
        <translation>Your organisation has turned off app-only sign-in with a client secret (%1).</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>Microsoft Graph sent a page that could not be read: %1</source>
        <translation>Microsoft Graph sent a page that could not be read: %1</translation>
    </message>
    <message>
        <source>Stopped loading: the next page is on another host (%1), and the access token is only ever sent to Microsoft Graph.</source>
        <translation>Stopped loading: the next page is on another host (%1), and the access token is only ever sent to Microsoft Graph.</translation>
    </message>
</context>
<context>
    <name>PartitionedLoader</name>
    <message numerus="yes">
        <source>read in %n slice(s) at once</source>
        <translation>
            <numerusform>read in %n slice at once</numerusform>
            <numerusform>read in %n slices at once</numerusform>
        </translation>
    </message>
    <message>
        <source>read page by page: %1</source>
        <translation>read page by page: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph did not count the collection, so slices could not be checked</source>
        <translation>Microsoft Graph did not count the collection, so slices could not be checked</translation>
    </message>
    <message>
        <source>Microsoft Graph refused to filter on %1 (%2)</source>
        <translation>Microsoft Graph refused to filter on %1 (%2)</translation>
    </message>
    <message>
        <source>Microsoft Graph counted more objects in the slices than in the whole collection (%L1)</source>
        <translation>Microsoft Graph counted more objects in the slices than in the whole collection (%L1)</translation>
    </message>
    <message>
        <source>Microsoft Graph counted %L1 objects, the slices brought %L2</source>
        <translation>Microsoft Graph counted %L1 objects, the slices brought %L2</translation>
    </message>
    <message numerus="yes">
        <source>reading %n slice(s) at once</source>
        <translation>
            <numerusform>reading %n slice at once</numerusform>
            <numerusform>reading %n slices at once</numerusform>
        </translation>
    </message>
    <message>
        <source>reading page by page: %1</source>
        <translation>reading page by page: %1</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>&amp;Onboarding:</source>
        <translation>&amp;Onboarding:</translation>
    </message>
    <message>
        <source>Onboarding status filter</source>
        <translation>Onboarding status filter</translation>
    </message>
    <message>
        <source>Partner name or address…</source>
        <translation>Partner name or address…</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Graph ID</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Onboarding address</source>
        <translation>Onboarding address</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Last connection</translation>
    </message>
    <message>
        <source>Remote assistance partners</source>
        <translation>Remote assistance partners</translation>
    </message>
</context>
<context>
    <name>PassphraseCipher</name>
    <message>
        <source>The sealed part of the file is not in a form Offboard writes.</source>
        <translation>The sealed part of the file is not in a form Offboard writes.</translation>
    </message>
    <message>
        <source>The passphrase could not be turned into a key (out of memory?).</source>
        <translation>The passphrase could not be turned into a key (out of memory?).</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed after it was written.</source>
        <translation>Wrong passphrase, or the file was changed after it was written.</translation>
    </message>
</context>
<context>
    <name>RecoveryReader</name>
    <message>
        <source>BitLocker recovery keys need the delegated permission BitLockerKey.Read.All.</source>
        <translation>BitLocker recovery keys need the delegated permission BitLockerKey.Read.All.</translation>
    </message>
    <message>
        <source>Microsoft Graph gives BitLocker recovery keys only to a signed-in person, not to an app.</source>
        <translation>Microsoft Graph gives BitLocker recovery keys only to a signed-in person, not to an app.</translation>
    </message>
    <message>
        <source>Local administrator (LAPS) passwords need the permission DeviceLocalCredential.Read.All.</source>
        <translation>Local administrator (LAPS) passwords need the permission DeviceLocalCredential.Read.All.</translation>
    </message>
    <message>
        <source>FileVault keys need the permission DeviceManagementManagedDevices.PrivilegedOperations.All.</source>
        <translation>FileVault keys need the permission DeviceManagementManagedDevices.PrivilegedOperations.All.</translation>
    </message>
    <message>
        <source>Microsoft keeps no recovery key for this kind of device.</source>
        <translation>Microsoft keeps no recovery key for this kind of device.</translation>
    </message>
    <message>
        <source>BitLocker recovery keys</source>
        <translation>BitLocker recovery keys</translation>
    </message>
    <message>
        <source>The local administrator password</source>
        <translation>The local administrator password</translation>
    </message>
    <message>
        <source>The FileVault key</source>
        <translation>The FileVault key</translation>
    </message>
    <message>
        <source>%1: not read, this sign-in may not read them (%2).</source>
        <translation>%1: not read, this sign-in may not read them (%2).</translation>
    </message>
    <message>
        <source>refused for an earlier device</source>
        <translation>refused for an earlier device</translation>
    </message>
    <message>
        <source>BitLocker recovery keys could not be listed: %1</source>
        <translation>BitLocker recovery keys could not be listed: %1</translation>
    </message>
    <message>
        <source>No BitLocker recovery key is backed up in Microsoft Entra ID.</source>
        <translation>No BitLocker recovery key is backed up in Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>A BitLocker recovery key could not be read: %1</source>
        <translation>A BitLocker recovery key could not be read: %1</translation>
    </message>
    <message>
        <source>No local administrator password is backed up (Windows LAPS).</source>
        <translation>No local administrator password is backed up (Windows LAPS).</translation>
    </message>
    <message>
        <source>The local administrator password could not be read: %1</source>
        <translation>The local administrator password could not be read: %1</translation>
    </message>
    <message>
        <source>No FileVault key is escrowed with Intune.</source>
        <translation>No FileVault key is escrowed with Intune.</translation>
    </message>
    <message>
        <source>The FileVault key could not be read: %1</source>
        <translation>The FileVault key could not be read: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Sign in to Microsoft Entra ID</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Saved connection</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>New connection…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>&amp;Graph address:</source>
        <translation>&amp;Graph address:</translation>
    </message>
    <message>
        <source>Sign-&amp;in address:</source>
        <translation>Sign-&amp;in address:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Client (&amp;application) ID:</source>
        <translation>Client (&amp;application) ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client s&amp;ecret:</translation>
    </message>
    <message>
        <source>Custom addresses (demo tenant, test systems)</source>
        <translation>Custom addresses (demo tenant, test systems)</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the tenant ID</source>
        <translation>contoso.onmicrosoft.com or the tenant ID</translation>
    </message>
    <message>
        <source>The application (client) ID of the app registration used to sign in. The default is Microsoft Graph Command Line Tools; your organisation may require its own registration.</source>
        <translation>The application (client) ID of the app registration used to sign in. The default is Microsoft Graph Command Line Tools; your organisation may require its own registration.</translation>
    </message>
    <message>
        <source>Kept only in the system keychain</source>
        <translation>Kept only in the system keychain</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Sign in with:</translation>
    </message>
    <message>
        <source>&amp;Browser (recommended)</source>
        <translation>&amp;Browser (recommended)</translation>
    </message>
    <message>
        <source>&amp;Device code, for a computer without a usable browser</source>
        <translation>&amp;Device code, for a computer without a usable browser</translation>
    </message>
    <message>
        <source>App &amp;only, with a client secret</source>
        <translation>App &amp;only, with a client secret</translation>
    </message>
    <message>
        <source>Offboard keeps sign-in secrets only in the system keychain, never in files.</source>
        <translation>Offboard keeps sign-in secrets only in the system keychain, never in files.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. This window continues by itself when you are done.</source>
        <translation>Finish signing in in your browser. This window continues by itself when you are done.</translation>
    </message>
    <message>
        <source>Open the sign-in page again</source>
        <translation>Open the sign-in page again</translation>
    </message>
    <message>
        <source>On any device, open the page below, enter this code and sign in:</source>
        <translation>On any device, open the page below, enter this code and sign in:</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Cop&amp;y code</translation>
    </message>
    <message>
        <source>Open the &amp;page</source>
        <translation>Open the &amp;page</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter the client secret of the app registration.</source>
        <translation>Enter the client secret of the app registration.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation>The code expires in %1.</translation>
    </message>
    <message>
        <source>&amp;Read only: lists and details, no actions</source>
        <translation>&amp;Read only: lists and details, no actions</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Offboard asks Microsoft Entra ID only for read permissions and runs no action: %1 are left out. For organisations that have not consented to Offboard&apos;s write permissions.</source>
        <translation>Offboard asks Microsoft Entra ID only for read permissions and runs no action: %1 are left out. For organisations that have not consented to Offboard&apos;s write permissions.</translation>
    </message>
    <message>
        <source>Sign in read-only</source>
        <translation>Sign in read-only</translation>
    </message>
    <message>
        <source>Your organisation has not consented to the permissions Offboard needs to make changes, or you may not consent to them. You can still sign in read-only, to see lists and details without running any action; an administrator can grant consent for the rest.</source>
        <translation>Your organisation has not consented to the permissions Offboard needs to make changes, or you may not consent to them. You can still sign in read-only, to see lists and details without running any action; an administrator can grant consent for the rest.</translation>
    </message>
    <message>
        <source>Turned off by your organisation (%1).</source>
        <translation>Turned off by your organisation (%1).</translation>
    </message>
    <message>
        <source>Your organisation&apos;s settings (%1) have entries Offboard cannot use; ask your administrators to correct them:
%2</source>
        <translation>Your organisation&apos;s settings (%1) have entries Offboard cannot use; ask your administrators to correct them:
%2</translation>
    </message>
    <message>
        <source>Set up by your organisation and locked: its cloud, tenant, client ID and sign-in method cannot be changed here (%1).</source>
        <translation>Set up by your organisation and locked: its cloud, tenant, client ID and sign-in method cannot be changed here (%1).</translation>
    </message>
    <message>
        <source>Suggested by your organisation (%1); what you change is kept for you alone.</source>
        <translation>Suggested by your organisation (%1); what you change is kept for you alone.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>The sign-in service returned an access token that could not be read.</source>
        <translation>The sign-in service returned an access token that could not be read.</translation>
    </message>
</context>
<context>
    <name>TokenCache</name>
    <message>
        <source>The sign-in has expired and nothing is saved to renew it. Sign in again.</source>
        <translation>The sign-in has expired and nothing is saved to renew it. Sign in again.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>The system keychain is not available.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1). You stay signed in until Offboard closes, and will have to sign in again next time.</source>
        <translation>Your sign-in could not be saved in the system keychain (%1). You stay signed in until Offboard closes, and will have to sign in again next time.</translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>The sign-in address %1 is not secure (HTTPS is required).</source>
        <translation>The sign-in address %1 is not secure (HTTPS is required).</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that could not be read.</source>
        <translation>The sign-in service sent an answer that could not be read.</translation>
    </message>
    <message>
        <source>The sign-in service at %1 redirected the request elsewhere (HTTP %2). Offboard never sends sign-in secrets on to another address.</source>
        <translation>The sign-in service at %1 redirected the request elsewhere (HTTP %2). Offboard never sends sign-in secrets on to another address.</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Offboard user guide</source>
        <translation>Offboard user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UserPage</name>
    <message>
        <source>A&amp;ccount:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled (leavers)</source>
        <translation>Disabled (leavers)</translation>
    </message>
    <message>
        <source>Account state filter</source>
        <translation>Account state filter</translation>
    </message>
    <message>
        <source>Name, user principal name, e-mail, department…</source>
        <translation>Name, user principal name, e-mail, department…</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>The account is disabled.</translation>
    </message>
    <message>
        <source>Graph ID</source>
        <translation>Graph ID</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>User principal name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Managed devices</source>
        <translation>Managed devices</translation>
    </message>
    <message>
        <source>Asking Microsoft Graph…</source>
        <translation>Asking Microsoft Graph…</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The user&apos;s devices could not be listed: %1</source>
        <translation>The user&apos;s devices could not be listed: %1</translation>
    </message>
</context>
<context>
    <name>graphsim</name>
    <message>
        <source>Serves the Offboard demo tenant (Microsoft Graph and Entra ID sign-in) on loopback.</source>
        <translation>Serves the Offboard demo tenant (Microsoft Graph and Entra ID sign-in) on loopback.</translation>
    </message>
    <message>
        <source>Rates are numbers from 0 to 1.</source>
        <translation>Rates are numbers from 0 to 1.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;. Known: %2.</source>
        <translation>Unknown action &apos;%1&apos;. Known: %2.</translation>
    </message>
    <message>
        <source>Graph:     %1/v1.0 and %1/beta</source>
        <translation>Graph:     %1/v1.0 and %1/beta</translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation>Authority: %1</translation>
    </message>
    <message>
        <source>Tenant:    %1 devices, %2 users, %3 Autopilot identities</source>
        <translation>Tenant:    %1 devices, %2 users, %3 Autopilot identities</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port to listen on (0 picks a free one).</translation>
    </message>
    <message>
        <source>Seed of the generated tenant.</source>
        <translation>Seed of the generated tenant.</translation>
    </message>
    <message>
        <source>Number of managed devices.</source>
        <translation>Number of managed devices.</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Number of users.</translation>
    </message>
    <message>
        <source>Delay of every Graph response.</source>
        <translation>Delay of every Graph response.</translation>
    </message>
    <message>
        <source>Extra delay of every collection page.</source>
        <translation>Extra delay of every collection page.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests answered 429 with Retry-After.</source>
        <translation>Fraction of Graph requests answered 429 with Retry-After.</translation>
    </message>
    <message>
        <source>Retry-After seconds of injected 429 and 503 answers.</source>
        <translation>Retry-After seconds of injected 429 and 503 answers.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests answered 503.</source>
        <translation>Fraction of Graph requests answered 503.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests answered 504.</source>
        <translation>Fraction of Graph requests answered 504.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests carried out and then left without an answer.</source>
        <translation>Fraction of Graph requests carried out and then left without an answer.</translation>
    </message>
    <message>
        <source>Fraction of Graph answers cut off in the middle.</source>
        <translation>Fraction of Graph answers cut off in the middle.</translation>
    </message>
    <message>
        <source>Fraction of Graph answers with a body that is not valid JSON.</source>
        <translation>Fraction of Graph answers with a body that is not valid JSON.</translation>
    </message>
    <message>
        <source>Apply faults only to these methods (comma-separated, e.g. POST).</source>
        <translation>Apply faults only to these methods (comma-separated, e.g. POST).</translation>
    </message>
    <message>
        <source>Apply faults only to paths containing this text.</source>
        <translation>Apply faults only to paths containing this text.</translation>
    </message>
    <message>
        <source>Do not enforce Intune&apos;s documented request limits.</source>
        <translation>Do not enforce Intune&apos;s documented request limits.</translation>
    </message>
    <message>
        <source>Multiply Intune&apos;s documented request limits by this factor.</source>
        <translation>Multiply Intune&apos;s documented request limits by this factor.</translation>
    </message>
    <message>
        <source>Actions protected by Multi Admin Approval (comma-separated, e.g. retire).</source>
        <translation>Actions protected by Multi Admin Approval (comma-separated, e.g. retire).</translation>
    </message>
    <message>
        <source>Seconds until a retired device disappears.</source>
        <translation>Seconds until a retired device disappears.</translation>
    </message>
    <message>
        <source>Lifetime of access tokens.</source>
        <translation>Lifetime of access tokens.</translation>
    </message>
    <message>
        <source>Polling interval of the device code flow.</source>
        <translation>Polling interval of the device code flow.</translation>
    </message>
    <message>
        <source>Append one JSON line per request to this file.</source>
        <translation>Append one JSON line per request to this file.</translation>
    </message>
    <message>
        <source>Print one JSON object describing the tenant as the first line of standard output.</source>
        <translation>Print one JSON object describing the tenant as the first line of standard output.</translation>
    </message>
    <message>
        <source>Send the rest of every collection page this long after its first 4 KB (a slow link).</source>
        <translation>Send the rest of every collection page this long after its first 4 KB (a slow link).</translation>
    </message>
    <message>
        <source>Number of remote assistance partners (0 to 50).</source>
        <translation>Number of remote assistance partners (0 to 50).</translation>
    </message>
    <message>
        <source>Fraction of Graph requests carried out, then answered 502.</source>
        <translation>Fraction of Graph requests carried out, then answered 502.</translation>
    </message>
    <message>
        <source>What the organisation has consented for Offboard: full, or read-only (its write scopes are refused with AADSTS65001).</source>
        <translation>What the organisation has consented for Offboard: full, or read-only (its write scopes are refused with AADSTS65001).</translation>
    </message>
    <message>
        <source>--consent takes full or read-only.</source>
        <translation>--consent takes full or read-only.</translation>
    </message>
    <message>
        <source>Devices that check in (their lastSyncDateTime becomes now) after each page of managed devices.</source>
        <translation>Devices that check in (their lastSyncDateTime becomes now) after each page of managed devices.</translation>
    </message>
    <message>
        <source>Fraction of Graph requests answered 500 without being carried out.</source>
        <translation>Fraction of Graph requests answered 500 without being carried out.</translation>
    </message>
    <message>
        <source>Run the tenant&apos;s clock this many seconds ahead (negative: behind) of this machine&apos;s: tokens, Date headers and timestamps.</source>
        <translation>Run the tenant&apos;s clock this many seconds ahead (negative: behind) of this machine&apos;s: tokens, Date headers and timestamps.</translation>
    </message>
    <message>
        <source>Serve HTTPS with a certificate made for this run (its path is caCertificate in --json); every URL the tenant writes says https.</source>
        <translation>Serve HTTPS with a certificate made for this run (its path is caCertificate in --json); every URL the tenant writes says https.</translation>
    </message>
    <message>
        <source>With --tls: this PEM certificate instead of a new one.</source>
        <translation>With --tls: this PEM certificate instead of a new one.</translation>
    </message>
    <message>
        <source>With --tls-cert: its PEM private key (RSA or EC).</source>
        <translation>With --tls-cert: its PEM private key (RSA or EC).</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert and --tls-key go together.</translation>
    </message>
    <message>
        <source>Cannot read a PEM certificate from %1 and its key from %2.</source>
        <translation>Cannot read a PEM certificate from %1 and its key from %2.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1 (or set up TLS).</source>
        <translation>Cannot listen on port %1 (or set up TLS).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offboards devices from Microsoft Intune and Windows Autopilot.</source>
        <translation>Offboards devices from Microsoft Intune and Windows Autopilot.</translation>
    </message>
    <message>
        <source>Open the built-in demo tenant.</source>
        <translation>Open the built-in demo tenant.</translation>
    </message>
    <message>
        <source>User interface language: ru or en.</source>
        <translation>User interface language: ru or en.</translation>
    </message>
    <message>
        <source>Number of managed devices in the demo tenant.</source>
        <translation>Number of managed devices in the demo tenant.</translation>
    </message>
    <message>
        <source>Seed of the demo tenant.</source>
        <translation>Seed of the demo tenant.</translation>
    </message>
    <message>
        <source>Demo account to sign in with: admin or operator.</source>
        <translation>Demo account to sign in with: admin or operator.</translation>
    </message>
    <message>
        <source>--demo-account takes admin or operator.</source>
        <translation>--demo-account takes admin or operator.</translation>
    </message>
    <message>
        <source>With --demo: sign in through the sign-in dialog instead of at once.</source>
        <translation>With --demo: sign in through the sign-in dialog instead of at once.</translation>
    </message>
    <message>
        <source>With --demo: sign in read-only (lists and details, no actions).</source>
        <translation>With --demo: sign in read-only (lists and details, no actions).</translation>
    </message>
    <message>
        <source>What the demo organisation has consented for Offboard: full or read-only.</source>
        <translation>What the demo organisation has consented for Offboard: full or read-only.</translation>
    </message>
    <message>
        <source>--demo-consent takes full or read-only.</source>
        <translation>--demo-consent takes full or read-only.</translation>
    </message>
    <message>
        <source>Every page of a demo list waits this long before it is sent, as pages of a real tenant do.</source>
        <translation>Every page of a demo list waits this long before it is sent, as pages of a real tenant do.</translation>
    </message>
</context>
</TS>
