/**
 * Writes a deterministic corpus of N posts in the seed's editor format, for benchmarks:
 * `tsx scripts/bench/generate-corpus.ts <count> <folder>`. Same count, same files, byte for byte.
 */
import fs from "node:fs";
import path from "node:path";

/** Bump when the generator's output changes, so the benchmark regenerates its corpora. */
export const CORPUS_VERSION = "2";

// Mulberry32: a tiny seeded PRNG, so every run writes the same corpus.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [
  "News",
  "경제",
  "정치",
  "사회",
  "국제",
  "기술",
  "문화",
  "스포츠",
  "건강",
  "교육",
  "환경",
  "과학",
];
const TAGS = [
  "국방교류",
  "자위대",
  "반도체",
  "수출",
  "금리",
  "부동산",
  "인공지능",
  "기후",
  "선거",
  "외교",
  "물가",
  "청년",
  "의료",
  "교통",
  "에너지",
  "우주",
  "축제",
  "영화",
  "야구",
  "축구",
];
const SUBJECTS = [
  "정부는",
  "관계 당국은",
  "전문가들은",
  "시민단체는",
  "업계는",
  "연구진은",
  "지방자치단체는",
  "국회는",
  "관계자는",
  "시장은",
];
// Each section writes about its own subjects, as a newspaper's desks do, so a query matches the
// stories of a topic rather than the whole archive.
const TOPICS: Record<string, string[]> = {
  News: ["속보 대응 체계", "재난 경보 문자", "주요 일정 발표", "정례 브리핑", "긴급 점검 회의"],
  경제: ["반도체 수출 회복", "기준금리 동결", "소비자물가 상승", "가계부채 관리", "환율 변동성"],
  정치: ["국방교류 확대", "자위대와의 협력", "여야 협상", "예산안 심사", "선거구 획정"],
  사회: ["청년 일자리 대책", "저출생 대응", "의료 인력 확충", "대중교통 요금", "돌봄 공백"],
  국제: ["정상회담 결과", "무역협정 서명", "국제유가 급등", "난민 지원", "공급망 재편"],
  기술: ["인공지능 규제", "위성 발사 성공", "전기차 배터리", "양자컴퓨터 연구", "개인정보 보호"],
  문화: ["한글 전시회", "독립영화제 개막", "국악 공연", "웹툰 수출", "문화재 복원"],
  스포츠: ["프로야구 개막", "국가대표 소집", "마라톤 대회", "올림픽 준비", "유소년 축구"],
  건강: ["독감 예방접종", "만성질환 관리", "정신건강 상담", "필수의약품 수급", "응급실 운영"],
  교육: ["대입 제도 개편", "디지털 교과서", "늘봄학교 확대", "교원 처우 개선", "사교육비 조사"],
  환경: ["탄소 감축 목표", "미세먼지 저감", "플라스틱 재활용", "폭염 대책", "하천 정비"],
  과학: ["기초과학 투자", "달 탐사 계획", "신약 임상시험", "기후 모델 연구", "핵융합 실험"],
};
const VERBS = [
  "방안을 발표했습니다",
  "계획을 검토하고 있습니다",
  "필요성을 강조했습니다",
  "문제를 지적했습니다",
  "효과를 분석했습니다",
  "일정을 공개했습니다",
];
const CLAUSES = ["이번 조치는", "이러한 변화는", "새로운 제도는", "이번 결정은", "시장의 반응은"];
const EFFECTS = [
  "지역의 평화와 안정",
  "경제 회복",
  "국민의 삶의 질",
  "산업 경쟁력",
  "미래 세대의 기회",
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Category by a skewed (Zipf-like) distribution: News and 경제 dominate, 과학 is rare. */
function pickCategory(rand: () => number): string {
  const weights = CATEGORIES.map((_, i) => 1 / (i + 1));
  let r = rand() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r <= 0) return CATEGORIES[i]!;
  }
  return CATEGORIES[0]!;
}

function sentence(rand: () => number, topics: string[]): string {
  return `${pick(rand, SUBJECTS)} ${pick(rand, topics)} ${pick(rand, VERBS)}.`;
}

