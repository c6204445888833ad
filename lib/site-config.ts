import { z } from "zod";

/**
 * The one typed site configuration. Environment variables are read and validated here once,
 * so a bad deployment fails at start with one message listing every problem.
 */
const envSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http(s) URL" })
    .default("http://localhost:3000"),
  SITE_NAME: z.string().min(1).default("한빛뉴스"),
  SITE_DESCRIPTION: z
    .string()
    .min(1)
    .default("정치·경제·사회·기술 소식을 빠르고 깊이 있게 전하는 한국어 뉴스"),
  POSTS_PER_PAGE: z.coerce.number().int().min(1).max(100).default(20),
  // The tokens Google Search Console and Naver Search Advisor give for the HTML-tag method.
  GOOGLE_SITE_VERIFICATION: z.string().trim().min(1).optional(),
  NAVER_SITE_VERIFICATION: z.string().trim().min(1).optional(),
});

export type SiteConfig = {
  name: string;
  description: string;
  /** Absolute origin without a trailing slash, e.g. `https://news.example.kr`. */
  url: string;
  lang: "ko";
  locale: "ko_KR";
  timeZone: "Asia/Seoul";
  postsPerPage: number;
  /** Site-ownership tokens, rendered as `<meta>` tags on every page when set. */
  verification: { google?: string; naver?: string };
};

export function parseSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const emptyAsUnset = Object.fromEntries(
    Object.entries(env).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  const result = envSchema.safeParse(emptyAsUnset);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid site configuration:\n${lines.join("\n")}`);
  }
  const parsed = result.data;
  return {
    name: parsed.SITE_NAME,
    description: parsed.SITE_DESCRIPTION,
    url: parsed.SITE_URL.replace(/\/+$/, ""),
    lang: "ko",
    locale: "ko_KR",
    timeZone: "Asia/Seoul",
    postsPerPage: parsed.POSTS_PER_PAGE,
    verification: {
      google: parsed.GOOGLE_SITE_VERIFICATION,
      naver: parsed.NAVER_SITE_VERIFICATION,
    },
  };
}

export const siteConfig: SiteConfig = parseSiteConfig({
  SITE_URL: process.env.SITE_URL,
  SITE_NAME: process.env.SITE_NAME,
  SITE_DESCRIPTION: process.env.SITE_DESCRIPTION,
  POSTS_PER_PAGE: process.env.POSTS_PER_PAGE,
  GOOGLE_SITE_VERIFICATION: process.env.GOOGLE_SITE_VERIFICATION,
  NAVER_SITE_VERIFICATION: process.env.NAVER_SITE_VERIFICATION,
});
