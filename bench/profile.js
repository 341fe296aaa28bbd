/**
 * Reads a V8 CPU profile of the bench app under load and says where the time went: the share of
 * each package and the functions with the most self time.
 */
const fs = require('node:fs');
const path = require('node:path');

/** "@strapi/core", "koa", "the plugin", "node" … from a script URL. */
function areaOf(url) {
  if (!url) return '(native / V8)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node';
  if (url.includes('/dist/server/')) return 'the plugin';
  return path.basename(url);
}

function summarizeProfile(file) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const nameOf = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${url ? `${areaOf(url)}:${lineNumber + 1}` : ''}`.trim();

  const byFunction = new Map();
  const byArea = new Map();
  const add = (map, key, micros) => map.set(key, (map.get(key) ?? 0) + micros);
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') return;
    busy += micros;
    add(byFunction, nameOf(callFrame), micros);
    add(byArea, callFrame.functionName.startsWith('(') ? callFrame.functionName : areaOf(callFrame.url), micros);
  });
  const top = (map, count) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, micros]) => `${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`);
  return [
    `${(busy / 1000).toFixed(0)} ms of CPU time serving the notice endpoint.`,
    '',
    'Self time by package:',
    ...top(byArea, 15),
    '',
    'Functions with the most self time:',
    ...top(byFunction, 20),
  ].join('\n');
}

module.exports = { summarizeProfile };
