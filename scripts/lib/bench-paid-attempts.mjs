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

export async function call(url, { method = "GET", headers = {}, body } = {}) {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method} ${url}: HTTP ${res.status} ${JSON.stringify(json)}`)
  return json
}

export async function inParallel(count, width, make) {
  const results = []
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) {
        const i = next++
        results[i] = await make(i)
      }
    })
  )
  return results
}

/**
 * One variant per cart, spread over every variant in stock (a single variant's stock would run
 * out, and its inventory row would serialise the completions), each used at most stock − 1 times.
 */
async function variantsFor(count, backendUrl, headers, regionId) {
  const fields = "id,variants.id,variants.manage_inventory,+variants.inventory_quantity"
  const { products } = await call(`${backendUrl}/store/products?limit=200&region_id=${regionId}&fields=${fields}`, {
    headers,
  })
  const left = products
    .flatMap((p) => p.variants)
    .map((v) => ({ id: v.id, left: v.manage_inventory === false ? Infinity : (v.inventory_quantity ?? 0) - 1 }))
    .filter((v) => v.left > 0)
  const picks = []
  while (picks.length < count) {
    const before = picks.length
    for (const v of left) {
      if (picks.length === count) break
      if (v.left-- > 0) picks.push(v.id)
    }
    if (picks.length === before) throw new Error(`Only ${picks.length} items in stock for ${count} bench carts`)
  }
  return picks
}

/**
 * `count` carts (one item, a Cà Mau address, shipping), each with a VNPay payment started at
 * POST /store/vnpay/payments and paid at the sandbox, which is told to send no IPN: the bench
 * sends them. Returns { cartId, txnRef, search } per cart; `search` is the signed IPN query.
 */
export async function preparePaidAttempts({ backendUrl, sandboxUrl, publishableKey, count, concurrency }) {
  const headers = { "x-publishable-api-key": publishableKey }
  await call(`${sandboxUrl}/_sandbox/config`, { method: "POST", body: { mode: "lost" } })
  const { regions } = await call(`${backendUrl}/store/regions`, { headers })
  const regionId = regions[0].id
  const variants = await variantsFor(count, backendUrl, headers, regionId)
  let shippingOptionId = null
  const stamp = Date.now()

  const paidAttempt = async (n) => {
    const { cart } = await call(`${backendUrl}/store/carts`, {
      method: "POST",
      headers,
      body: {
        region_id: regionId,
        email: `bench-${stamp}-${n}@example.vn`,
        items: [{ variant_id: variants[n], quantity: 1 }],
        shipping_address: ADDRESS,
      },
    })
    // Every cart has the same address, so the same option (its price rule reads the cart total).
    if (!shippingOptionId) {
      const { shipping_options } = await call(`${backendUrl}/store/shipping-options?cart_id=${cart.id}`, { headers })
      shippingOptionId = shipping_options[0].id
    }
    await call(`${backendUrl}/store/carts/${cart.id}/shipping-methods`, {
      method: "POST",
      headers,
      body: { option_id: shippingOptionId },
    })
    const { vnpay_payment } = await call(`${backendUrl}/store/vnpay/payments`, {
      method: "POST",
      headers,
      body: { cart_id: cart.id, bank_code: "VNPAYQR" },
    })
    const { returnUrl, txnRef } = await call(`${sandboxUrl}/_sandbox/pay`, {
      method: "POST",
      body: { url: vnpay_payment.payment_url, result: "success" },
    })
    return { cartId: cart.id, txnRef, search: new URL(returnUrl).search }
  }

  // The first cart alone finds the shipping option the others reuse.
  const first = await paidAttempt(0)
  const rest = await inParallel(count - 1, concurrency, (i) => paidAttempt(i + 1))
  return [first, ...rest]
}
