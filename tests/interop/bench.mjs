// The benchmarks' peers: what an admin would otherwise use, on the same demo-tenant pages as Offboard. Prints one
// JSON line.
//
//   node bench.mjs --graphsim <offboard-graphsim> --mode load --devices N --page-latency-ms L
//       a plain sequential fetch of every page, and the Graph JavaScript SDK's PageIterator
//   node bench.mjs --graphsim <offboard-graphsim> --mode bulk --targets N --latency-ms L --throttle-rate R
//       N retires through the SDK one after another (its retry handler honours Retry-After), and the same through
//       its BatchRequestContent, 20 at a time, sending what Graph throttled again after Retry-After
//   node bench.mjs --graphsim <offboard-graphsim> --mode signin --devices N --page-latency-ms L --rounds R
//       sign-in to first page: msal-node's password grant, then the device list's first page through the SDK; and
//       the same two requests as plain fetch calls (the SDK's lower bound over TLS). Medians of R rounds.
//
// Needs the packages of package.json in node_modules beside it (scripts/run-benchmarks puts them there).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 ? process.argv[at + 1] : fallback;
};
const mode = option("mode", "load");

function startTenant(graphsim, args, log) {
    const child = spawn(graphsim, ["--tls", "--json", "--port", "0", "--log", log, ...args],
        { stdio: ["ignore", "pipe", "inherit"] });
    return new Promise((resolve, reject) => {
        readline.createInterface({ input: child.stdout }).once("line", (line) => resolve({ child, ...JSON.parse(line) }));
        child.once("exit", (code) => reject(new Error(`offboard-graphsim exited with ${code}`)));
    });
}

// The parent starts the demo tenants, then runs this file again with NODE_EXTRA_CA_CERTS set to their certificates.
async function orchestrate() {
    const graphsim = path.resolve(option("graphsim"));
    const work = mkdtempSync(path.join(os.tmpdir(), "offboard-bench-"));
    const args = mode !== "bulk"
        ? ["--devices", option("devices", "100000"), "--page-latency-ms", option("page-latency-ms", "0"),
            "--no-intune-limits"]
        : ["--devices", String(Number(option("targets", "1000")) + 200), "--latency-ms", option("latency-ms", "20"),
            "--throttle-rate", option("throttle-rate", "0.1"), "--retry-after", option("retry-after", "1"),
            "--fault-methods", "POST"];
    const names = mode === "bulk" ? ["loop", "batch"] : [mode];
    const tenants = [];
    for (const name of names) {
        const log = path.join(work, `${name}.jsonl`);
        tenants.push({ name, log, ...(await startTenant(graphsim, args, log)) });
    }
    const pem = path.join(work, "tenants.pem");
    writeFileSync(pem, tenants.map((t) => readFileSync(t.caCertificate, "utf8")).join(""));
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
        stdio: "inherit",
        env: { ...process.env, NODE_EXTRA_CA_CERTS: pem, OFFBOARD_BENCH_TENANTS: JSON.stringify(tenants.map(
            ({ child: _, ...t }) => t)) },
    });
    const code = await new Promise((resolve) => child.once("exit", resolve));
    for (const t of tenants) t.child.kill();
    process.exit(code ?? 1);
}

