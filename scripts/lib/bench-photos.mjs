import { rm } from "node:fs/promises"
import path from "node:path"
import { performance } from "node:perf_hooks"
import sharp from "sharp"
import { treeRssMiB } from "./memory.mjs"

/** The issue's goals for 3 MB phone photos, 4 at a time, on 2 cores. */
export const PHOTO_GOAL = { p95: 600, peakMB: 600 }

const WIDTH = 4000
const HEIGHT = 3000
const SIZES = ["320", "640", "1200"]
const PASSWORD = "mat-khau-bench-anh-2026"

/** A small seeded PRNG (mulberry32): the same photos, and so the same bytes, on every run. */
function random(seed) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A 12-MP phone JPEG of ~3 MB: smooth gradients and waves under per-pixel sensor-like noise (what
 * keeps a JPEG at quality 90 that large), with the EXIF a phone writes, GPS position included.
 */
async function phoneJpeg(index) {
  const next = random(index + 1)
  // Clamped: values below 0 or above 255 are stored as 0 and 255.
  const pixels = new Uint8ClampedArray(WIDTH * HEIGHT * 3)
  const phase = index * 0.7
  let i = 0
  for (let y = 0; y < HEIGHT; y++) {
    const wave = 30 * Math.sin(y / 90 + phase)
    for (let x = 0; x < WIDTH; x++) {
      const noise = (next() - 0.5) * 24
      pixels[i++] = 40 + (x / WIDTH) * 120 + wave + noise
      pixels[i++] = 140 + (y / HEIGHT) * 60 - 25 * Math.cos(x / 130 + phase) + noise
      pixels[i++] = 60 + ((x + y) / (WIDTH + HEIGHT)) * 100 + noise * 0.8
    }
  }
  return sharp(Buffer.from(pixels.buffer), { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "Xiaomi", Model: "Redmi Note 12", DateTime: "2026:12:05 07:30:00" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "9/1 17/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "105/1 43/1 0/1",
      },
    })
    .toBuffer()
}

/** `count` distinct phone JPEGs, made before anything is measured. */
export async function makePhotos(count = 6) {
  const photos = []
  for (let index = 0; index < count; index++) photos.push(await phoneJpeg(index))
  return photos
}

