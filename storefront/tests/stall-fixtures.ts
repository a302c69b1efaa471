import type { FeedEventDTO, PaymentRequestDTO, StallDTO, TransferDTO } from "~/lib/stall-types"

export const DEVICE_TOKEN = "dev_tok_abcdefghijklmnopqrstuvwxyz012345"

export function stall(overrides: Partial<StallDTO> = {}): StallDTO {
  return {
    id: "stall_1",
    code: "CMP2A12",
    number: "A12",
    display_name: "Rau sạch cô Ba",
    goods: "Rau, củ",
    photo_url: null,
    status: "active",
    market: { id: "mkt_1", code: "CM-P2", name: "Chợ Phường 2" },
    bank: {
      bin: "970405",
      bank_name: "Agribank",
      account_masked: "•••• 2345",
      holder: "NGUYEN THI BA",
      verified: true,
    },
    can_take_payments: true,
    ...overrides,
  }
}

export function paymentRequest(overrides: Partial<PaymentRequestDTO> = {}): PaymentRequestDTO {
  return {
    id: "preq_1",
    reference: "CS7K2QM",
    amount: 200000,
    rail: "vietqr",
    status: "pending",
    expires_at: "2026-03-01T08:10:00.000Z",
    created_at: "2026-03-01T08:00:00.000Z",
    paid_at: null,
    qr_payload:
      "00020101021238570010A000000727012700069704050113780020501234502080208QRIBFTTA5303704540620000058020VN62110807CS7K2QM6304ABCD",
    words: "hai trăm nghìn đồng",
    spoken: "Đã nhận hai trăm nghìn đồng, mã CS7K2QM",
    ...overrides,
  }
}

export function transfer(overrides: Partial<TransferDTO> = {}): TransferDTO {
  return {
    id: "tr_1",
    amount: 200,
    content: "CS7K2QM",
    received_at: "2026-03-01T08:01:00.000Z",
    reason: "wrong_amount",
    reference: "CS7K2QM",
    request: { id: "preq_1", reference: "CS7K2QM", amount: 200000 },
    words: "hai trăm đồng",
    resolution: null,
    resolution_note: null,
    resolved_at: null,
    ...overrides,
  }
}

export function feedEvent(seq: number, type: FeedEventDTO["type"], extra: Partial<FeedEventDTO> = {}): FeedEventDTO {
  return { seq, type, at: "2026-03-01T08:02:00.000Z", ...extra }
}
