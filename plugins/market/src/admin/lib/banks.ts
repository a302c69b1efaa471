/** The banks most stalls are paid into, by Napas BIN (VietQR's bank identifier). Any 6-digit BIN is accepted. */
export const BANKS: readonly { bin: string; name: string }[] = [
  { bin: "970436", name: "Vietcombank" },
  { bin: "970415", name: "VietinBank" },
  { bin: "970418", name: "BIDV" },
  { bin: "970405", name: "Agribank" },
  { bin: "970407", name: "Techcombank" },
  { bin: "970422", name: "MB" },
  { bin: "970416", name: "ACB" },
  { bin: "970432", name: "VPBank" },
  { bin: "970423", name: "TPBank" },
  { bin: "970403", name: "Sacombank" },
]

/** "Vietcombank" for 970436; null for a BIN outside the list. */
export function bankName(bin: string | null | undefined): string | null {
  return BANKS.find((bank) => bank.bin === bin)?.name ?? null
}
