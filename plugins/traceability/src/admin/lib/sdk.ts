import Medusa from "@medusajs/js-sdk"

/** The admin's own session cookie authenticates these calls (Medusa's plugin admin setup). */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  auth: { type: "session" },
})
