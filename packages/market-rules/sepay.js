// CommonJS entry (see index.js).
module.exports = require("./sepay.mjs")
