// Turns the JSON lines of scripts/run-benchmarks into one table (Markdown) and one JSON summary.
import { readFileSync } from "node:fs";

const lines = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const offboardLoads = lines.filter((l) => l.partitioned_all_rows_s !== undefined);
const peerLoads = lines.filter((l) => l.peer === "load");
const bulk = lines.find((l) => l.targets !== undefined && l.peer === undefined);
const peerBulk = lines.find((l) => l.peer === "bulk");
const fixed = (x, digits = 2) => (x === undefined ? "–" : Number(x).toFixed(digits));
const startups = lines.filter((l) => l.startup === true);
const peerSignIns = lines.filter((l) => l.peer === "signin");
const summary = { load: [], scaling: [], bulk: null, start: null, sign_in: [] };
const out = [];

// A table's head, only when it has rows.
const head = (rows, ...lines) => (rows.length > 0 ? ["", ...lines] : []);
out.push(...head(offboardLoads.filter((l) => l.devices === 100000), "| Load 100,000 devices | Offboard | first row | "
    + "longest GUI stall | memory held | keystroke | lower bound (plain fetch) | SDK PageIterator | ÷ lower bound | "
    + "÷ SDK |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
for (const latency of [0, 50]) {
    const ours = offboardLoads.find((l) => l.devices === 100000 && l.latency_ms === latency);
    const peer = peerLoads[latency === 0 ? 0 : 1];
    if (!ours || !peer) continue;
    const row = { latency_ms: latency, offboard_s: ours.partitioned_all_rows_s, how: ours.partitioned_method || "page by page",
        first_row_s: ours.partitioned_first_row_s, max_stall_ms: ours.partitioned_max_stall_ms,
        memory_mb: ours.partitioned_rss_growth_mb, keystroke_ms: ours.filter_ms, lower_bound_s: ours.baseline_s,
        node_plain_fetch_s: peer.node_plain_fetch_s, sdk_page_iterator_s: peer.sdk_page_iterator_s };
    row.vs_lower_bound = row.offboard_s / row.lower_bound_s;
    row.vs_sdk = row.offboard_s / row.sdk_page_iterator_s;
    summary.load.push(row);
    out.push(`| ${latency} ms per page | ${fixed(row.offboard_s)} s (${row.how}) | ${fixed(row.first_row_s)} s | `
        + `${fixed(row.max_stall_ms, 0)} ms | ${fixed(row.memory_mb, 0)} MB | ${fixed(row.keystroke_ms, 0)} ms | `
        + `${fixed(row.lower_bound_s)} s | ${fixed(row.sdk_page_iterator_s)} s | ${fixed(row.vs_lower_bound)}× | `
        + `${fixed(row.vs_sdk)}× |`);
}
const scaling = offboardLoads.filter((l) => l.latency_ms === 0).sort((a, b) => a.devices - b.devices);
out.push(...head(scaling, "| Devices (0 ms per page) | all rows | per 1,000 | memory held | lower bound |",
    "|---:|---:|---:|---:|---:|"));
for (const l of [...new Map(scaling.map((s) => [s.devices, s])).values()]) {
    const row = { devices: l.devices, all_rows_s: l.partitioned_all_rows_s, memory_mb: l.partitioned_rss_growth_mb,
        lower_bound_s: l.baseline_s, per_thousand_ms: (1000 * l.partitioned_all_rows_s * 1000) / l.devices };
    summary.scaling.push(row);
    out.push(`| ${l.devices.toLocaleString("en")} | ${fixed(row.all_rows_s)} s | ${fixed(row.per_thousand_ms, 1)} ms | `
        + `${fixed(row.memory_mb, 0)} MB | ${fixed(row.lower_bound_s)} s |`);
}
if (bulk && peerBulk) {
    summary.bulk = { targets: bulk.targets, offboard_s: bulk.total_s, intune_write_limit_s: bulk.intune_write_limit_s,
        vs_limit: bulk.ratio_to_write_limit, sdk_loop_s: peerBulk.sdk_loop_s, sdk_batch_s: peerBulk.sdk_batch_s,
        lost: bulk.lost, doubled: bulk.doubled, sdk_lost: peerBulk.sdk_loop_lost + peerBulk.sdk_batch_lost,
        sdk_doubled: peerBulk.sdk_loop_doubled + peerBulk.sdk_batch_doubled };
    const b = summary.bulk;
    out.push("", "| Bulk: 1,000 retires, 10 % throttled | Offboard | Intune's limit allows | ÷ limit | SDK loop | "
        + "SDK $batch | ÷ SDK $batch | lost / doubled |", "|---|---:|---:|---:|---:|---:|---:|---:|",
        `| 20 ms per answer | ${fixed(b.offboard_s, 1)} s | ${fixed(b.intune_write_limit_s, 0)} s | `
        + `${fixed(b.vs_limit)}× | ${fixed(b.sdk_loop_s, 1)} s | ${fixed(b.sdk_batch_s, 1)} s | `
        + `${fixed(b.offboard_s / b.sdk_batch_s)}× | ${b.lost} / ${b.doubled} (SDK ${b.sdk_lost} / ${b.sdk_doubled}) |`);
}
if (startups.length > 0) {
    const s = startups[0];
    summary.start = { offboard_s: s.start_to_window_s, lower_bound_s: s.empty_window_s,
        vs_lower_bound: s.start_to_window_s / s.empty_window_s };
    out.push(...head(startups, "| Start to first window (a first start: the sign-in dialog) | Offboard | lower bound (an empty Qt "
        + "Widgets window) | ÷ lower bound | SDK |", "|---|---:|---:|---:|---:|"),
        `| process started → window painted | ${fixed(s.start_to_window_s * 1000, 0)} ms | `
        + `${fixed(s.empty_window_s * 1000, 0)} ms | ${fixed(summary.start.vs_lower_bound)}× | – (no window) |`);
}
out.push(...head(startups, "| Sign-in to first row, 100,000 devices | Offboard (first row painted) | lower bound "
    + "(token + first page) | SDK (msal-node + Graph client: first page in memory) | Node fetch, TLS | ÷ lower bound | "
    + "÷ SDK |", "|---|---:|---:|---:|---:|---:|---:|"));
for (const s of startups) {
    const peer = peerSignIns.find((p) => p.latency_ms === s.latency_ms);
    const row = { latency_ms: s.latency_ms, offboard_s: s.sign_in_to_first_row_s, lower_bound_s: s.sign_in_lower_bound_s,
        sdk_s: peer?.sdk_sign_in_to_first_page_s, node_plain_s: peer?.node_plain_sign_in_s };
    row.vs_lower_bound = row.offboard_s / row.lower_bound_s;
    row.vs_sdk = row.sdk_s ? row.offboard_s / row.sdk_s : undefined;
    summary.sign_in.push(row);
    out.push(`| ${s.latency_ms} ms per page | ${fixed(row.offboard_s * 1000, 0)} ms | `
        + `${fixed(row.lower_bound_s * 1000, 0)} ms | ${row.sdk_s ? fixed(row.sdk_s * 1000, 0) + " ms" : "–"} | `
        + `${row.node_plain_s ? fixed(row.node_plain_s * 1000, 0) + " ms" : "–"} | ${fixed(row.vs_lower_bound)}× | `
        + `${row.vs_sdk ? fixed(row.vs_sdk) + "×" : "–"} |`);
}
console.log(out.join("\n"));
console.log(JSON.stringify(summary));
