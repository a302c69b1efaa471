import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading } from "@medusajs/ui"
import { ProductCertificates } from "../components/product-certificates"
import { QueryContent } from "../components/query-content"
import { TEXT } from "../lib/labels"
import { useProductOcop } from "../lib/queries"

/** On Medusa's product page: the product's OCOP certificate and its earlier ones. */
const ProductOcopWidget = ({ data }: { data: { id: string } }) => {
  const query = useProductOcop(data.id)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{TEXT.widget.title}</Heading>
      </div>
      <QueryContent query={query} rows={3}>
        {(ocop) => <ProductCertificates data={ocop} />}
      </QueryContent>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductOcopWidget
