// OCOP certificates (Decision 148/QĐ-TTg), for the OCOP plugin (which enforces these rules) and
// the seller channel and admin (which check a form before sending). Plain ESM, so Vite reads it
// as it is; index.js hands it to CommonJS. Dates are Vietnam calendar days, "YYYY-MM-DD".

/** The six product groups of Decision 148. */
export const OCOP_GROUPS = ["thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe", "sinh-vat-canh", "du-lich"]

export const CERTIFICATE_STATUSES = ["draft", "submitted", "approved", "rejected", "expired", "revoked"]

/** Who issued it: the central council (5★), a provincial People's Committee (3–4★), a district one (3★, before 1 July 2025). */
export const AUTHORITY_LEVELS = ["central", "provincial", "district"]

/** District committees were abolished on this day; their earlier 3★ certificates stay valid. */
export const DISTRICT_LEVEL_ENDED = "2025-07-01"

export const VALIDITY_MONTHS = 36

/** The seller is warned this many days before a certificate ends. */
export const EXPIRY_WARNING_DAYS = [60, 30]

/** The national register where a shopper can look a product up. */
export const NATIONAL_REGISTER_URL = "https://ocopvietnam.gov.vn"

/**
 * Stars of a score out of 100: 90–100 → 5, 70–<90 → 4, 50–<70 → 3; below 50 is not certified.
 * @param {number} score
 * @returns {3 | 4 | 5 | null}
 */
export function starsForScore(score) {
  if (!Number.isFinite(score) || score < 0 || score > 100) return null
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  return null
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * A real calendar day "YYYY-MM-DD", or null.
 * @param {unknown} text
 * @returns {{ y: number, m: number, d: number } | null}
 */
function parseDay(text) {
  const match = typeof text === "string" ? DAY.exec(text) : null
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? { y, m, d } : null
}

/** @param {unknown} text */
export function isDay(text) {
  return parseDay(text) !== null
}

/** @param {Date} date */
function dayOf(date) {
  return date.toISOString().slice(0, 10)
}

/**
 * The last day a certificate issued on `decisionDate` is valid: 36 months later, minus one day
 * (issued 2024-03-15 → valid through 2027-03-14; a month without that day ends on its last day).
 * @param {string} decisionDate
 */
export function validUntil(decisionDate) {
  const day = parseDay(decisionDate)
  if (!day) throw new RangeError(`Not a day: ${decisionDate}`)
  const months = day.m - 1 + VALIDITY_MONTHS
  const year = day.y + Math.floor(months / 12)
  const month = months % 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const end = new Date(Date.UTC(year, month, Math.min(day.d, last)))
  end.setUTCDate(end.getUTCDate() - 1)
  return dayOf(end)
}

/**
 * Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), "YYYY-MM-DD".
 * @param {Date} [now]
 */
export function vietnamToday(now = new Date()) {
  return dayOf(new Date(now.getTime() + 7 * 3600 * 1000))
}

/**
 * Days from `from` to `to` (both "YYYY-MM-DD").
 * @param {string} from
 * @param {string} to
 */
export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * Valid on `today`: approved, and `today` is not after its last valid day.
 * @param {{ status: string, valid_until: string }} certificate
 * @param {string} today
 */
export function isValidOn(certificate, today) {
  return certificate.status === "approved" && certificate.valid_until >= today
}

/**
 * Why a certificate's facts cannot be true, as {field, code, message}; [] when they can.
 * @param {{ stars: number, score: number, group: string, authority_level: string, decision_date: string, decision_number?: string, authority_name?: string }} c
 * @param {string} today
 * @returns {{ field: string, code: string, message: string }[]}
 */
export function certificateProblems(c, today) {
  /** @type {{ field: string, code: string, message: string }[]} */
  const problems = []
  const add = (/** @type {string} */ field, /** @type {string} */ code, /** @type {string} */ message) =>
    problems.push({ field, code, message })
  if (![3, 4, 5].includes(c.stars))
    add("stars", "ocop_stars", "Chỉ sản phẩm 3, 4 hoặc 5 sao được chứng nhận OCOP (stars 3–5).")
  if (!Number.isFinite(c.score) || c.score < 0 || c.score > 100) {
    add("score", "ocop_score", "Điểm đánh giá là số từ 0 đến 100 (score 0–100).")
  } else if (starsForScore(c.score) !== c.stars) {
    const band = starsForScore(c.score)
    add(
      "score",
      "ocop_score_band",
      band
        ? `${c.score} điểm là hạng ${band} sao, không phải ${c.stars} sao: 5★ 90–100, 4★ 70–<90, 3★ 50–<70 (score band).`
        : `${c.score} điểm chưa đạt hạng OCOP (cần từ 50 điểm) (below 50).`
    )
  }
  if (!OCOP_GROUPS.includes(c.group)) add("group", "ocop_group", "Chọn một trong sáu nhóm sản phẩm OCOP (group).")
  const date = parseDay(c.decision_date)
  if (!date) add("decision_date", "ocop_decision_date", "Ngày quyết định theo dạng năm-tháng-ngày (decision date).")
  else if (c.decision_date > today)
    add("decision_date", "ocop_decision_future", "Ngày quyết định không thể ở tương lai (date in the future).")
  if (!AUTHORITY_LEVELS.includes(c.authority_level)) {
    add("authority_level", "ocop_authority", "Chọn cấp ra quyết định (authority).")
  } else if (c.stars === 5 && c.authority_level !== "central") {
    add(
      "authority_level",
      "ocop_five_central",
      "Sản phẩm 5 sao do Trung ương công nhận (Bộ Nông nghiệp), không phải tỉnh (5★ is central)."
    )
  } else if (c.stars !== 5 && c.authority_level === "central") {
    add(
      "authority_level",
      "ocop_central_five",
      "Trung ương chỉ công nhận sản phẩm 5 sao; 3–4 sao do UBND tỉnh (central is 5★ only)."
    )
  } else if (c.authority_level === "district") {
    if (c.stars !== 3)
      add("authority_level", "ocop_district_three", "Cấp huyện chỉ công nhận 3 sao (district: 3★ only).")
    else if (date && c.decision_date >= DISTRICT_LEVEL_ENDED) {
      add(
        "authority_level",
        "ocop_district_ended",
        "Từ 1/7/2025 không còn cấp huyện: chứng nhận mới do UBND tỉnh cấp (no districts since 1 July 2025)."
      )
    }
  }
  if (date && validUntil(c.decision_date) < today) {
    add(
      "decision_date",
      "ocop_already_expired",
      "Chứng nhận này đã hết hạn 36 tháng — hãy gửi chứng nhận mới (already expired)."
    )
  }
  if (c.decision_number !== undefined && !String(c.decision_number).trim()) {
    add("decision_number", "ocop_decision_number", "Nhập số quyết định công nhận (decision number).")
  }
  if (c.authority_name !== undefined && !String(c.authority_name).trim()) {
    add("authority_name", "ocop_authority_name", "Nhập tên cơ quan ra quyết định (issuing authority).")
  }
  return problems
}
