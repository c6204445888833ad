import { categoryFeedParams, categoryFeedResponse } from "@/lib/seo/responses";

// Re-rendered at most every 30 s on request, like the category page it mirrors.
export const revalidate = 30;

type Context = { params: Promise<{ category: string }> };

export function generateStaticParams() {
  return categoryFeedParams();
}

export async function GET(_request: Request, { params }: Context) {
  return categoryFeedResponse((await params).category);
}
