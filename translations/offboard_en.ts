<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DemoTenantHost</name>
    <message>
        <source>The demo tenant could not listen on the loopback interface.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by Configuration Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the connection broke after the request was sent. Check the object before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphRequest</name>
    <message>
        <source>Refused to send the request to %1: it is not the Microsoft Graph host in use, or not a secure address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySimulator</name>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the simulated Microsoft Entra ID sign-in of the Offboard demo tenant. The demo accounts are listed in the README.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AADSTS50126: Error validating credentials due to invalid username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not valid or has expired. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the sign-in. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed in to Offboard on your other device. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Offboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Offboard %1&lt;/h3&gt;&lt;p&gt;Offboards devices from Microsoft Intune and Windows Autopilot through Microsoft Graph.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard — demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Offboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO TENANT: everything here is simulated on this computer. No request reaches Microsoft, and nothing you do here changes a real device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name, user, serial number, model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search managed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · demo tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · tenant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The managed devices could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading managed devices: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading managed devices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n managed device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading failed after %n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedDeviceModel</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>Microsoft Graph sent a page that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped loading: the next page is on another host (%1), and the access token is only ever sent to Microsoft Graph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>The sign-in address %1 is not secure (HTTPS is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>graphsim</name>
    <message>
        <source>Serves the Offboard demo tenant (Microsoft Graph and Entra ID sign-in) on loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates are numbers from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph:     %1/v1.0 and %1/beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:    %1 devices, %2 users, %3 Autopilot identities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offboards devices from Microsoft Intune and Windows Autopilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of managed devices in the demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account to sign in with: admin or operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-account takes admin or operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to a Microsoft tenant is not available in this version yet. Start Offboard with --demo to work with the built-in demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo tenant failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
