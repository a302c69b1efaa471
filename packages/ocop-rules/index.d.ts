export declare const OCOP_GROUPS: readonly [
  "thuc-pham",
  "do-uong",
  "duoc-lieu",
  "thu-cong-my-nghe",
  "sinh-vat-canh",
  "du-lich",
]
export type OcopGroup = (typeof OCOP_GROUPS)[number]
export declare const CERTIFICATE_STATUSES: readonly ["draft", "submitted", "approved", "rejected", "expired", "revoked"]
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number]
export declare const AUTHORITY_LEVELS: readonly ["central", "provincial", "district"]
export type AuthorityLevel = (typeof AUTHORITY_LEVELS)[number]
export declare const DISTRICT_LEVEL_ENDED: string
export declare const VALIDITY_MONTHS: number
export declare const EXPIRY_WARNING_DAYS: readonly number[]
export declare const NATIONAL_REGISTER_URL: string
export declare function starsForScore(score: number): 3 | 4 | 5 | null
export declare function isDay(text: unknown): boolean
export declare function validUntil(decisionDate: string): string
export declare function vietnamToday(now?: Date): string
export declare function daysBetween(from: string, to: string): number
export declare function isValidOn(certificate: { status: string; valid_until: string }, today: string): boolean
export interface CertificateFacts {
  stars: number
  score: number
  group: string
  authority_level: string
  decision_date: string
  decision_number?: string
  authority_name?: string
}
export interface CertificateProblem {
  field: string
  code: string
  message: string
}
export declare function certificateProblems(c: CertificateFacts, today: string): CertificateProblem[]
