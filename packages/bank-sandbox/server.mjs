// The bank sandbox's HTTP server (node:http, no framework): the page a developer pays a
// stall's QR with, and a JSON API for tests and the bench. Every transfer becomes one SePay
// bank-transfer webhook to the backend.
import { createServer } from "node:http"
import { decodeQrImage, readTransferQr } from "./decode.mjs"
import { createLedger } from "./ledger.mjs"
import { homePage, resultPage, reviewPage } from "./page.mjs"
import { defaultContent, T } from "./texts.mjs"
import { deliver } from "./webhook.mjs"

/**
 * @typedef {import("node:http").IncomingMessage} IncomingMessage
 * @typedef {import("node:http").ServerResponse} ServerResponse
 * @typedef {import("./ledger.mjs").Entry} Entry
 * @typedef {import("./webhook.mjs").Delivery} Delivery
 *
 * @typedef {object} BankSandboxOptions
 * @property {number} [port] 0 (any free port) when not given.
 * @property {string} [host] "127.0.0.1" when not given.
 * @property {string} webhookUrl The backend's `POST /hooks/sepay`.
 * @property {string} [hmacSecret] HMAC mode (X-SePay-Timestamp + X-SePay-Signature).
 * @property {string} [apiKey] API-key mode (`Authorization: Apikey <key>`).
 * @property {number} [startId] The first transaction id (a random 6-digit number otherwise).
 * @property {(message: string) => void} [log]
 *
 * @typedef {{ url: string, close(): Promise<void> }} BankSandbox
 */

const MAX_BODY = 10 * 1024 * 1024

class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}

/**
 * @param {IncomingMessage} req
 * @returns {Promise<Buffer>}
 */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > MAX_BODY) throw new HttpError(413, "too_large", T.errors.tooLarge)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * A urlencoded or multipart form, parsed by the WHATWG Request that Node ships.
 * @param {IncomingMessage} req
 * @returns {Promise<FormData>}
 */
async function readForm(req) {
  const body = await readBody(req)
  try {
    return await new Request("http://sandbox.invalid/", {
      method: "POST",
      headers: { "content-type": req.headers["content-type"] ?? "application/x-www-form-urlencoded" },
      body: new Uint8Array(body),
    }).formData()
  } catch {
    throw new HttpError(400, "bad_form", T.errors.badRequest)
  }
}

/**
 * @param {IncomingMessage} req
 * @returns {Promise<Record<string, unknown>>}
 */
async function readJson(req) {
  const body = await readBody(req)
  try {
    const value = body.length ? JSON.parse(body.toString("utf8")) : {}
    if (value && typeof value === "object" && !Array.isArray(value)) return value
  } catch {}
  throw new HttpError(400, "bad_json", "The body is a JSON object")
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} data
 */
function sendJson(res, status, data) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
  res.end(JSON.stringify(data))
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} html
 */
function sendHtml(res, status, html) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
  res.end(html)
}

/**
 * @param {ServerResponse} res
 * @param {string} location
 */
function redirect(res, location) {
  res.writeHead(303, { location })
  res.end()
}

/**
 * An amount typed by a person ("200.000", "200 000") or given as a number: whole đồng > 0.
 * @param {unknown} value
 * @returns {number}
 */
function parseAmount(value) {
  const amount = typeof value === "number" ? value : Number(String(value ?? "").replace(/[\s.,_]/g, "") || Number.NaN)
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new HttpError(400, "bad_amount", T.errors.amount)
  return amount
}

/**
 * @param {unknown} value
 * @returns {string | undefined}
 */
function optionalText(value) {
  return typeof value === "string" && value.trim() ? value.trim() : undefined
}

/**
 * @param {string} qr
 */
function readQrOrFail(qr) {
  const payment = readTransferQr(qr)
  if (!payment) throw new HttpError(400, "invalid_qr", T.errors.notVietQr)
  return payment
}

/**
 * Starts the sandbox bank. Resolves once it listens.
 * @param {BankSandboxOptions} options
 * @returns {Promise<BankSandbox>}
 */
