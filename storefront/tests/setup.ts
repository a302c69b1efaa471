import "~/lib/i18n.server"
