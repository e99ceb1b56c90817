// Times compromise on the jobs of a plan written by `go run ./build/bench` (the JSON
// form of build/bench/workload.Plan, named by the first argument) and prints the
// results as workload.Result JSON. Each run parses every input and asks for the
// people, places, organisations and quotations, the entities Parallax finds.
'use strict';
const fs = require('fs');
const nlp = require('compromise');

function analyse(text) {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length +
    doc.organizations().out('array').length + doc.quotations().out('array').length;
}

// time returns the wall-clock and the CPU milliseconds of one run of job.
function time(job) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const input of job.inputs) analyse(input.Text);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e3 };
}

function median(sorted) {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

function run(job) {
  const times = [];
  const budgetMS = job.budget / 1e6;
  const start = Date.now();
  while (times.length === 0 || (times.length < job.max_runs &&
    (times.length < job.min_runs || Date.now() - start < budgetMS))) {
    times.push(time(job));
  }
  const walls = times.map((t) => t.wall).sort((a, b) => a - b);
  const cpus = times.map((t) => t.cpu).sort((a, b) => a - b);
  return {
    label: job.label,
    sources: job.inputs.length,
    bytes: job.inputs.reduce((sum, input) => sum + Buffer.byteLength(input.Text), 0),
    runs: times.length,
    median_ms: median(walls),
    min_ms: walls[0],
    cpu_ms: median(cpus),
  };
}

const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
// One untimed pass over a slice of the first text lets the JIT warm up without
// spending a whole run of the largest job.
analyse(plan.jobs[0].inputs[0].Text.slice(0, 100000));
process.stdout.write(JSON.stringify(plan.jobs.map(run)) + '\n');