async function measure() {
    const { ConfidentialClientApplication, PublicClientApplication } = await import("@azure/msal-node");
    const graph = await import("@microsoft/microsoft-graph-client");
    const tenants = JSON.parse(process.env.OFFBOARD_BENCH_TENANTS);
    const authority = (tenant) => ({ authority: tenant.authorityUrl,
        knownAuthorities: [new URL(tenant.authorityUrl).host] });
    const graphClient = (tenant, accessToken) => graph.Client.initWithMiddleware({
        authProvider: { getAccessToken: async () => accessToken },
        baseUrl: `${tenant.graphUrl}/`, customHosts: new Set([new URL(tenant.graphUrl).hostname]) });
    const clientFor = async (tenant) => {
        const msal = new ConfidentialClientApplication({ auth: {
            clientId: tenant.appClient.clientId, clientSecret: tenant.appClient.clientSecret, ...authority(tenant) } });
        const { accessToken } = await msal.acquireTokenByClientCredential({
            scopes: ["https://graph.microsoft.com/.default"] });
        return { client: graphClient(tenant, accessToken), accessToken };
    };
    const seconds = async (work) => {
        const start = process.hrtime.bigint();
        await work();
        return Number(process.hrtime.bigint() - start) / 1e9;
    };

    if (mode === "load") {
        const [tenant] = tenants;
        const { client, accessToken } = await clientFor(tenant);
        let plainCount = 0;
        const plain = await seconds(async () => {
            let url = `${tenant.graphUrl}/v1.0/deviceManagement/managedDevices`;
            while (url) {
                const page = await (await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } })).json();
                plainCount += page.value.length;
                url = page["@odata.nextLink"];
            }
        });
        let sdkCount = 0;
        const sdk = await seconds(async () => {
            const first = await client.api("/deviceManagement/managedDevices").get();
            await new graph.PageIterator(client, first, () => ++sdkCount > 0).iterate();
        });
        console.log(JSON.stringify({ peer: "load", devices: sdkCount, node_plain_fetch_s: plain,
            sdk_page_iterator_s: sdk, complete: plainCount === sdkCount && sdkCount === tenant.devices }));
        return;
    }

    if (mode === "signin") {
        const [tenant] = tenants;
        const account = tenant.accounts.find((a) => a.role === "helpdeskAdmin");
        const scopes = ["https://graph.microsoft.com/.default"];
        const select = ["id", "deviceName", "userPrincipalName", "userDisplayName", "userId", "operatingSystem",
            "osVersion", "manufacturer", "model", "serialNumber", "complianceState", "managementState",
            "managedDeviceOwnerType", "azureADDeviceId", "lastSyncDateTime", "enrolledDateTime"];
        const firstPage = `/deviceManagement/managedDevices?$select=${select.join(",")}&$count=true`;
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const expectRows = (page) => {
            if (!(page.value?.length > 0)) throw new Error("no first page");
        };
        const plain = [];
        const sdk = [];
        for (let round = 0; round < Number(option("rounds", "5")); ++round) {
            plain.push(await seconds(async () => {
                const form = new URLSearchParams({ grant_type: "password", client_id: tenant.publicClientId,
                    username: account.upn, password: account.password, scope: scopes.join(" ") });
                const token = await (await fetch(`${tenant.authorityUrl}/oauth2/v2.0/token`,
                    { method: "POST", body: form })).json();
                expectRows(await (await fetch(`${tenant.graphUrl}/v1.0${firstPage}`,
                    { headers: { Authorization: `Bearer ${token.access_token}` } })).json());
            }));
            sdk.push(await seconds(async () => {
                const msal = new PublicClientApplication(
                    { auth: { clientId: tenant.publicClientId, ...authority(tenant) } });
                const { accessToken } = await msal.acquireTokenByUsernamePassword(
                    { scopes, username: account.upn, password: account.password });
                expectRows(await graphClient(tenant, accessToken).api(firstPage).get());
            }));
        }
        console.log(JSON.stringify({ peer: "signin", devices: tenant.devices,
            latency_ms: Number(option("page-latency-ms", "0")), node_plain_sign_in_s: median(plain),
            sdk_sign_in_to_first_page_s: median(sdk) }));
        return;
    }

    const targets = Number(option("targets", "1000"));
    const retireTimes = (log) => {
        const times = new Map();
        for (const line of readFileSync(log, "utf8").split("\n").filter(Boolean)) {
            const entry = JSON.parse(line);
            if (entry.path.endsWith("/retire") && entry.status === 204)
                times.set(entry.path, (times.get(entry.path) ?? 0) + 1);
        }
        return times;
    };
    const results = {};
    for (const tenant of tenants) {
        const { client } = await clientFor(tenant);
        const ids = (await client.api("/deviceManagement/managedDevices").select("id").top(targets).get()).value
            .map((d) => d.id);
        writeFileSync(tenant.log, ""); // only the run is counted
        const retries = [new graph.RetryHandlerOptions(1, 10)];
        const retirePath = (id) => `/deviceManagement/managedDevices/${id}/retire`;
        results[tenant.name] = await seconds(async () => {
            if (tenant.name === "loop") {
                for (const id of ids) await client.api(retirePath(id)).middlewareOptions(retries).post({});
                return;
            }
            let queue = [...ids];
            while (queue.length > 0) {
                const chunk = queue.splice(0, 20);
                const batch = new graph.BatchRequestContent(chunk.map((id, i) => ({ id: String(i), request:
                    new Request(`${tenant.graphUrl}/v1.0${retirePath(id)}`,
                        { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } }) })));
                const content = await batch.getContent();
                for (const step of content.requests) step.url = step.url.replace(/^\/(v1\.0|beta)\//, "/"); // #1178
                const answers = new graph.BatchResponseContent(
                    await client.api("/$batch").middlewareOptions(retries).post(content));
                let wait = 0;
                chunk.forEach((id, i) => {
                    const answer = answers.getResponseById(String(i));
                    if (answer.status === 429 || answer.status === 503) {
                        queue.push(id);
                        wait = Math.max(wait, Number(answer.headers.get("Retry-After") ?? 1));
                    }
                });
                if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait * 1000));
            }
        });
        const times = retireTimes(tenant.log);
        const done = ids.filter((id) => times.get(`/v1.0${retirePath(id)}`) === 1).length;
        const doubled = ids.filter((id) => (times.get(`/v1.0${retirePath(id)}`) ?? 0) > 1).length;
        results[`${tenant.name}_lost`] = ids.length - done - doubled;
        results[`${tenant.name}_doubled`] = doubled;
    }
    console.log(JSON.stringify({ peer: "bulk", targets, sdk_loop_s: results.loop, sdk_batch_s: results.batch,
        sdk_loop_lost: results.loop_lost, sdk_loop_doubled: results.loop_doubled, sdk_batch_lost: results.batch_lost,
        sdk_batch_doubled: results.batch_doubled }));
}

await (process.env.OFFBOARD_BENCH_TENANTS ? measure() : orchestrate());
