import { imageAttributes, type MediaRef } from "@/lib/media/urls";

export type PublicImage = MediaRef & {
  /** The alt text in the page's language; empty for a decorative image. */
  alt: string;
};

/**
 * An image of the media library: WebP variants in `srcset`, chosen by `sizes`, with its intrinsic
 * width and height so the layout never shifts while it loads.
 */
export function MediaImage({
  image,
  sizes,
  className,
  priority = false,
}: {
  image: PublicImage;
  sizes: string;
  className?: string;
  priority?: boolean;
}) {
  const { src, srcSet, width, height } = imageAttributes(image, 320);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the variants are made at upload, not by next/image
    <img
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      width={width}
      height={height}
      alt={image.alt}
      loading={priority ? "eager" : "lazy"}
      decoding="async"
      className={`h-auto max-w-full ${className ?? ""}`}
    />
  );
}
