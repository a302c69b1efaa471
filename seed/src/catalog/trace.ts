import {
  gtinCheckDigit,
  type LotUnit,
  type TraceStep,
  toGtin14,
  uomOfUnit,
  VIETNAM_TZ_OFFSET,
  wardLocationId,
} from "@choso/trace-rules"
import { buildTraceEvent } from "@choso/trace-rules/epcis"
import { STOCK_LOCATION_NAME } from "../setup/constants"
import type { ProducerSeed } from "../types"
import { producers } from "./producers"
import { products } from "./products"
import { digitsFrom } from "./sellers"

/**
 * The demo lots of the step `trace-…`: for the seeded produce (honey, dried fish and shrimp, fish
 * sauce and mắm, rice, rice paper, mì Quảng, ginseng…) one or two lots each, with the chain a
 * producer records: harvest (commissioning) → processing (a TransformationEvent from what was
 * harvested, and another lot when one goes in) → packing → inspecting (some) → shipping to the
 * platform's warehouse. Dates are fixed in October–November 2026 (Vietnam time), in the season of
 * each product; products whose season is elsewhere in the year (salt, pepper, cinnamon, tea…) and
 * crafts get no lot. Pure: the step (setup/trace.ts) creates what this plans.
 *
 * The GTINs are illustrations: GTIN-13s in GS1's restricted-circulation range (prefix 20–29), never
 * in GS1 Vietnam's 893, which belongs to its members. A real producer enters its own.
 */

export type { LotUnit }

/** What a harvest is weighed or measured in. */
type Material = "kg" | "l"

/** Where the seeded lots are shipped: the store's stock location (setup/store.ts). */
export const WAREHOUSE = {
  name: STOCK_LOCATION_NAME,
  address: "Số 8 Đường Phan Ngọc Hiển",
  ward_code: "32002",
  place: `${STOCK_LOCATION_NAME}, Số 8 Đường Phan Ngọc Hiển, Phường An Xuyên, Cà Mau`,
} as const

/** Said wherever a seeded GTIN is explained (README, tests): none is a real trade item number. */
export const GTIN_ILLUSTRATION =
  "GTIN minh hoạ (mã hạn chế lưu hành 20–29 của GS1, không thuộc đầu số 893 của GS1 Việt Nam)"

/**
 * The 2025 names of the wards the plan uses (seed/tests/trace.test.ts checks each against the
 * vietnam plugin's list).
 */
export const TRACE_WARD_NAMES: Record<string, string> = {
  "31843": "Xã Hồng Dân",
  "31972": "Xã Gành Hào",
  "32002": "Phường An Xuyên",
  "32047": "Xã U Minh",
  "32065": "Xã Thới Bình",
  "32069": "Xã Biển Bạch",
  "32095": "Xã Trần Văn Thời",
  "32098": "Xã Sông Đốc",
  "32191": "Xã Năm Căn",
  "32236": "Xã Tân Ân",
  "32248": "Xã Đất Mũi",
  "20194": "Phường Hải Vân",
  "20455": "Xã Tây Giang",
  "20500": "Xã Đại Lộc",
  "20551": "Phường Điện Bàn",
  "20950": "Xã Trà Linh",
}

/** A lot by its product and code (a processing input that is another seeded lot). */
export interface LotRef {
  product: string
  code: string
}

export interface TraceEventSeed {
  step: TraceStep
  /** ISO 8601 with the Vietnam offset, e.g. "2026-10-16T07:00:00+07:00". */
  event_time: string
  ward_code: string
  place_name: string
  note: string
  quantity: { value: number; unit: Material | LotUnit }
  /** Processing: what went in, the lot as harvested first. */
  inputs?: { lot: LotRef; value: number; unit: Material }[]
}

export interface TraceLotSeed {
  product: string
  producer: string
  /** The variant's SKU suffix (ProductSeed.variants[].sku). */
  variant: string
  /** ≤ 20 characters, [A-Za-z0-9._-]: the product's prefix and the harvest day (YYMMDD). */
  code: string
  /** GTIN-14 (an illustration, restricted circulation) or null. */
  gtin: string | null
  /** The harvest day ("YYYY-MM-DD"), when the lot begins. */
  produced_on: string
  /** produced_on + the product's shelf life. */
  expires_on: string
  quantity: number
  unit: LotUnit
  origin_province_code: string
  origin_ward_code: string
  origin_place: string
  events: TraceEventSeed[]
}

