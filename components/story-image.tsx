type Props = { src: string; alt: string; className?: string; eager?: boolean };

/**
 * A story picture. Editor images are remote and of unknown size, so a plain <img> with a fixed
 * aspect box (no layout shift) is the honest choice over next/image. The box's background
 * shows while it loads or if the host is down.
 */
export function StoryImage({ src, alt, className = "", eager = false }: Props) {
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={alt}
      loading={eager ? "eager" : "lazy"}
      fetchPriority={eager ? "high" : undefined}
      decoding="async"
      className={`block bg-paper-2 object-cover text-xs text-muted ${className}`}
    />
  );
}