function paragraph(rand: () => number, topics: string[]): string {
  const plain = Array.from({ length: 3 + Math.floor(rand() * 3) }, () =>
    sentence(rand, topics),
  ).join(" ");
  const red = `<b><span style="color: #ee2323;">${pick(rand, CLAUSES)} <span style="background-color: #21538527;">${pick(rand, EFFECTS)}</span>에 기여할 것입니다.</span></b>`;
  const blue = `<p><b><span style="color: #1a5490;">${sentence(rand, topics)}</span></b>  ${sentence(rand, topics)} </p>`;
  return `<p>${plain} <b>${pick(rand, topics)}</b> ${red}  </p>\n\n${blue}`;
}

function table(rand: () => number, topics: string[]): string {
  const rows = Array.from(
    { length: 3 },
    () =>
      `    <tr>\n        <td style="text-align: center; height: 17px;"><b>${pick(rand, topics)}</b></td>\n        <td style="text-align: center; height: 17px;"><b>${sentence(rand, topics)}</b></td>\n    </tr>`,
  ).join("\n");
  return `<table style="width: 100%; border: 1px solid #ddd;">\n    <tr>\n        <th style="text-align: center;">주제</th>\n        <th style="text-align: center;">내용</th>\n    </tr>\n${rows}\n</table>`;
}

function body(rand: () => number, targetBytes: number, image: string, topics: string[]): string {
  const parts = [`<p><img src="${image}" alt="기사 사진" /></p>`];
  let size = 0;
  while (size < targetBytes) {
    const section = `<h2 data-ke-size="size26">${pick(rand, topics)}의 배경</h2>\n\n<p data-ke-size="size16">&nbsp;</p>\n\n${paragraph(rand, topics)}\n\n<p data-ke-size="size16">&nbsp;</p>`;
    parts.push(section);
    size += Buffer.byteLength(section);
  }
  parts.push(
    '<hr style="height: 1px; border: none; background-color: #213547;" />',
    table(rand, topics),
  );
  parts.push('생생한 뉴스, <a href="https://news.example.org" rel="dofollow">news.example.org</a>');
  return parts.join("\n\n");
}

export function generateCorpus(count: number, folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const rand = random(20241124);
  // Dates spread over about eight years back from a fixed day, newest for the highest index.
  const newest = Date.UTC(2026, 10, 20, 0, 0, 0);
  const span = 8 * 365 * 24 * 3600 * 1000;
  for (let i = 0; i < count; i++) {
    const date = new Date(newest - Math.floor(((count - 1 - i) / Math.max(1, count - 1)) * span));
    const day = date.toISOString().slice(0, 10);
    const time = `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}:00`;
    const categories = [pickCategory(rand), ...(rand() < 0.2 ? [pickCategory(rand)] : [])];
    const tags = Array.from({ length: Math.floor(rand() * 6) }, () => pick(rand, TAGS));
    const image = `https://images.example.com/bench/${i}.jpg`;
    const topics = TOPICS[categories[0]!]!;
    const title = `${pick(rand, SUBJECTS).replace(/는$|은$/, "")} ${pick(rand, topics)} ${pick(rand, VERBS).split(" ")[0]} (${i})`;
    const excerpt = `${sentence(rand, topics)} ${sentence(rand, topics)}`;
    const text = [
      "---",
      `title: ${title}`,
      "categories:",
      ...[...new Set(categories)].map((c) => `  - ${c}`),
      `tags: [${[...new Set(tags)].join(", ")}]`,
      "excerpt: >",
      `  ${excerpt}`,
      "feature_text: >",
      `  ${excerpt}`,
      `image: '${image}'`,
      `date: ${day} ${time} +0000`,
      "---",
      "",
      body(rand, 3000 + Math.floor(rand() * 9000), image, topics),
      "",
    ].join("\n");
    const dir = path.join(folder, day.slice(0, 4));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${day}-bench-post-${i}.html`), text);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const count = Number(process.argv[2] ?? 1000);
  const folder = path.resolve(process.argv[3] ?? `bench-results/corpus-${count}`);
  generateCorpus(count, folder);
  console.log(`wrote ${count} posts to ${folder}`);
}
