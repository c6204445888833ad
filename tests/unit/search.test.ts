import { describe, expect, it } from "vitest";
import { buildContentIndex, type ContentIndex } from "@/lib/content/build-content-index";
import { scanContentFolder } from "@/lib/content/scan-content-folder";
import { highlight, snippet } from "@/lib/search/highlight";
import { parseQuery, withoutParticle } from "@/lib/search/query";
import { runSearch } from "@/lib/search/search";
import { cachedSearchIndex, createSearchIndex } from "@/lib/search/search-index";
import { bigrams, indexTerms } from "@/lib/search/tokenize";
import { makeContentFolder } from "../helpers/temp-content";

type PostSpec = {
  title: string;
  date: string;
  body: string;
  tags?: string;
  category?: string;
  excerpt?: string;
  draft?: boolean;
};

function post(spec: PostSpec): string {
  const lines = [
    "---",
    `title: ${spec.title}`,
    `date: ${spec.date}`,
    spec.tags ? `tags: ${spec.tags}` : "",
    spec.category ? `categories: ${spec.category}` : "",
    spec.excerpt ? `excerpt: ${spec.excerpt}` : "",
    spec.draft ? "draft: true" : "",
    "---",
  ].filter((line) => line !== "");
  return `${lines.join("\n")}\n<p>${spec.body}</p>\n`;
}

function site(posts: Record<string, PostSpec>): ContentIndex {
  const files = Object.fromEntries(
    Object.entries(posts).map(([slug, spec]) => [`${slug}.html`, post(spec)]),
  );
  const root = makeContentFolder(files);
  return buildContentIndex(root, scanContentFolder(root), "https://news.example.kr");
}

const NOW = new Date("2026-12-01T00:00:00+09:00");

function search(content: ContentIndex, query: string, page = 1, perPage = 10) {
  return runSearch({
    index: createSearchIndex(content.posts),
    posts: content.bySlug,
    query,
    page,
    perPage,
    now: NOW,
  });
}

const slugs = (results: ReturnType<typeof search>) => results.hits.map((hit) => hit.post.slug);

const content = site({
  defense: {
    title: "한국과 일본, 15년 만에 국방교류 재개",
    date: "2026-11-03",
    body: "양국 국방부 장관이 만나 자위대와 우리 군의 교류를 다시 시작하기로 했습니다.",
    tags: "국방, 외교",
    category: "국제",
  },
  trade: {
    title: "디지털 무역협정 타결",
    date: "2026-10-22",
    body: "데이터 이동을 보장하는 협정이 타결됐습니다. 국방 분야와는 관계가 없습니다.",
    tags: "통상",
    category: "경제",
  },
  chips: {
    title: "반도체 수출 회복",
    date: "2026-11-20",
    body: "AI 서버용 HBM 수요가 늘면서 Semiconductor 수출이 회복됐습니다.",
    tags: "반도체, 수출",
    category: "경제",
  },
  "briefing-1": { title: "오늘의 브리핑", date: "2026-11-01", body: "브리핑 본문입니다." },
  "briefing-2": { title: "오늘의 브리핑", date: "2026-11-02", body: "브리핑 본문입니다." },
  draft: { title: "자위대 초안 기사", date: "2026-11-04", body: "자위대", draft: true },
  scheduled: { title: "자위대 예약 기사", date: "2099-01-01", body: "자위대" },
});

describe("indexTerms", () => {
  it("indexes Hangul as overlapping pairs plus the whole word, Latin words whole", () => {
    expect(bigrams("국방교류")).toEqual(["국방", "방교", "교류"]);
    expect(indexTerms("국방교류를 AI기본법")).toEqual([
      "국방",
      "방교",
      "교류",
      "류를",
      "국방교류를",
      "ai기본법",
      "ai",
      "기본",
      "본법",
      "기본법",
    ]);
    expect(indexTerms("ＡＢＣ Hello, 세계!")).toEqual(["abc", "hello", "세계"]);
  });
});

describe("parseQuery", () => {
  it("returns null for a query with nothing to search", () => {
    expect(parseQuery("")).toBeNull();
    expect(parseQuery("  !?  ")).toBeNull();
  });

  it("strips a trailing particle only when two letters of the noun remain", () => {
    expect(withoutParticle("자위대가")).toBe("자위대");
    expect(withoutParticle("교류를")).toBe("교류");
    expect(withoutParticle("국가")).toBeUndefined();
  });
});

