import { findBank } from "@choso/seller-rules"
import { Link } from "react-router-dom"
import { formatDateTime } from "../lib/format"
import { TEXT } from "../lib/labels"
import { marketPath, sellerPath } from "../lib/paths"
import type { StallWithOwner } from "../lib/types"
import { AccountBadge } from "./badges"
import { copyable, FieldSection, named, plain } from "./field-list"

const F = TEXT.stall.fields
const LINK = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

function photo(url: string | null) {
  if (!url) return TEXT.none
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className={`break-all ${LINK}`}>
      {url}
    </a>
  )
}

/** The stall, its market and owner, and where its money goes (with the declared holder the operator checks). */
export function StallFields({ stall }: { stall: StallWithOwner }) {
  return (
    <>
      <FieldSection
        title={TEXT.stall.sections.info}
        fields={[
          { label: F.code, value: copyable(stall.code) },
          { label: F.number, value: plain(stall.number) },
          { label: F.displayName, value: plain(stall.display_name) },
          { label: F.goods, value: plain(stall.goods) },
          { label: F.photo, value: photo(stall.photo_url) },
          {
            label: F.market,
            value: stall.market ? (
              <Link to={marketPath(stall.market.id)} className={LINK}>
                {stall.market.name} <span className="font-mono text-ui-fg-muted">({stall.market.code})</span>
              </Link>
            ) : (
              TEXT.none
            ),
          },
          {
            label: F.seller,
            value: stall.seller ? (
              <Link to={sellerPath(stall.seller.id)} className={LINK}>
                {stall.seller.name}
              </Link>
            ) : (
              TEXT.none
            ),
          },
          { label: F.id, value: copyable(stall.id) },
        ]}
      />
      <FieldSection
        title={TEXT.stall.sections.bank}
        fields={[
          { label: F.bank, value: named(findBank(stall.bank_bin)?.shortName ?? null, stall.bank_bin) },
          { label: F.account, value: copyable(stall.bank_account) },
          { label: F.holder, value: <span className="font-medium">{stall.account_holder}</span> },
          { label: F.verification, value: <AccountBadge verified={!!stall.account_verified_at} /> },
          {
            label: F.verifiedAt,
            value: stall.account_verified_at ? formatDateTime(stall.account_verified_at) : TEXT.none,
          },
        ]}
      />
    </>
  )
}
