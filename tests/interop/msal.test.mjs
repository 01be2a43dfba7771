// msal-node against the demo tenant's Entra ID: client credentials, device code, and the password grant.
import assert from "node:assert/strict";
import { test } from "node:test";
import { GraphDefault, admin, appClient, calm, publicClient, tokenRequests } from "./demo.mjs";

const claimsOf = (jwt) => JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString());

test("client credentials: an app-only token with the app's roles, then the same token from msal's cache", async () => {
    const app = appClient(calm);
    const first = await app.acquireTokenByClientCredential({ scopes: [GraphDefault] });
    const claims = claimsOf(first.accessToken);
    assert.equal(claims.idtyp, "app");
    assert.ok(claims.roles.includes("DeviceManagementManagedDevices.PrivilegedOperations.All"));
    const before = tokenRequests(calm).length;
    const second = await app.acquireTokenByClientCredential({ scopes: [GraphDefault] });
    assert.equal(second.fromCache, true);
    assert.equal(second.accessToken, first.accessToken);
    assert.equal(tokenRequests(calm).length, before);
});

test("device code: msal shows the code, a person signs in on the verification page, msal's polling gets the token",
    async () => {
        const person = admin(calm);
        let shown;
        const result = await publicClient(calm).acquireTokenByDeviceCode({
            scopes: [GraphDefault],
            deviceCodeCallback: (code) => {
                shown = code;
                const form = new URLSearchParams({ otc: code.userCode, login: person.upn, passwd: person.password });
                fetch(code.verificationUri, { method: "POST", body: form });
            },
        });
        assert.match(shown.verificationUri, /^https:\/\/127\.0\.0\.1:\d+\//);
        assert.equal(result.account.username, person.upn);
        assert.equal(claimsOf(result.accessToken).upn, person.upn);
    });

// Entra answers a .default request with the granted scopes and the .default scope itself; msal caches the answered
// scopes as given and looks them up literally, so a silent call for .default is served from the cache.
test("password grant for .default, then acquireTokenSilent is served from msal's cache without a token request",
    async () => {
        const person = admin(calm);
        const client = publicClient(calm);
        const first = await client.acquireTokenByUsernamePassword({
            scopes: [GraphDefault], username: person.upn, password: person.password,
        });
        assert.ok(first.scopes.map((s) => s.toLowerCase()).includes(GraphDefault));
        const before = tokenRequests(calm).length;
        const silent = await client.acquireTokenSilent({ account: first.account, scopes: [GraphDefault] });
        assert.equal(silent.fromCache, true);
        assert.equal(silent.accessToken, first.accessToken);
        assert.equal(tokenRequests(calm).length, before);
    });

test("a wrong password is refused with Entra's AADSTS50126", async () => {
    await assert.rejects(
        publicClient(calm).acquireTokenByUsernamePassword({
            scopes: [GraphDefault], username: admin(calm).upn, password: "wrong",
        }),
        (error) => error.errorCode === "invalid_grant" && /AADSTS50126/.test(error.errorMessage));
});
