import { Link } from "react-router"
import { kindKey, legalFormKey } from "~/lib/seller-labels"
import { shopPath } from "~/lib/seller-paths"
import type { PublicSellerVM } from "~/lib/types"
import { useT } from "~/lib/use-t"

/**
 * A seller's identity as the E-commerce Law (122/2025) asks a platform to show it: registered
 * name, representative, tax code or business registration, address, phone, e-mail.
 */
export function SellerFacts({ seller, linkName = false }: { seller: PublicSellerVM; linkName?: boolean }) {
  const t = useT()
  return (
    <dl className="details seller-facts">
      <dt>{t("seller.facts.legal_name")}</dt>
      <dd>{linkName ? <Link to={shopPath(seller.handle)}>{seller.name}</Link> : seller.name}</dd>
      {seller.kind ? (
        <>
          <dt>{t("seller.facts.kind")}</dt>
          <dd>{t(kindKey(seller.kind))}</dd>
        </>
      ) : null}
      {seller.legalForm ? (
        <>
          <dt>{t("seller.facts.legal_form")}</dt>
          <dd>{t(legalFormKey(seller.legalForm))}</dd>
        </>
      ) : null}
      {seller.representative ? (
        <>
          <dt>{t("seller.facts.representative")}</dt>
          <dd>{seller.representative}</dd>
        </>
      ) : null}
      {seller.taxCode ? (
        <>
          <dt>{t("seller.facts.tax_code")}</dt>
          <dd>{seller.taxCode}</dd>
        </>
      ) : null}
      {seller.businessRegistration ? (
        <>
          <dt>{t("seller.facts.business_registration")}</dt>
          <dd>{seller.businessRegistration}</dd>
        </>
      ) : null}
      {seller.address ? (
        <>
          <dt>{t("seller.facts.address")}</dt>
          <dd>{seller.address}</dd>
        </>
      ) : null}
      {seller.phone ? (
        <>
          <dt>{t("seller.facts.phone")}</dt>
          <dd>
            <a href={`tel:${seller.phone.replace(/[^\d+]/g, "")}`}>{seller.phone}</a>
          </dd>
        </>
      ) : null}
      {seller.email ? (
        <>
          <dt>{t("seller.facts.email")}</dt>
          <dd>
            <a href={`mailto:${seller.email}`}>{seller.email}</a>
          </dd>
        </>
      ) : null}
    </dl>
  )
}
