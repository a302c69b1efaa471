type SecretRule = typeof import("@choso/secret-rule", { with: { "resolution-mode": "import" }})

// @choso/secret-rule is plain ESM and this plugin builds to CommonJS: Node ≥ 20.19 require()s ESM.
export const { requireSafeSecret } = require("@choso/secret-rule") as SecretRule
