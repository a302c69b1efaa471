export const OCOP_MODULE = "ocop"

/** Emitted when a product's badge appeared, changed or went (the catalog's readers may listen). */
export const OCOP_BADGES_CHANGED_EVENT = "ocop.badges.changed"

/** The Notification module's template of the expiry warnings. */
export const EXPIRY_WARNING_TEMPLATE = "ocop-expiry-warning"
