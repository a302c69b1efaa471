import { KIND_LABELS, LEGAL_FORM_LABELS, labelOf, TEXT } from "../lib/labels"
import type { SellerDetail } from "../lib/types"
import { copyable, FieldSection, named, plain } from "./field-list"

const F = TEXT.seller.fields

function contactLink(href: string, text: string | null | undefined) {
  if (!text) return TEXT.none
  return (
    <a href={href} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
      {text}
    </a>
  )
}

function story(text: string | null | undefined) {
  if (!text) return TEXT.none
  return <p className="whitespace-pre-wrap break-words">{text}</p>
}

/** The seller's identity, contact, bank account and story, as the operator checks them. */
export function SellerFields({ seller }: { seller: SellerDetail }) {
  return (
    <>
      <FieldSection
        title={TEXT.seller.sections.identity}
        fields={[
          { label: F.name, value: plain(seller.name) },
          { label: F.kind, value: labelOf(KIND_LABELS, seller.kind) },
          { label: F.legalForm, value: labelOf(LEGAL_FORM_LABELS, seller.legal_form) },
          { label: F.taxCode, value: copyable(seller.tax_code) },
          { label: F.businessRegistration, value: copyable(seller.business_registration_number) },
          { label: F.representative, value: plain(seller.representative) },
          { label: F.idNumber, value: <span className="font-mono">{seller.id_number_masked || TEXT.none}</span> },
          { label: F.handle, value: copyable(seller.handle) },
          { label: F.id, value: copyable(seller.id) },
        ]}
      />
      <FieldSection
        title={TEXT.seller.sections.contact}
        fields={[
          { label: F.phone, value: contactLink(`tel:${seller.phone}`, seller.phone) },
          { label: F.email, value: contactLink(`mailto:${seller.email}`, seller.email) },
          { label: F.addressLine, value: plain(seller.address_line) },
          { label: F.ward, value: named(seller.ward_name, seller.ward_code) },
          { label: F.province, value: named(seller.province_name, seller.province_code) },
        ]}
      />
      <FieldSection
        title={TEXT.seller.sections.bank}
        fields={[
          { label: F.bankBin, value: named(seller.bank_name, seller.bank_bin) },
          { label: F.bankAccountNumber, value: copyable(seller.bank_account_number) },
          { label: F.bankAccountName, value: plain(seller.bank_account_name) },
        ]}
      />
      <FieldSection
        title={TEXT.seller.sections.story}
        fields={[
          { label: F.storyVi, value: story(seller.story_vi) },
          { label: F.storyEn, value: story(seller.story_en) },
        ]}
      />
    </>
  )
}
