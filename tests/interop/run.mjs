// Runs the interop tests: installs the pinned npm packages into a work folder, starts two demo tenants over TLS
// (one calm, one that throttles reads of managed devices), and runs `node --test` with NODE_EXTRA_CA_CERTS set to
// their certificates: the only trust setting Microsoft's libraries need.
//
//   node run.mjs --graphsim <path to offboard-graphsim> --work <folder>
// Exit 77 (ctest's SKIP) only when the npm registry cannot be reached.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import readline from "node:readline";

const here = path.dirname(fileURLToPath(import.meta.url));
const argument = (name) => {
    const at = process.argv.indexOf(name);
    if (at < 0 || !process.argv[at + 1]) throw new Error(`missing ${name}`);
    return path.resolve(process.argv[at + 1]);
};
const graphsim = argument("--graphsim");
const work = argument("--work");
const Skip = 77;

function prepareWorkFolder() {
    mkdirSync(work, { recursive: true });
    for (const file of readdirSync(here).filter((f) => f.endsWith(".json") || f.endsWith(".mjs")))
        copyFileSync(path.join(here, file), path.join(work, file));
}

// npm ci only when the lock file changed since the last install in this folder.
function installPackages() {
    const lock = readFileSync(path.join(work, "package-lock.json"), "utf8");
    const stamp = path.join(work, "node_modules", ".offboard-lock");
    if (existsSync(stamp) && readFileSync(stamp, "utf8") === lock) return;
    const npm = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: work, encoding: "utf8", timeout: 600000 });
    const output = `${npm.stdout ?? ""}${npm.stderr ?? ""}`;
    if (npm.status !== 0) {
        const unreachable = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network/i;
        if (npm.error?.code === "ENOENT" || unreachable.test(output)) {
            console.log(`SKIP: the npm packages of the interop tests cannot be fetched.\n${output || npm.error}`);
            process.exit(Skip);
        }
        console.error(`npm ci failed:\n${output}`);
        process.exit(1);
    }
    writeFileSync(stamp, lock);
}

// Starts offboard-graphsim --tls --json and resolves with its description (graphUrl, caCertificate, ...).
function startDemoTenant(name, extraArguments) {
    const log = path.join(work, `${name}-requests.jsonl`);
    writeFileSync(log, "");
    const child = spawn(graphsim, ["--tls", "--json", "--port", "0", "--log", log, ...extraArguments], {
        stdio: ["ignore", "pipe", "inherit"],
    });
    return new Promise((resolve, reject) => {
        const lines = readline.createInterface({ input: child.stdout });
        lines.once("line", (line) => resolve({ child, description: { ...JSON.parse(line), requestLog: log } }));
        child.once("exit", (code) => reject(new Error(`${name} demo tenant exited with ${code}`)));
    });
}

prepareWorkFolder();
installPackages();
const tenant = { devices: "1200", users: "300", partners: "6" };
const sizes = ["--devices", tenant.devices, "--users", tenant.users, "--partners", tenant.partners];
const calm = await startDemoTenant("calm", sizes);
const throttled = await startDemoTenant("throttled", [...sizes, "--throttle-rate", "0.5", "--retry-after", "1",
    "--fault-methods", "GET", "--fault-path", "managedDevices"]);
const trusted = path.join(work, "demo-tenants.pem");
writeFileSync(trusted, [calm, throttled].map((t) => readFileSync(t.description.caCertificate, "utf8")).join(""));

const tests = readdirSync(work).filter((f) => f.endsWith(".test.mjs")).sort();
const run = spawn(process.execPath, ["--test", ...tests], {
    cwd: work,
    stdio: "inherit",
    env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: trusted,
        OFFBOARD_DEMO: JSON.stringify(calm.description),
        OFFBOARD_DEMO_THROTTLED: JSON.stringify(throttled.description),
    },
});
const code = await new Promise((resolve) => run.once("exit", (c) => resolve(c ?? 1)));
calm.child.kill();
throttled.child.kill();
process.exit(code);