export async function startBankSandbox(options) {
  const { webhookUrl, hmacSecret, apiKey, host = "127.0.0.1", log = () => {} } = options
  if (!webhookUrl) throw new TypeError("startBankSandbox: webhookUrl is required")
  new URL(webhookUrl) // throws on a malformed URL, before anything listens
  if (hmacSecret && apiKey) throw new TypeError("startBankSandbox: give hmacSecret or apiKey, not both")
  const ledger = createLedger(options.startId === undefined ? {} : { startId: options.startId })
  const target = { webhookUrl, hmacSecret, apiKey }
  /** @type {import("./page.mjs").PageConfig} */
  const config = { webhookUrl, mode: hmacSecret ? "hmac" : apiKey ? "apikey" : "none" }

  /**
   * Sends (or resends: the same bytes, signed afresh) one booked transfer.
   * @param {Entry} entry
   * @returns {Promise<Delivery>}
   */
  async function send(entry) {
    const delivery = await deliver(target, entry.rawBody)
    entry.deliveries.push(delivery)
    log(
      `#${entry.transfer.id} ${entry.transfer.transferAmount} đ → ${entry.transfer.accountNumber} "${entry.transfer.content}": ${
        delivery.status || delivery.error
      }`
    )
    return delivery
  }

  /**
   * Books and sends a transfer ordered by the API or the page.
   * @param {{ qr?: string, bankBin?: string, accountNumber?: string, amount?: unknown, content?: string }} order
   */
  async function transfer(order) {
    const fromQr = order.qr !== undefined ? readQrOrFail(order.qr) : undefined
    const accountNumber = order.accountNumber ?? fromQr?.accountNumber
    if (!accountNumber) throw new HttpError(400, "bad_account", T.errors.account)
    const amount = parseAmount(order.amount ?? fromQr?.amount)
    const content = order.content ?? defaultContent(fromQr?.reference ?? "")
    const entry = ledger.add({ bankBin: order.bankBin ?? fromQr?.bankBin ?? "", accountNumber, amount, content })
    const delivery = await send(entry)
    return { entry, delivery }
  }

  /** @param {string} id */
  function entryOrFail(id) {
    const entry = ledger.get(Number(id))
    if (!entry) throw new HttpError(404, "not_found", T.errors.notFound)
    return entry
  }

  /**
   * @param {Entry} entry
   * @param {Delivery} delivery
   */
  function apiAnswer(entry, delivery) {
    const { status, body, error } = delivery
    return { transfer: entry.transfer, delivery: error ? { status, body, error } : { status, body } }
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   */
  async function api(req, res, /** @type {string} */ path) {
    const method = req.method ?? "GET"
    if (method === "GET" && path === "/api/transfers") {
      return sendJson(res, 200, {
        transfers: ledger.list().map((entry) => ({ transfer: entry.transfer, deliveries: entry.deliveries })),
      })
    }
    if (method === "POST" && path === "/api/transfers") {
      const body = await readJson(req)
      const qr = body.qr === undefined || body.qr === null ? undefined : String(body.qr)
      const { entry, delivery } = await transfer({
        qr,
        accountNumber: optionalText(body.account_number),
        bankBin: optionalText(body.bank_bin),
        amount: body.amount ?? undefined,
        content: typeof body.content === "string" ? body.content : undefined,
      })
      return sendJson(res, 201, apiAnswer(entry, delivery))
    }
    const resend = /^\/api\/transfers\/(\d+)\/resend$/.exec(path)
    if (method === "POST" && resend) {
      const entry = entryOrFail(resend[1])
      return sendJson(res, 200, apiAnswer(entry, await send(entry)))
    }
    const one = /^\/api\/transfers\/(\d+)$/.exec(path)
    if (method === "GET" && one) {
      const entry = entryOrFail(one[1])
      return sendJson(res, 200, { transfer: entry.transfer, deliveries: entry.deliveries })
    }
    throw new HttpError(404, "not_found", "No such endpoint")
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} path
   */
  async function pages(req, res, path) {
    const method = req.method ?? "GET"
    if (method === "GET" && path === "/") {
      return sendHtml(res, 200, homePage({ config, recent: ledger.list() }))
    }
    if (method === "POST" && path === "/read") {
      const form = await readForm(req)
      const typed = String(form.get("qr") ?? "").trim()
      const image = form.get("image")
      let qr = typed
      if (image && typeof image !== "string" && image.size > 0) {
        let found
        try {
          found = await decodeQrImage(Buffer.from(await image.arrayBuffer()))
        } catch {
          return sendHtml(res, 400, homePage({ config, error: T.errors.imageUnreadable, qr: typed }))
        }
        if (!found) return sendHtml(res, 400, homePage({ config, error: T.errors.noQrInImage, qr: typed }))
        qr = found
      }
      if (!qr) return sendHtml(res, 400, homePage({ config, error: T.errors.empty }))
      const payment = readTransferQr(qr)
      if (!payment) return sendHtml(res, 400, homePage({ config, error: T.errors.notVietQr, qr }))
      return sendHtml(res, 200, reviewPage({ config, qr, payment }))
    }
    if (method === "POST" && path === "/pay") {
      const form = await readForm(req)
      const qr = String(form.get("qr") ?? "")
      const payment = readTransferQr(qr)
      if (!payment) return sendHtml(res, 400, homePage({ config, error: T.errors.notVietQr, qr }))
      const typed = form.get("amount")
      try {
        const { entry } = await transfer({ qr, amount: typeof typed === "string" && typed.trim() ? typed : undefined })
        return redirect(res, `/transfers/${entry.transfer.id}`)
      } catch (error) {
        if (error instanceof HttpError && error.code === "bad_amount") {
          return sendHtml(res, 400, reviewPage({ config, qr, payment, error: error.message }))
        }
        throw error
      }
    }
    const resend = /^\/transfers\/(\d+)\/resend$/.exec(path)
    if (method === "POST" && resend) {
      const entry = entryOrFail(resend[1])
      await send(entry)
      return redirect(res, `/transfers/${entry.transfer.id}`)
    }
    const one = /^\/transfers\/(\d+)$/.exec(path)
    if (method === "GET" && one) {
      return sendHtml(res, 200, resultPage({ config, entry: entryOrFail(one[1]) }))
    }
    throw new HttpError(404, "not_found", "Không có trang này. (Not found.)")
  }

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://sandbox.invalid").pathname
    const isApi = path.startsWith("/api/")
    try {
      if (req.method === "GET" && path === "/_sandbox/health") return sendJson(res, 200, { ok: true })
      if (isApi) await api(req, res, path)
      else await pages(req, res, path)
    } catch (error) {
      const known = error instanceof HttpError
      if (!known) log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      const status = known ? error.status : 500
      const code = known ? error.code : "internal"
      const message = known ? error.message : "Internal error"
      if (res.headersSent) return void res.end()
      if (isApi) sendJson(res, status, { error: code, message })
      else sendHtml(res, status, homePage({ config, error: message }))
    }
  })

  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject)
      resolve(undefined)
    })
  })
  const address = /** @type {import("node:net").AddressInfo} */ (server.address())
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`
  log(`Bank sandbox listening on ${url} (webhook → ${webhookUrl}, ${config.mode})`)
  /** @type {Promise<void> | undefined} */
  let closing
  return {
    url,
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return closing
    },
  }
}
