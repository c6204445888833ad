type Props = { src: string; alt: string; className?: string; eager?: boolean };

/**
 * A story picture. Editor images are remote and of unknown size, so a plain <img> with a fixed
 * aspect box (no layout shift) is the honest choice over next/image. The box's background
 * (`.story-image` in app/globals.css) shows while it loads or if the host is down.
 */
export function StoryImage({ src, alt, className, eager = false }: Props) {
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={alt}
      loading={eager ? "eager" : "lazy"}
      // Only when set: an unset prop would still cost bytes in the RSC payload.
      {...(eager ? { fetchPriority: "high" as const } : {})}
      decoding="async"
      className={className ? `story-image ${className}` : "story-image"}
    />
  );
}
