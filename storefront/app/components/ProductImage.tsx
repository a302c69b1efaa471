import type { ImageVM } from "~/lib/types"

interface Props {
  image: ImageVM | null
  alt: string
  sizes: string
  /** The first image above the fold loads eagerly; every other one lazily. */
  priority?: boolean
  className?: string
}

export function ProductImage({ image, alt, sizes, priority = false, className }: Props) {
  if (!image) {
    return <div className={`image-placeholder ${className ?? ""}`} role="img" aria-label={alt} />
  }
  return (
    <img
      className={className}
      src={image.src}
      srcSet={image.srcSet}
      sizes={image.srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      // React 18 warns about the camelCase prop; the lower-case attribute is passed through as is.
      {...(priority ? { fetchpriority: "high" } : {})}
    />
  )
}