/** One stage of a product's chain: days after the harvest day, the local time, what was done. */
interface Stage {
  day: number
  at: string
  note: string
}

interface ProduceTrace {
  product: string
  variant: string
  /** Upper-case letters; the lot code is `${prefix}-${YYMMDD}`. */
  prefix: string
  gtin: boolean
  unit: LotUnit
  material: Material
  /** Material per pack (kg or l) when the lot counts packs; unused for unit "kg". */
  pack: number
  /** Where it is harvested (the lot's origin). */
  origin: { ward: string; place: string }
  /** Where it is processed, packed and shipped from. */
  workshop: { ward: string; place: string }
  harvest: Omit<Stage, "day">
  /** Output per unit of harvested material. */
  yield: number
  processing: Stage
  packing: Stage
  inspecting?: Stage
  shipping: Omit<Stage, "note">
  /** Another seeded lot that goes into processing, by its plan index. */
  ingredient?: { product: string; lot: number; value: number; unit: Material }
  lots: {
    day: string
    harvested: number
    /** Material kept back before packing (it goes into another product). */
    reserved?: number
  }[]
}

const CA_MAU_TRUCK = `Xe tải của cơ sở chở đến ${WAREHOUSE.place}.`
const LONG_HAUL = `Gửi xe tải đường dài Đà Nẵng – Cà Mau (khoảng 2 ngày) đến ${WAREHOUSE.place}.`