describe("runSearch", () => {
  it("finds a compound word from its first part: 국방 finds 국방교류", () => {
    const results = search(content, "국방");
    expect(slugs(results)).toContain("defense");
    // The headline and tag match outranks a passing mention in another article's body.
    expect(slugs(results)[0]).toBe("defense");
    expect(slugs(results)).toContain("trade");
  });

  it("finds a word inside a longer one and with a particle: 자위대, 자위대가, 교류", () => {
    expect(slugs(search(content, "자위대"))).toEqual(["defense"]);
    expect(slugs(search(content, "자위대가"))).toEqual(["defense"]);
    expect(slugs(search(content, "교류"))).toEqual(["defense"]);
  });

  it("requires every word of the query", () => {
    expect(slugs(search(content, "국방 자위대"))).toEqual(["defense"]);
    expect(slugs(search(content, "국방 반도체"))).toEqual([]);
  });

  it("matches Latin words by prefix and without case", () => {
    expect(slugs(search(content, "semi"))).toEqual(["chips"]);
    expect(slugs(search(content, "hbm"))).toEqual(["chips"]);
  });

  it("never returns drafts or posts scheduled for later", () => {
    const found = slugs(search(content, "자위대"));
    expect(found).not.toContain("draft");
    expect(found).not.toContain("scheduled");
  });

  it("breaks ties in relevance by recency: newest first", () => {
    expect(slugs(search(content, "브리핑"))).toEqual(["briefing-2", "briefing-1"]);
    // Whatever order the index was built in.
    const oldestFirst = runSearch({
      index: createSearchIndex([...content.posts].reverse()),
      posts: content.bySlug,
      query: "브리핑",
      now: NOW,
    });
    expect(slugs(oldestFirst)).toEqual(["briefing-2", "briefing-1"]);
  });

  it("pages results and counts them", () => {
    const first = search(content, "브리핑", 1, 1);
    expect(first).toMatchObject({ page: 1, totalPages: 2, totalHits: 2 });
    expect(slugs(first)).toEqual(["briefing-2"]);
    expect(slugs(search(content, "브리핑", 2, 1))).toEqual(["briefing-1"]);
    expect(slugs(search(content, "브리핑", 3, 1))).toEqual([]);
  });

  it("marks the matched words in the title and in a snippet of the body", () => {
    const [hit] = search(content, "자위대").hits;
    expect(hit?.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(["자위대"]);
    expect(hit?.snippet.map((s) => s.text).join("")).toContain("자위대와 우리 군의 교류");
    const [defense] = search(content, "국방교류").hits;
    expect(defense?.title).toEqual([
      { text: "한국과 일본, 15년 만에 ", hit: false },
      { text: "국방교류", hit: true },
      { text: " 재개", hit: false },
    ]);
  });
});

describe("cachedSearchIndex", () => {
  const slugsFor = (
    index: ReturnType<typeof cachedSearchIndex>,
    content: ContentIndex,
    q: string,
  ) => slugs(runSearch({ index, posts: content.bySlug, query: q, now: NOW }));

  it("builds once per content index and follows added, changed and deleted posts", () => {
    const before = site({
      kept: { title: "그대로인 기사", date: "2026-11-01", body: "변하지 않는 본문" },
      changed: { title: "고칠 기사", date: "2026-11-02", body: "처음 본문에는 사과가 있습니다" },
      deleted: { title: "지울 기사", date: "2026-11-03", body: "곧 사라질 배추 이야기" },
    });
    const first = cachedSearchIndex(before);
    expect(cachedSearchIndex(before)).toBe(first);
    expect(slugsFor(first, before, "사과")).toEqual(["changed"]);

    const after = site({
      kept: { title: "그대로인 기사", date: "2026-11-01", body: "변하지 않는 본문" },
      changed: { title: "고친 기사", date: "2026-11-02", body: "고친 본문에는 포도가 있습니다" },
      added: { title: "새 기사", date: "2026-11-04", body: "새로 들어온 감자 소식" },
    });
    const second = cachedSearchIndex(after);
    expect(second.documentCount).toBe(3);
    expect(slugsFor(second, after, "사과")).toEqual([]);
    expect(slugsFor(second, after, "포도")).toEqual(["changed"]);
    expect(slugsFor(second, after, "배추")).toEqual([]);
    expect(slugsFor(second, after, "감자")).toEqual(["added"]);
    expect(slugsFor(second, after, "변하지")).toEqual(["kept"]);
    // The same answers as an index built from scratch.
    const fresh = createSearchIndex(after.posts);
    for (const q of ["기사", "본문", "고친"]) {
      expect(slugsFor(second, after, q)).toEqual(slugsFor(fresh, after, q));
    }
  });
});

describe("snippet", () => {
  it("cuts a window at spaces around the first match and marks every match in it", () => {
    const text = `${"앞부분 ".repeat(30)}여기에 자위대 이야기가 나오고 다시 자위대가 나옵니다. ${"뒷부분 ".repeat(60)}`;
    const segments = snippet(text, ["자위대"], [])!;
    const joined = segments.map((s) => s.text).join("");
    expect(joined.startsWith("…")).toBe(true);
    expect(joined.endsWith("…")).toBe(true);
    // Whole words at both ends: no half of 앞부분 or 뒷부분.
    expect(joined).toMatch(/^…앞부분 /u);
    expect(joined).toMatch(/ 뒷부분…$/u);
    expect(segments.filter((s) => s.hit)).toHaveLength(2);
    expect(joined.length).toBeLessThanOrEqual(165);
  });

  it("falls back to pairs when no query word occurs verbatim, and to null", () => {
    expect(snippet("국방 교류", ["국방교류"], ["국방", "교류"])?.filter((s) => s.hit)).toEqual([
      { text: "국방", hit: true },
      { text: "교류", hit: true },
    ]);
    expect(snippet("관계 없는 글", ["국방"], [])).toBeNull();
  });

  it("treats the query as text, not as a pattern", () => {
    expect(highlight("a.b axb", ["a.b"])).toEqual([
      { text: "a.b", hit: true },
      { text: " axb", hit: false },
    ]);
  });
});
