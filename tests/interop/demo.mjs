// What every interop test needs: the two demo tenants the runner started, Microsoft's clients set up for them with
// only their documented settings (knownAuthorities, customHosts; trust comes from NODE_EXTRA_CA_CERTS).
import { ConfidentialClientApplication, PublicClientApplication } from "@azure/msal-node";
import { Client } from "@microsoft/microsoft-graph-client";
import { readFileSync } from "node:fs";

export const calm = JSON.parse(process.env.OFFBOARD_DEMO);
export const throttled = JSON.parse(process.env.OFFBOARD_DEMO_THROTTLED);
export const GraphDefault = "https://graph.microsoft.com/.default";
export const admin = (tenant) => tenant.accounts.find((a) => a.role === "helpdeskAdmin");

export function requestLog(tenant) {
    return readFileSync(tenant.requestLog, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

export const tokenRequests = (tenant) => requestLog(tenant).filter((r) => r.path.endsWith("/oauth2/v2.0/token"));

function authority(tenant) {
    return { authority: tenant.authorityUrl, knownAuthorities: [new URL(tenant.authorityUrl).host] };
}

export function appClient(tenant) {
    return new ConfidentialClientApplication({
        auth: { clientId: tenant.appClient.clientId, clientSecret: tenant.appClient.clientSecret, ...authority(tenant) },
    });
}

export function publicClient(tenant) {
    return new PublicClientApplication({ auth: { clientId: tenant.publicClientId, ...authority(tenant) } });
}

export async function adminToken(tenant) {
    const account = admin(tenant);
    const result = await publicClient(tenant).acquireTokenByUsernamePassword({
        scopes: [GraphDefault], username: account.upn, password: account.password,
    });
    return result.accessToken;
}

export function graphClient(tenant, accessToken) {
    return Client.initWithMiddleware({
        authProvider: { getAccessToken: async () => accessToken },
        baseUrl: `${tenant.graphUrl}/`,
        customHosts: new Set([new URL(tenant.graphUrl).hostname]),
    });
}