const PRODUCE: ProduceTrace[] = [
  // ══ Cà Mau ══════════════════════════════════════════════════════════════════
  {
    product: "mat-ong-rung-tram-u-minh",
    variant: "500G",
    prefix: "MOUM",
    gtin: true,
    unit: "chai",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32047", place: "Rừng tràm U Minh Hạ, kèo ong ấp 7, xã U Minh" },
    workshop: { ward: "32047", place: "Xưởng lọc mật của hợp tác xã, ấp 7, xã U Minh" },
    harvest: {
      at: "07:00",
      note: "Cắt nắp sáp và quay ly tâm mật từ 62 kèo ong gác trong rừng tràm; mật mùa nước, còn ẩm.",
    },
    yield: 0.96,
    processing: {
      day: 1,
      at: "15:00",
      note: "Lọc thô qua lưới inox, hạ thủy phần bằng máy sấy lạnh xuống 19,5 %.",
    },
    packing: { day: 3, at: "08:00", note: "Đóng chai thủy tinh 500 g, dán tem truy xuất." },
    inspecting: {
      day: 3,
      at: "10:30",
      note: "Tổ kiểm soát chất lượng của hợp tác xã: thủy phần 19,4 %, không lên men, cảm quan đạt.",
    },
    shipping: { day: 4, at: "06:30" },
    lots: [
      { day: "2026-10-16", harvested: 186 },
      { day: "2026-11-09", harvested: 142 },
    ],
  },
  {
    product: "kho-ca-loc-dong-thoi-binh",
    variant: "500G",
    prefix: "KCL",
    gtin: true,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32065", place: "Ruộng và kênh rạch ấp 4, xã Thới Bình" },
    workshop: { ward: "32065", place: "Sân phơi Cơ sở Khô Cá Đồng Út Hiền, ấp 4, xã Thới Bình" },
    harvest: {
      at: "05:00",
      note: "Cá lóc đồng tươi bắt bằng lưới và lọp trên ruộng sau mùa lúa, cỡ 0,4–0,8 kg/con.",
    },
    yield: 0.33,
    processing: { day: 2, at: "16:30", note: "Làm sạch, xẻ bướm, ướp muối nhạt, phơi hai nắng trên giàn lưới." },
    packing: { day: 3, at: "08:00", note: "Hút chân không túi 500 g." },
    shipping: { day: 3, at: "14:00" },
    lots: [
      { day: "2026-10-20", harvested: 240 },
      { day: "2026-11-12", harvested: 180 },
    ],
  },
  {
    product: "kho-ca-sac-boi",
    variant: "500G",
    prefix: "KCS",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32069", place: "Ao đất của các hộ nuôi cá ở xã Biển Bạch" },
    workshop: { ward: "32065", place: "Sân phơi Cơ sở Khô Cá Đồng Út Hiền, ấp 4, xã Thới Bình" },
    harvest: { at: "06:00", note: "Tát ao thu cá sặc bổi nuôi 8 tháng, cỡ 6–8 con/kg." },
    yield: 0.35,
    processing: {
      day: 2,
      at: "17:00",
      note: "Đánh vảy, bỏ ruột, ướp muối đường vừa phải, phơi hai nắng trên giàn lưới.",
    },
    packing: { day: 3, at: "08:30", note: "Hút chân không túi 500 g." },
    shipping: { day: 3, at: "14:00" },
    lots: [{ day: "2026-10-27", harvested: 160 }],
  },
  {
    product: "mam-ca-loc-thoi-binh",
    variant: "500G",
    prefix: "MCL",
    gtin: false,
    unit: "hop",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32065", place: "Ruộng và kênh rạch ấp 4, xã Thới Bình" },
    workshop: { ward: "32065", place: "Nhà ủ mắm Cơ sở Khô Cá Đồng Út Hiền, ấp 4, xã Thới Bình" },
    harvest: { at: "05:30", note: "Cá lóc đồng tươi, cỡ 0,3–0,5 kg/con." },
    yield: 0.8,
    processing: {
      day: 38,
      at: "09:00",
      note: "Làm sạch, ướp muối 3 ngày, trộn thính gạo rang và đường thốt nốt, ủ kín 35 ngày trong khạp sành.",
    },
    packing: { day: 39, at: "08:00", note: "Vô hũ nhựa thực phẩm 500 g, nắp kín." },
    inspecting: { day: 39, at: "10:00", note: "Kiểm tra cảm quan và độ mặn; đạt." },
    shipping: { day: 40, at: "07:00" },
    lots: [{ day: "2026-10-03", harvested: 120 }],
  },
  {
    product: "kho-ca-khoai-song-doc",
    variant: "500G",
    prefix: "KCK",
    gtin: true,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32098", place: "Cảng cá Sông Đốc, xã Sông Đốc" },
    workshop: { ward: "32098", place: "Sân phơi hợp tác xã, ấp Rạch Ráng, xã Sông Đốc" },
    harvest: {
      at: "04:30",
      note: "Cá khoai tươi từ ghe lưới kéo của xã viên cập cảng, ướp đá trên ghe.",
    },
    yield: 0.18,
    processing: {
      day: 1,
      at: "17:00",
      note: "Rửa sạch, bỏ đầu ruột, phơi một nắng rồi sấy than đến độ ẩm dưới 20 %.",
    },
    packing: { day: 2, at: "08:00", note: "Hút chân không túi 500 g." },
    inspecting: { day: 2, at: "09:30", note: "Kiểm tra độ ẩm và cảm quan; đạt." },
    shipping: { day: 2, at: "13:00" },
    lots: [
      { day: "2026-10-22", harvested: 600 },
      { day: "2026-11-15", harvested: 520 },
    ],
  },
  {
    product: "muc-kho-song-doc",
    variant: "500G",
    prefix: "MKS",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32098", place: "Cảng cá Sông Đốc, xã Sông Đốc" },
    workshop: { ward: "32098", place: "Sân phơi hợp tác xã, ấp Rạch Ráng, xã Sông Đốc" },
    harvest: { at: "05:00", note: "Mực ống câu đêm ở ngư trường Tây Nam, cập cảng lúc sáng sớm." },
    yield: 0.22,
    processing: { day: 2, at: "16:00", note: "Lột da, bỏ nội tạng, phơi hai nắng trên giàn tre." },
    packing: { day: 3, at: "08:00", note: "Hút chân không túi 500 g." },
    shipping: { day: 3, at: "13:30" },
    lots: [{ day: "2026-11-05", harvested: 300 }],
  },
  {
    product: "tom-kho-rach-goc",
    variant: "500G",
    prefix: "TKRG",
    gtin: true,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32236", place: "Vuông tôm quảng canh dưới tán rừng đước, ấp Rạch Gốc, xã Tân Ân" },
    workshop: { ward: "32236", place: "Lò sấy hợp tác xã, ấp Rạch Gốc, xã Tân Ân" },
    harvest: { at: "04:00", note: "Thu tôm tự nhiên trong vuông bằng đáy lú theo con nước rong." },
    yield: 0.18,
    processing: {
      day: 1,
      at: "15:00",
      note: "Luộc nước muối, phơi nắng, sấy than, đập và sàng lấy thịt tôm.",
    },
    packing: { day: 2, at: "08:00", note: "Hút chân không túi 500 g." },
    inspecting: { day: 2, at: "09:00", note: "Kiểm tra độ ẩm, màu và tạp chất; đạt." },
    shipping: { day: 2, at: "14:00" },
    lots: [
      { day: "2026-10-24", harvested: 220 },
      { day: "2026-11-08", harvested: 250 },
    ],
  },
  {
    product: "mam-tom-cha-ca-mau",
    variant: "500G",
    prefix: "MTC",
    gtin: false,
    unit: "hop",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32236", place: "Vuông tôm quảng canh dưới tán rừng đước, ấp Rạch Gốc, xã Tân Ân" },
    workshop: { ward: "32236", place: "Nhà ủ mắm hợp tác xã, ấp Rạch Gốc, xã Tân Ân" },
    harvest: { at: "04:30", note: "Tôm tươi cỡ nhỏ thu trong vuông tôm rừng." },
    yield: 0.9,
    processing: { day: 30, at: "10:00", note: "Chà nhuyễn với muối hạt, phơi nắng và ủ trong khạp 30 ngày." },
    packing: { day: 31, at: "08:00", note: "Vô hũ thủy tinh 500 g." },
    shipping: { day: 32, at: "07:00" },
    lots: [{ day: "2026-10-10", harvested: 90 }],
  },
  {
    product: "tom-dat-kho-nam-can",
    variant: "500G",
    prefix: "TDNC",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32248", place: "Vuông tôm – rừng ngập mặn, ấp Mũi, xã Đất Mũi" },
    workshop: { ward: "32191", place: "Xưởng chế biến Công ty Mũi Xanh, ấp Cái Nai, xã Năm Căn" },
    harvest: { at: "05:00", note: "Tôm đất thu theo con nước, cỡ 200–300 con/kg." },
    yield: 0.2,
    processing: { day: 1, at: "16:00", note: "Luộc, phơi nắng rồi sấy đến độ ẩm dưới 18 %, bóc vỏ." },
    packing: { day: 2, at: "09:00", note: "Túi zip có gói hút ẩm, 500 g." },
    inspecting: { day: 2, at: "10:30", note: "Kiểm tra độ ẩm, màu và tạp chất; đạt." },
    shipping: { day: 2, at: "15:00" },
    lots: [{ day: "2026-11-02", harvested: 150 }],
  },
  {
    product: "kho-ca-keo-ganh-hao",
    variant: "500G",
    prefix: "KCKGH",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "31972", place: "Bãi bồi cửa biển Gành Hào, xã Gành Hào" },
    workshop: { ward: "31972", place: "Sân phơi hộ Cô Ba, ấp 1, xã Gành Hào" },
    harvest: { at: "06:00", note: "Cá kèo tươi đặt lọp ở bãi bồi lúc nước ròng." },
    yield: 0.3,
    processing: {
      day: 2,
      at: "11:00",
      note: "Rửa sạch nhớt, ướp muối nhạt, phơi một nắng rồi sấy lại cho khô đều.",
    },
    packing: { day: 2, at: "15:00", note: "Hút chân không túi 500 g." },
    shipping: { day: 3, at: "06:00" },
    lots: [
      { day: "2026-10-18", harvested: 90 },
      { day: "2026-11-19", harvested: 110 },
    ],
  },
  {
    product: "gao-st25-lua-tom",
    variant: "5KG",
    prefix: "ST25",
    gtin: true,
    unit: "goi",
    material: "kg",
    pack: 5,
    origin: { ward: "31843", place: "Ruộng lúa – tôm ấp Xẻo Gừa, xã Hồng Dân" },
    workshop: { ward: "31843", place: "Nhà máy xay xát hợp tác xã, ấp Xẻo Gừa, xã Hồng Dân" },
    harvest: {
      at: "07:00",
      note: "Gặt máy lúa ST25 trồng trên ruộng nuôi tôm, không phân thuốc hóa học; độ ẩm hạt 24 %.",
    },
    yield: 0.55,
    processing: {
      day: 4,
      at: "16:00",
      note: "Sấy lúa xuống 14 % độ ẩm, xay xát, lau bóng và tách màu.",
    },
    packing: { day: 5, at: "08:00", note: "Đóng túi PA hút chân không 5 kg." },
    inspecting: { day: 5, at: "10:00", note: "Độ ẩm 13,8 %, tỷ lệ tấm dưới 5 %, cảm quan đạt." },
    shipping: { day: 6, at: "06:00" },
    lots: [
      { day: "2026-11-10", harvested: 4000 },
      { day: "2026-11-16", harvested: 3600 },
    ],
  },
  {
    product: "khom-say-deo-tran-van-thoi",
    variant: "500G",
    prefix: "KSD",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "32095", place: "Vườn khóm ấp Kênh Tám, xã Trần Văn Thời" },
    workshop: { ward: "32095", place: "Xưởng sấy Cơ sở Khóm Sấy Tư Liên, ấp Kênh Tám, xã Trần Văn Thời" },
    harvest: { at: "06:30", note: "Thu hoạch khóm Queen chín vàng đều, cỡ 0,8–1 kg/trái." },
    yield: 0.12,
    processing: {
      day: 1,
      at: "18:00",
      note: "Gọt vỏ, cắt lát, ngâm đường nhẹ và sấy dẻo 14 giờ ở 60 °C.",
    },
    packing: { day: 2, at: "08:00", note: "Túi zip 500 g." },
    shipping: { day: 2, at: "14:00" },
    lots: [{ day: "2026-10-28", harvested: 500 }],
  },

  // ══ Đà Nẵng ═════════════════════════════════════════════════════════════════
  {
    product: "nuoc-mam-nam-o",
    variant: "500ML",
    prefix: "NMNO",
    gtin: true,
    unit: "chai",
    material: "l",
    pack: 0.5,
    origin: { ward: "20194", place: "Nhà thùng ủ chượp, tổ 5, khu dân cư Nam Ô, phường Hải Vân" },
    workshop: { ward: "20194", place: "Xưởng Nước Mắm Làng Chài Hải Vân, tổ 5, khu dân cư Nam Ô, phường Hải Vân" },
    harvest: {
      at: "08:00",
      note: "Rút nước mắm cốt từ thùng gỗ chượp cá cơm than ướp muối, đã ủ 12 tháng.",
    },
    yield: 0.95,
    processing: { day: 20, at: "09:00", note: "Lọc qua vải, để lắng 20 ngày trong chum sành." },
    packing: { day: 21, at: "08:00", note: "Đóng chai thủy tinh 500 ml, nút nhôm." },
    inspecting: { day: 21, at: "10:00", note: "Độ đạm 30 °N, không chất bảo quản; đạt." },
    shipping: { day: 22, at: "06:00" },
    lots: [
      { day: "2026-10-05", harvested: 600 },
      { day: "2026-10-26", harvested: 450 },
    ],
  },
  {
    product: "mam-nem-nam-o",
    variant: "500G",
    prefix: "MNNO",
    gtin: false,
    unit: "hop",
    material: "kg",
    pack: 0.5,
    origin: { ward: "20194", place: "Nhà thùng ủ chượp, tổ 5, khu dân cư Nam Ô, phường Hải Vân" },
    workshop: { ward: "20194", place: "Xưởng Nước Mắm Làng Chài Hải Vân, tổ 5, khu dân cư Nam Ô, phường Hải Vân" },
    harvest: { at: "08:00", note: "Lấy cá cơm chượp đã ủ 6 tháng trong thùng gỗ." },
    yield: 1.1,
    processing: { day: 10, at: "09:00", note: "Xay nhuyễn cá chượp, phối thơm và thính gạo, để chín 10 ngày." },
    packing: { day: 11, at: "08:00", note: "Vô hũ nhựa thực phẩm 500 g." },
    shipping: { day: 12, at: "06:00" },
    lots: [{ day: "2026-10-08", harvested: 200 }],
  },
  {
    product: "ca-com-say-kho-nam-o",
    variant: "500G",
    prefix: "CCNO",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "20194", place: "Bến thuyền Nam Ô, phường Hải Vân" },
    workshop: { ward: "20194", place: "Xưởng Nước Mắm Làng Chài Hải Vân, tổ 5, khu dân cư Nam Ô, phường Hải Vân" },
    harvest: { at: "04:30", note: "Cá cơm than từ thuyền mành đánh đêm ngoài vịnh Đà Nẵng." },
    yield: 0.22,
    processing: { day: 1, at: "16:00", note: "Luộc nước muối nhạt, phơi nắng, sấy đến độ ẩm dưới 20 %." },
    packing: { day: 2, at: "08:00", note: "Hút chân không túi 500 g." },
    inspecting: { day: 2, at: "09:30", note: "Kiểm tra độ ẩm và cảm quan; đạt." },
    shipping: { day: 3, at: "06:00" },
    lots: [{ day: "2026-11-04", harvested: 300 }],
  },
  {
    product: "banh-trang-nhung-dai-loc",
    variant: "500G",
    prefix: "BTN",
    gtin: true,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "20500", place: "Cánh đồng ven sông Vu Gia, xã Đại Lộc" },
    workshop: { ward: "20500", place: "Lò bánh tráng Cô Sáu, tổ 3, thôn Ái Nghĩa, xã Đại Lộc" },
    harvest: {
      at: "07:00",
      note: "Nhận gạo Khang Dân vụ Hè Thu 2026 của các hộ trồng lúa ven sông Vu Gia.",
    },
    yield: 0.9,
    processing: {
      day: 1,
      at: "16:00",
      note: "Ngâm gạo qua đêm, xay bột, tráng bánh trên bếp củi và phơi trên giàn tre một nắng.",
    },
    packing: { day: 2, at: "08:00", note: "Đóng túi 500 g." },
    shipping: { day: 3, at: "06:00" },
    lots: [
      { day: "2026-10-12", harvested: 300 },
      { day: "2026-11-06", harvested: 250 },
    ],
  },
  {
    product: "banh-trang-cuon-mong",
    variant: "500G",
    prefix: "BTC",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "20500", place: "Cánh đồng ven sông Vu Gia, xã Đại Lộc" },
    workshop: { ward: "20500", place: "Lò bánh tráng Cô Sáu, tổ 3, thôn Ái Nghĩa, xã Đại Lộc" },
    harvest: {
      at: "07:00",
      note: "Nhận gạo Khang Dân vụ Hè Thu 2026 của các hộ trồng lúa ven sông Vu Gia.",
    },
    yield: 0.88,
    processing: {
      day: 1,
      at: "17:00",
      note: "Ngâm gạo, xay bột mịn, tráng bánh mỏng và phơi trên giàn tre.",
    },
    packing: { day: 2, at: "08:30", note: "Đóng túi 500 g." },
    shipping: { day: 3, at: "06:00" },
    lots: [{ day: "2026-11-03", harvested: 200 }],
  },
  {
    product: "mi-quang-kho-phu-chiem",
    variant: "500G",
    prefix: "MQPC",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.5,
    origin: { ward: "20551", place: "Cánh đồng Phú Chiêm, phường Điện Bàn" },
    workshop: { ward: "20551", place: "Cơ sở Mì Quảng Bảy Hòa, tổ 8, khối Phú Chiêm, phường Điện Bàn" },
    harvest: { at: "07:30", note: "Nhận gạo vụ Hè Thu 2026 của nông dân Phú Chiêm." },
    yield: 0.85,
    processing: {
      day: 1,
      at: "17:00",
      note: "Ngâm gạo, xay bột bằng cối đá, tráng, hấp, cắt sợi và phơi khô.",
    },
    packing: { day: 2, at: "08:00", note: "Đóng túi 500 g." },
    shipping: { day: 3, at: "06:00" },
    lots: [{ day: "2026-10-30", harvested: 200 }],
  },
  {
    product: "gao-do-lua-ray-tay-giang",
    variant: "2KG",
    prefix: "GDTG",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 2,
    origin: { ward: "20455", place: "Nương rẫy thôn A Xờ, xã Tây Giang" },
    workshop: { ward: "20455", place: "Nhà kho hợp tác xã, thôn A Xờ, xã Tây Giang" },
    harvest: { at: "07:00", note: "Tuốt tay lúa rẫy đỏ của đồng bào Cơ Tu, gieo tháng 4." },
    yield: 0.7,
    processing: {
      day: 12,
      at: "15:00",
      note: "Phơi lúa trên sàn, xay bóc vỏ trấu, giữ lớp cám đỏ (gạo lứt).",
    },
    packing: { day: 13, at: "08:00", note: "Đóng túi vải 2 kg." },
    shipping: { day: 14, at: "06:00" },
    lots: [{ day: "2026-10-06", harvested: 1200 }],
  },
  {
    product: "sam-ngoc-linh-thai-lat-say",
    variant: "10G",
    prefix: "SNL",
    gtin: false,
    unit: "goi",
    material: "kg",
    pack: 0.01,
    origin: {
      ward: "20950",
      place: "Vườn sâm dưới tán rừng nguyên sinh, thôn 2, xã Trà Linh (độ cao 1.800 m)",
    },
    workshop: { ward: "20950", place: "Xưởng sơ chế hợp tác xã, thôn 2, xã Trà Linh" },
    harvest: { at: "08:00", note: "Đào củ sâm Ngọc Linh 6 năm tuổi, rửa sạch đất tại vườn." },
    yield: 0.22,
    processing: { day: 3, at: "17:00", note: "Thái lát 1–2 mm, sấy lạnh 48 giờ ở 40 °C." },
    packing: {
      day: 4,
      at: "09:00",
      note: "Gói hút chân không 10 g; 0,35 kg giữ lại để ngâm mật ong sâm.",
    },
    inspecting: { day: 4, at: "11:00", note: "Cảm quan và độ ẩm dưới 12 %; đạt." },
    shipping: { day: 6, at: "07:00" },
    lots: [{ day: "2026-10-14", harvested: 4.5, reserved: 0.35 }],
  },
  {
    product: "mat-ong-ngam-sam-ngoc-linh",
    variant: "500ML",
    prefix: "MOSNL",
    gtin: false,
    unit: "chai",
    material: "kg",
    // 500 ml of honey weighs about 0.7 kg.
    pack: 0.7,
    origin: { ward: "20950", place: "Rừng nguyên sinh thôn 2, xã Trà Linh" },
    workshop: { ward: "20950", place: "Xưởng sơ chế hợp tác xã, thôn 2, xã Trà Linh" },
    harvest: { at: "09:00", note: "Thu mật ong rừng của các hộ gác ong dưới tán rừng." },
    yield: 0.98,
    processing: {
      day: 8,
      at: "10:00",
      note: "Lọc mật, ngâm sâm Ngọc Linh thái lát 7 ngày trong bình thủy tinh.",
    },
    ingredient: { product: "sam-ngoc-linh-thai-lat-say", lot: 0, value: 0.35, unit: "kg" },
    packing: { day: 9, at: "08:00", note: "Đóng chai thủy tinh 500 ml." },
    shipping: { day: 10, at: "07:00" },
    lots: [{ day: "2026-10-20", harvested: 60 }],
  },
]

