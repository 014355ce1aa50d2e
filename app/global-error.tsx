'use client';

import { withBase } from './components/search/base-path';

/**
 * The last resort when the root layout itself fails: it replaces the whole document, so it brings its
 * own <html> and plain styles, and links home with a plain <a> (the app's router may be what failed).
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem', lineHeight: 1.6 }}>
        <p>出错了</p>
        <h1>本站暂时无法显示</h1>
        <p>服务器在生成页面时出错，请稍后再试。</p>
        <p lang="en">The site failed to render this page; please try again later.</p>
        {error.digest ? (
          <p>
            <small>错误编号：{error.digest}</small>
          </p>
        ) : null}
        <p>
          <a href={withBase('/')}>返回目录</a>
        </p>
      </body>
    </html>
  );
}
