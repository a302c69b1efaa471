import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"

const MarketsPage = () => (
  <Container>
    <Heading level="h1">Chợ 4.0</Heading>
    <Text>Chợ, quầy và thanh toán tại quầy.</Text>
  </Container>
)

export const config = defineRouteConfig({ label: "Chợ 4.0", icon: BuildingStorefront })

export default MarketsPage
