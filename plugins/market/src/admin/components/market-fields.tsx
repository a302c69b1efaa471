import { formatDateTime } from "../lib/format"
import { TEXT } from "../lib/labels"
import type { Market } from "../lib/types"
import { copyable, FieldSection, plain } from "./field-list"

const F = TEXT.market.fields

export function MarketFields({ market }: { market: Market }) {
  return (
    <FieldSection
      title={TEXT.market.sections.info}
      fields={[
        { label: F.code, value: copyable(market.code) },
        { label: F.name, value: plain(market.name) },
        { label: F.address, value: plain(market.address) },
        { label: F.province, value: <span className="font-mono">{market.province_code}</span> },
        { label: F.ward, value: <span className="font-mono">{market.ward_code}</span> },
        { label: F.createdAt, value: formatDateTime(market.created_at) },
        { label: F.id, value: copyable(market.id) },
      ]}
    />
  )
}
