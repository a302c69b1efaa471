import autocannon from "autocannon"
import { measure } from "./bench-run.mjs"

const ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Bạc Liêu",
  province: "96",
  country_code: "vn",
  phone: "0912345678",
  metadata: { vn_province_code: "96", vn_ward_code: "31825" },
}

async function call(url, { method = "GET", headers = {}, body } = {}) {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${JSON.stringify(json)}`)
  return json
}

/** A cart with one item, a Cà Mau address and shipping, paid at the sandbox; returns its IPN query. */
async function paidPayment(backendUrl, sandboxUrl, headers, regionId, variantId, n) {
  const email = `bench-${Date.now()}-${n}@example.vn`
  const { cart } = await call(`${backendUrl}/store/carts`, { method: "POST", headers, body: { region_id: regionId, email } })
  await call(`${backendUrl}/store/carts/${cart.id}/line-items`, { method: "POST", headers, body: { variant_id: variantId, quantity: 1 } })
  await call(`${backendUrl}/store/carts/${cart.id}`, { method: "POST", headers, body: { shipping_address: ADDRESS } })
  const { shipping_options } = await call(`${backendUrl}/store/shipping-options?cart_id=${cart.id}`, { headers })
  await call(`${backendUrl}/store/carts/${cart.id}/shipping-methods`, { method: "POST", headers, body: { option_id: shipping_options[0].id } })
  const { payment_collection } = await call(`${backendUrl}/store/payment-collections`, { method: "POST", headers, body: { cart_id: cart.id } })
  const { payment_collection: withSession } = await call(
    `${backendUrl}/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { method: "POST", headers, body: { provider_id: "pp_vnpay_vnpay", data: { bank_code: "VNPAYQR" } } }
  )
  const url = withSession.payment_sessions[0].data.payment_url
  const { returnUrl } = await call(`${sandboxUrl}/_sandbox/pay`, { method: "POST", body: { url, result: "success" } })
  return { cartId: cart.id, search: new URL(returnUrl).search }
}

async function inParallel(count, width, make) {
  const results = []
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++
        results[i] = await make(i)
      }
    })
  )
  return results
}

/**
 * IPNs handled per second for distinct paid payments (each one settles a cart into an order
 * through processPaymentWorkflow), then a storm of duplicates of one IPN.
 */
export async function benchIpn({ backendUrl, sandboxUrl, publishableKey, payments = 100, storm = 500, connections = 10 }) {
  const headers = { "x-publishable-api-key": publishableKey }
  await call(`${sandboxUrl}/_sandbox/config`, { method: "POST", body: { mode: "lost" } })
  const { regions } = await call(`${backendUrl}/store/regions`, { headers })
  const { products } = await call(`${backendUrl}/store/products?limit=1&region_id=${regions[0].id}&fields=*variants`, { headers })
  const variantId = products[0].variants[0].id
  const t0 = Date.now()
  const paid = await inParallel(payments + 1, 4, (n) => paidPayment(backendUrl, sandboxUrl, headers, regions[0].id, variantId, n))
  console.log(`Prepared ${paid.length} paid VNPay payments in ${((Date.now() - t0) / 1000).toFixed(0)}s`)

  const distinct = paid.slice(0, payments)
  let i = 0
  const replies = { "00": 0 }
  const row = await measure({
    title: `IPN, ${payments} distinct payments (each → order)`,
    url: `${backendUrl}/hooks/vnpay/ipn`,
    connections,
    amount: payments,
    requests: [
      {
        setupRequest: (req) => ({ ...req, path: `/hooks/vnpay/ipn${distinct[i++ % distinct.length].search}` }),
        onResponse: (_status, body) => {
          const code = JSON.parse(body).RspCode
          replies[code] = (replies[code] ?? 0) + 1
        },
      },
    ],
  })

  const stormTarget = paid[payments]
  const stormReplies = {}
  const stormRow = await measure({
    title: `IPN duplicate storm: ${storm} copies of one IPN`,
    url: `${backendUrl}/hooks/vnpay/ipn${stormTarget.search}`,
    connections: 50,
    amount: storm,
    requests: [
      {
        onResponse: (_status, body) => {
          const code = JSON.parse(body).RspCode
          stormReplies[code] = (stormReplies[code] ?? 0) + 1
        },
      },
    ],
  })
  return { rows: [row, stormRow], replies, stormReplies, stormCartId: stormTarget.cartId }
}