async function postJson(url, body, token) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${text.slice(0, 500)}`)
  return JSON.parse(text)
}

/**
 * A seller member's token, as the storefront gets one: sign up (`/auth/seller/emailpass/register`),
 * register a household in Cà Mau (`POST /vendor/sellers`), then refresh for a token that carries
 * the member. Uploading photos does not need the seller to be approved.
 */
export async function sellerToken(backendUrl) {
  const stamp = Date.now().toString().slice(-8)
  const email = `bench-anh-${stamp}@example.vn`
  const { token: signUp } = await postJson(`${backendUrl}/auth/seller/emailpass/register`, {
    email,
    password: PASSWORD,
  })
  await postJson(
    `${backendUrl}/vendor/sellers`,
    {
      member_name: "Trần Thị Mai",
      seller: {
        name: `Hộ kinh doanh Bench Ảnh ${stamp}`,
        kind: "household",
        legal_form: "household_business",
        business_registration_number: `96A${stamp}`,
        representative: "Trần Thị Mai",
        id_number: `0961${stamp}`,
        phone: "0912 345 678",
        email,
        province_code: "96",
        ward_code: "31825",
        address_line: "Ấp 3, đường Cao Văn Lầu",
        bank_bin: "970436",
        bank_account_number: "0071000123456",
        bank_account_name: "Tran Thi Mai",
      },
    },
    signUp
  )
  const { token } = await postJson(`${backendUrl}/auth/token/refresh`, undefined, signUp)
  return token
}

/** Nearest-rank percentile of ascending `sorted`, in whole ms. */
function percentile(sorted, p) {
  if (!sorted.length) return null
  return Math.round(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)])
}

/** One upload, timed from send to the last byte of the answer; checks 201 and the three sizes. */
async function upload(url, token, blob, name) {
  const form = new FormData()
  form.append("file", blob, name)
  const t0 = performance.now()
  const res = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form })
  const text = await res.text()
  const ms = performance.now() - t0
  let photo
  try {
    photo = JSON.parse(text).photo
  } catch {
    // checked below
  }
  const ok = res.status === 201 && SIZES.every((size) => typeof photo?.sizes?.[size] === "string")
  return { ms, ok, status: res.status, photo, problem: ok ? null : `${res.status} ${text.slice(0, 300)}` }
}

/**
 * `count` uploads of the photos in turn to `POST /vendor/photos`, exactly `concurrency` in flight,
 * after `warmup` uploads one at a time that are not counted. The backend server's process tree is
 * sampled every `sampleMs` from before the warm-up to the last answer for its peak RSS. Files the
 * uploads stored are removed from `staticDir` afterwards.
 */
export async function benchPhotos({
  backendUrl,
  serverPid,
  photos,
  count,
  concurrency,
  warmup = 2,
  sampleMs = 100,
  staticDir,
}) {
  const token = await sellerToken(backendUrl)
  const blobs = photos.map((bytes) => new Blob([bytes], { type: "image/jpeg" }))
  const url = `${backendUrl}/vendor/photos`
  const stored = []
  const keep = (result) => {
    if (result.photo?.sizes) stored.push(...Object.values(result.photo.sizes))
  }

  const restMiB = treeRssMiB(serverPid)
  let peakMiB = restMiB
  const sampler = setInterval(() => {
    peakMiB = Math.max(peakMiB, treeRssMiB(serverPid))
  }, sampleMs)
  const results = []
  let seconds
  try {
    for (let i = 0; i < warmup; i++) keep(await upload(url, token, blobs[i % blobs.length], `warmup-${i}.jpg`))
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: Math.min(concurrency, count) }, async () => {
        while (next < count) {
          const i = next++
          const result = await upload(url, token, blobs[i % blobs.length], `IMG_2026120${i % blobs.length}.jpg`)
          keep(result)
          results.push(result)
        }
      })
    )
    seconds = (performance.now() - started) / 1000
  } finally {
    clearInterval(sampler)
  }
  peakMiB = Math.max(peakMiB, treeRssMiB(serverPid))

  // Remove only what this run stored: names from the answers, nothing else in the folder.
  const names = stored
    .map((u) => path.basename(new URL(u, backendUrl).pathname))
    .filter((n) => /^[\w.-]+\.webp$/.test(n))
  if (staticDir) await Promise.all(names.map((n) => rm(path.join(staticDir, n), { force: true })))

  const latencies = results.map((r) => r.ms).sort((a, b) => a - b)
  const failed = results.filter((r) => !r.ok)
  return {
    count,
    concurrency,
    warmup,
    photoMB: photos.reduce((sum, p) => sum + p.length, 0) / photos.length / 1e6,
    distinct: photos.length,
    seconds,
    perSecond: results.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    ok: results.length - failed.length,
    failed: failed.length,
    firstProblem: failed[0]?.problem,
    restMiB,
    peakMiB,
    removed: names.length,
  }
}

/** The run's figures beside the goals, as printed lines. */
export function photoReport(r) {
  const peakMB = Math.round(r.peakMiB * 1.048576)
  const p95Met = r.p95 !== null && r.p95 <= PHOTO_GOAL.p95
  const memoryMet = peakMB <= PHOTO_GOAL.peakMB
  const allOk = r.failed === 0
  return [
    `\nPhoto uploads — POST /vendor/photos, ${r.count} uploads of ${r.distinct} distinct ${WIDTH}×${HEIGHT} phone ` +
      `JPEGs (${r.photoMB.toFixed(1)} MB average, EXIF with GPS), ${r.concurrency} in flight (after ${r.warmup} warm-up uploads)`,
    "| figure | now | goal | |",
    "|---|---:|---:|---|",
    `| uploads/s | ${r.perSecond.toFixed(2)} | | |`,
    `| p50 ms per upload | ${r.p50} | | |`,
    `| p95 ms per upload | ${r.p95} | ≤ ${PHOTO_GOAL.p95} | ${p95Met ? "met" : "NOT met"} |`,
    `| p99 ms per upload | ${r.p99} | | |`,
    `| max ms per upload | ${r.max} | | |`,
    `| backend server peak RSS, MB | ${peakMB} (${r.peakMiB} MiB; ${r.restMiB} MiB before) | ≤ ${PHOTO_GOAL.peakMB} | ${memoryMet ? "met" : "NOT met"} |`,
    `Check: ${r.ok} of ${r.count} answered 201 with 320/640/1200 WebP — ${allOk ? "ok" : `FAILED (first: ${r.firstProblem})`}`,
    `Goals (p95 ≤ ${PHOTO_GOAL.p95} ms, peak ≤ ${PHOTO_GOAL.peakMB} MB): ${p95Met && memoryMet && allOk ? "met" : "NOT met"}` +
      ` (${r.seconds.toFixed(1)}s; removed the ${r.removed} files the uploads stored)`,
  ]
}
