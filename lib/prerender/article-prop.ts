/**
 * The prop that carries a chapter's article HTML to its client component (chapter-article.client.tsx),
 * named so that the build can find it in the inline payload and no other prop can be mistaken for it.
 */
export const ARTICLE_PROP = 'prerenderedArticleHtml';
