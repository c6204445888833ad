type Props = { siteName: string; description: string };

export function SiteFooter({ siteName, description }: Props) {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-gray-600">
        <p className="font-bold text-gray-800">{siteName}</p>
        <p className="mt-1">{description}</p>
      </div>
    </footer>
  );
}
