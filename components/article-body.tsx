type Props = { html: string };

/**
 * The article body. `html` comes from sanitizeArticleHtml, which ran once when the post was
 * loaded with the site's allowlist; it is the only place the site renders HTML from content.
 */
export function ArticleBody({ html }: Props) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