/** `day` ("YYYY-MM-DD") moved by `days` calendar days. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** A Vietnam local time as ISO 8601 with its offset. */
function vietnamTime(day: string, offsetDays: number, at: string): string {
  return `${addDays(day, offsetDays)}T${at}:00${VIETNAM_TZ_OFFSET}`
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/**
 * The product's illustration GTIN-14: a GTIN-13 in the restricted-circulation range 20–29 (the
 * second digit and the rest from the handle), with its check digit, padded to 14.
 */
export function illustrationGtin(handle: string): string {
  const body = `2${digitsFrom(`${handle}:gtin`, 11)}`
  return toGtin14(`${body}${gtinCheckDigit(body)}`)
}

/** The lot code of a harvest day: the product's prefix and YYMMDD. */
function lotCode(prefix: string, day: string): string {
  return `${prefix}-${day.slice(2).replaceAll("-", "")}`
}

function unitNote(count: number, unit: LotUnit): string {
  const names: Partial<Record<LotUnit, string>> = { goi: "gói", chai: "chai", hop: "hũ", kg: "kg" }
  return `${count} ${names[unit] ?? unit}`
}

function planLots(spec: ProduceTrace, producer: ProducerSeed, shelfLife: number): TraceLotSeed[] {
  return spec.lots.map((lot) => {
    const code = lotCode(spec.prefix, lot.day)
    const self = { product: spec.product, code }
    const processed = round(lot.harvested * spec.yield)
    const packed = processed - (lot.reserved ?? 0)
    const quantity = spec.unit === "kg" ? round(packed, 1) : Math.floor(round(packed / spec.pack, 6))
    const counted = { value: quantity, unit: spec.unit }
    const at = (stage: Omit<Stage, "note">) => vietnamTime(lot.day, stage.day, stage.at)
    const shop = { ward_code: spec.workshop.ward, place_name: spec.workshop.place }
    const inputs: NonNullable<TraceEventSeed["inputs"]> = [{ lot: self, value: lot.harvested, unit: spec.material }]
    if (spec.ingredient) {
      const source = PRODUCE.find((p) => p.product === spec.ingredient?.product)?.lots[spec.ingredient.lot]
      const sourceSpec = PRODUCE.find((p) => p.product === spec.ingredient?.product)
      if (!source || !sourceSpec) throw new Error(`${spec.product}: unknown ingredient lot`)
      inputs.push({
        lot: { product: sourceSpec.product, code: lotCode(sourceSpec.prefix, source.day) },
        value: spec.ingredient.value,
        unit: spec.ingredient.unit,
      })
    }
    const events: TraceEventSeed[] = [
      {
        step: "harvest",
        event_time: at({ day: 0, at: spec.harvest.at }),
        ward_code: spec.origin.ward,
        place_name: spec.origin.place,
        note: spec.harvest.note,
        quantity: { value: lot.harvested, unit: spec.material },
      },
      {
        step: "processing",
        event_time: at(spec.processing),
        ...shop,
        note: spec.processing.note,
        quantity: { value: processed, unit: spec.material },
        inputs,
      },
      {
        step: "packing",
        event_time: at(spec.packing),
        ...shop,
        note: `${spec.packing.note} Được ${unitNote(quantity, spec.unit)}.`,
        quantity: counted,
      },
    ]
    if (spec.inspecting) {
      events.push({
        step: "inspecting",
        event_time: at(spec.inspecting),
        ...shop,
        note: spec.inspecting.note,
        quantity: counted,
      })
    }
    events.push({
      step: "shipping",
      event_time: at(spec.shipping),
      ...shop,
      note: `Xuất ${unitNote(quantity, spec.unit)}. ${producer.province_code === "96" ? CA_MAU_TRUCK : LONG_HAUL}`,
      quantity: counted,
    })
    return {
      product: spec.product,
      producer: producer.handle,
      variant: spec.variant,
      code,
      gtin: spec.gtin ? illustrationGtin(spec.product) : null,
      produced_on: lot.day,
      expires_on: addDays(lot.day, shelfLife),
      quantity,
      unit: spec.unit,
      origin_province_code: producer.province_code,
      origin_ward_code: spec.origin.ward,
      origin_place: spec.origin.place,
      events,
    }
  })
}

/** Every seeded lot, in the order the step creates them (an ingredient's lot before its user's). */
export const traceLotSeeds: TraceLotSeed[] = PRODUCE.flatMap((spec) => {
  const product = products.find((p) => p.handle === spec.product)
  const producer = producers.find((p) => p.handle === product?.producer)
  if (!product || !producer) throw new Error(`Trace plan: unknown product ${spec.product}`)
  if (!product.variants.some((v) => v.sku === spec.variant)) {
    throw new Error(`Trace plan: ${spec.product} has no variant ${spec.variant}`)
  }
  return planLots(spec, producer, product.shelf_life_days)
})

/** The key of a lot in maps: product handle and code. */
export function lotKey(ref: LotRef): string {
  return `${ref.product}/${ref.code}`
}

function uomOf(unit: Material | LotUnit): string | undefined {
  return uomOfUnit(unit)
}

/**
 * The EPCIS events of a planned lot, in chain order. `classOf` gives a seeded lot's EPC class
 * (lotEpcClass of its row: the short code is only known once the lot exists).
 */
export function seedTraceEvents(lot: TraceLotSeed, classOf: (ref: LotRef) => string) {
  const epcClass = classOf(lot)
  return lot.events.map((event) =>
    buildTraceEvent({
      step: event.step,
      lot: { epcClass },
      eventTime: event.event_time,
      quantity: { value: event.quantity.value, uom: uomOf(event.quantity.unit) },
      ...(event.inputs
        ? {
            inputs: event.inputs.map((input) => ({
              epcClass: classOf(input.lot),
              quantity: input.value,
              uom: uomOf(input.unit),
            })),
          }
        : {}),
      readPoint: wardLocationId(event.ward_code),
      ...(event.step === "shipping" ? {} : { bizLocation: wardLocationId(event.ward_code) }),
      placeName: event.place_name,
      note: event.note,
    })
  )
}
