// CommonJS entry for the Node16/NodeNext workspaces (the plugin, the seed): require(esm), which
// Node ^20.19 || >=22.12 has. TypeScript reads epcis.d.ts as this CommonJS file's types.

module.exports = require("./epcis.mjs")
