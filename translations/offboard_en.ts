<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DemoTenantHost</name>
    <message>
        <source>The demo tenant could not listen on the loopback interface.</source>
        <translation>The demo tenant could not listen on the loopback interface.</translation>
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
</context>
<context>
    <name>GraphRequest</name>
    <message>
        <source>Refused to send the request to %1: it is not the Microsoft Graph host in use, or not a secure address.</source>
        <translation>Refused to send the request to %1: it is not the Microsoft Graph host in use, or not a secure address.</translation>
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
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Device name, user, serial number, model…</source>
        <translation>Device name, user, serial number, model…</translation>
    </message>
    <message>
        <source>Search managed devices</source>
        <translation>Search managed devices</translation>
    </message>
    <message>
        <source>Managed devices</source>
        <translation>Managed devices</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>Copy error details</translation>
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
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Stop loading</translation>
    </message>
    <message>
        <source>Stop loading devices</source>
        <translation>Stop loading devices</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>Signed in as %1 · demo tenant</source>
        <translation>Signed in as %1 · demo tenant</translation>
    </message>
    <message>
        <source>Signed in as %1 · tenant %2</source>
        <translation>Signed in as %1 · tenant %2</translation>
    </message>
    <message>
        <source>The managed devices could not be loaded: %1</source>
        <translation>The managed devices could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading managed devices: %1 of %2</source>
        <translation>Loading managed devices: %1 of %2</translation>
    </message>
    <message>
        <source>Loading managed devices: %1</source>
        <translation>Loading managed devices: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln managed device(s)</source>
        <translation><numerusform>%Ln managed device</numerusform><numerusform>%Ln managed devices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Loading failed after %Ln device(s)</source>
        <translation><numerusform>Loading failed after %Ln device</numerusform><numerusform>Loading failed after %Ln devices</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped after %Ln device(s)</source>
        <translation><numerusform>Loading stopped after %Ln device</numerusform><numerusform>Loading stopped after %Ln devices</numerusform></translation>
    </message>
</context>
<context>
    <name>ManagedDeviceModel</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
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
    <name>TokenEndpoint</name>
    <message>
        <source>The sign-in address %1 is not secure (HTTPS is required).</source>
        <translation>The sign-in address %1 is not secure (HTTPS is required).</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer that could not be read.</source>
        <translation>The sign-in service sent an answer that could not be read.</translation>
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
        <source>Unknown action '%1'. Known: %2.</source>
        <translation>Unknown action '%1'. Known: %2.</translation>
    </message>
    <message>
        <source>Cannot listen on port %1.</source>
        <translation>Cannot listen on port %1.</translation>
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
        <source>Number of remote assistance partners (0 to 5).</source>
        <translation>Number of remote assistance partners (0 to 5).</translation>
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
        <source>Do not enforce Intune's documented request limits.</source>
        <translation>Do not enforce Intune's documented request limits.</translation>
    </message>
    <message>
        <source>Multiply Intune's documented request limits by this factor.</source>
        <translation>Multiply Intune's documented request limits by this factor.</translation>
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
        <source>Signing in to a Microsoft tenant is not available in this version yet. Start Offboard with --demo to work with the built-in demo tenant.</source>
        <translation>Signing in to a Microsoft tenant is not available in this version yet. Start Offboard with --demo to work with the built-in demo tenant.</translation>
    </message>
    <message>
        <source>Offboard</source>
        <translation>Offboard</translation>
    </message>
    <message>
        <source>Signing in to the demo tenant failed: %1</source>
        <translation>Signing in to the demo tenant failed: %1</translation>
    </message>
</context>
</TS>
