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

function time(job) {
  const start = process.hrtime.bigint();
  for (const input of job.inputs) analyse(input.Text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function run(job) {
  const times = [];
  const budgetMS = job.budget / 1e6;
  const start = Date.now();
  while (times.length < Math.max(job.max_runs, 1) &&
    (times.length < job.min_runs || Date.now() - start < budgetMS)) {
    times.push(time(job));
  }
  times.sort((a, b) => a - b);
  const n = times.length;
  return {
    label: job.label,
    sources: job.inputs.length,
    bytes: job.inputs.reduce((sum, input) => sum + Buffer.byteLength(input.Text), 0),
    runs: n,
    median_ms: n % 2 ? times[(n - 1) / 2] : (times[n / 2 - 1] + times[n / 2]) / 2,
    min_ms: times[0],
  };
}

const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
// One untimed pass over a slice of the first text lets the JIT warm up without
// spending a whole run of the largest job.
analyse(plan.jobs[0].inputs[0].Text.slice(0, 100000));
process.stdout.write(JSON.stringify(plan.jobs.map(run)) + '\n');
