import styles from "~/styles/seller-trace.css?url"

/** The lot pages' stylesheet, linked by each of them (the channel's layout stays as it is). */
export function sellerTraceLinks() {
  return [{ rel: "stylesheet", href: styles }]
}
