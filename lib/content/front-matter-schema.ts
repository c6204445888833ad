import { z } from "zod";

/**
 * What an editor may write between the `---` lines. The one definition of the rules: the
 * site's loader and the content check both validate with it. Unknown keys pass and are ignored.
 */
const text = (field: string) =>
  z.string({ error: `"${field}" must be text` }).transform((value) => value.trim());

const stringList = (field: string) =>
  z
    .union([z.string(), z.array(z.union([z.string(), z.number()]))], {
      error: `"${field}" must be a list of names or one name`,
    })
    .transform((value) =>
      (typeof value === "string" ? value.split(",") : value.map(String))
        .map((item) => item.normalize("NFC").trim())
        .filter(Boolean),
    );

// A URL whose scheme could run code or embed a document (javascript:, data:, vbscript:) is
// never an image; a site path must start with one slash, not two (protocol-relative), and
// holds no backslash (browsers read `/\host` as `//host`).
const imageUrl = text("image").refine(
  (value) => /^https?:\/\/[^\s]+$/i.test(value) || /^\/(?![/\\])[^\s\\]*$/.test(value),
  { message: '"image" must be an http(s) URL or a site path starting with "/"' },
);

export const frontMatterSchema = z.looseObject({
  title: z
    .string({ error: '"title" is required and must be text' })
    .transform((value) => value.normalize("NFC").trim())
    .refine((value) => value.length > 0, { message: '"title" must not be empty' }),
  categories: stringList("categories").optional(),
  tags: stringList("tags").optional(),
  excerpt: text("excerpt").optional(),
  feature_text: text("feature_text").optional(),
  image: imageUrl.optional(),
  image_alt: text("image_alt").optional(),
  date: z.string({ error: '"date" must be a date such as 2024-06-03' }).optional(),
  updated: z.string({ error: '"updated" must be a date such as 2024-06-03' }).optional(),
  slug: z
    .union([z.string(), z.number()], { error: '"slug" must be text' })
    .transform(String)
    .optional(),
  author: text("author").optional(),
  draft: z.boolean({ error: '"draft" must be true or false' }).optional(),
});

export type RawFrontMatter = z.output<typeof frontMatterSchema>;

export const KNOWN_FRONT_MATTER_KEYS = new Set(Object.keys(frontMatterSchema.shape));
